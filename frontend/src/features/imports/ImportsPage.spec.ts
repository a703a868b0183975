import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ImportJob, ImportRowError } from '@/api/types'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { hayAlWahda, importJob } from '@/test/fixtures'
import { XLSX_TYPE } from './columns'
import ImportsPage from './ImportsPage.vue'
import { POLL_MS } from './importJob'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  vi.useRealTimers()
})

/** Answers in turn, then keeps giving the last answer. */
function inTurn(...answers: (() => Response)[]) {
  let call = 0
  return () => answers[Math.min(call++, answers.length - 1)]!()
}

async function open(routes: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({
    'GET /api/v1/imports': () => json(page([])),
    'GET /api/v1/centres': () => json(page([hayAlWahda])),
    ...routes,
  })
  // The page polls with setTimeout: time moves only when the test says so.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  const mounted = await mountInApp(ImportsPage, { user: userWith('association-staff'), path: '/imports' })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const requestsTo = (api: ReturnType<typeof fakeApi>, method: string, path: string) =>
  api.requests.filter((r) => r.method === method && new URL(r.url).pathname === path)

async function upload(name: string, content: string, type = '') {
  const input = byTestId('import-file-input')
  Object.defineProperty(input.element, 'files', { value: [new File([content], name, { type })], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

/** One polling interval goes by, and the answer is shown. */
async function nextPoll() {
  await vi.advanceTimersByTimeAsync(POLL_MS)
  await flushPromises()
}

const job = (overrides: Partial<ImportJob>) => () => json(importJob(overrides))

describe('ImportsPage: a file checked, then saved', () => {
  it('uploads the raw file, shows the progress live while it is checked, then the rows ready to save', async () => {
    const api = await open({
      'POST /api/v1/imports': () => json(importJob(), 202),
      'GET /api/v1/imports/12': inTurn(
        job({ totalRows: 120, processedRows: 30 }),
        job({ totalRows: 120, processedRows: 90 }),
        job({ status: 'VALIDATED', totalRows: 120, processedRows: 120 }),
      ),
    })
    await upload(
      'bénéficiaires 2025.csv',
      'first_name_ar,last_name_ar,birth_date,sex\r\nأمينة,الصحراوي,15/03/2010,F\r\n',
    )

    const post = requestsTo(api, 'POST', '/api/v1/imports')[0]!
    expect(post.headers.get('Content-Type')).toBe('text/csv')
    expect(new URL(post.url).searchParams.get('fileName')).toBe('bénéficiaires 2025.csv')
    expect(await post.clone().text()).toContain('أمينة,الصحراوي,15/03/2010,F')

    // Accepted, the total not known yet: a bar that only says "working".
    expect(byTestId('import-job').attributes('data-status')).toBe('VALIDATING')
    expect(byTestId('import-progress').exists()).toBe(true)
    expect(byTestId('import-progress-text').text()).toBe('Lecture du fichier…')
    expect(requestsTo(api, 'GET', '/api/v1/imports/12')).toHaveLength(0)

    await nextPoll()
    expect(byTestId('import-progress').attributes('aria-valuenow')).toBe('25')
    expect(byTestId('import-progress-text').text()).toBe('30 lignes sur 120 (25 %)')

    await nextPoll()
    expect(byTestId('import-progress').attributes('aria-valuenow')).toBe('75')

    await nextPoll()
    expect(byTestId('import-progress').exists()).toBe(false)
    expect(byTestId('import-validated').text()).toContain('120 lignes valides, prêtes à être enregistrées.')
    expect(byTestId('import-validated').text()).toContain('Rien n’est encore enregistré.')
    expect(byTestId('import-commit').text()).toBe('Enregistrer toutes les lignes')

    // Done: no more asking.
    await nextPoll()
    await nextPoll()
    expect(requestsTo(api, 'GET', '/api/v1/imports/12')).toHaveLength(3)
  })

  it('shows the first rows of a dry run as they will be saved, and how the file was read', async () => {
    await open({
      'GET /api/v1/imports': () => json(page([importJob({ status: 'VALIDATED', totalRows: 120, processedRows: 120 })])),
      'GET /api/v1/imports/12': job({ status: 'VALIDATED', totalRows: 120, processedRows: 120 }),
      'GET /api/v1/imports/12/preview': () =>
        json({
          encoding: 'Windows-1256',
          separator: ';',
          totalRows: 120,
          rows: [
            {
              line: 2,
              firstNameAr: 'أمينة',
              lastNameAr: 'الصحراوي',
              firstNameLatin: 'Amina',
              lastNameLatin: 'Sahraoui',
              birthDate: '2010-03-15',
              sex: 'F',
              centreId: 5,
              schoolYear: '2025/2026',
              programme: 'E2C_NG',
              enrolledOn: '2025-10-06',
            },
          ],
        }),
    })
    await byTestId('import-open-12').trigger('click')
    await flushPromises()
    expect(byTestId('import-preview-table').exists()).toBe(true)
    expect(byTestId('import-preview-read-as').text()).toContain(
      'Fichier lu en Windows-1256, séparateur : point-virgule.',
    )
    expect(byTestId('import-preview-read-as').text()).toContain('Les 1 premières lignes sur 120')
    const row = byTestId('import-preview-table').find('tbody tr').text()
    expect(row).toContain('أمينة الصحراوي')
    expect(row).toContain('Amina Sahraoui')
    expect(row).toContain('2025/2026')
  })

  it('says which line of a file is not text, in the user’s language', async () => {
    await open({
      'POST /api/v1/imports': () =>
        problem(415, {
          type: 'https://forsa.ma/problems/file-not-text',
          title: 'File not readable as text',
          detail: 'Line 3 of the file is not text in UTF-8, UTF-16 or Windows-1256…',
          line: 3,
          errors: [{ field: 'file', message: 'line 3 is not text' }],
        }),
    })
    await upload('cassé.csv', 'first_name_ar\r\nx\r\n')
    expect(byTestId('import-upload-error').text()).toContain('La ligne 3 du fichier n’est pas du texte lisible')
    expect(byTestId('import-upload-error').text()).not.toContain('Line 3')
  })

  it('saves all rows on request, shows the progress again, then the learners and placements created', async () => {
    const validated = importJob({ status: 'VALIDATED', totalRows: 120, processedRows: 120 })
    const api = await open({
      'GET /api/v1/imports': () => json(page([validated])),
      'POST /api/v1/imports/12/commit': () => json({ ...validated, status: 'COMMITTING', processedRows: 0 }, 202),
      'GET /api/v1/imports/12': inTurn(
        () => json(validated),
        job({ status: 'COMMITTING', totalRows: 120, processedRows: 60 }),
        job({ status: 'COMMITTED', totalRows: 120, processedRows: 120, createdLearners: 120, createdPlacements: 80 }),
      ),
    })
    // A file checked earlier, opened from the list of previous imports.
    expect(byTestId('imports-table').text()).toContain('beneficiaires-tamayuz.csv')
    await byTestId('import-open-12').trigger('click')
    await flushPromises()
    expect(byTestId('import-validated').exists()).toBe(true)

    await byTestId('import-commit').trigger('click')
    await flushPromises()
    expect(requestsTo(api, 'POST', '/api/v1/imports/12/commit')).toHaveLength(1)
    expect(byTestId('import-job').attributes('data-status')).toBe('COMMITTING')
    expect(byTestId('import-job').text()).toContain('Enregistrement des lignes…')
    expect(byTestId('import-progress').attributes('aria-valuenow')).toBe('0')

    await nextPoll()
    expect(byTestId('import-progress').attributes('aria-valuenow')).toBe('50')

    const listed = requestsTo(api, 'GET', '/api/v1/imports').length
    await nextPoll()
    expect(byTestId('import-progress').exists()).toBe(false)
    expect(byTestId('import-created-learners').text()).toBe('120 bénéficiaires créés')
    expect(byTestId('import-created-placements').text()).toBe('80 inscriptions créées')
    // The list of previous imports shows the new state.
    expect(requestsTo(api, 'GET', '/api/v1/imports').length).toBeGreaterThan(listed)
  })

  it('follows again the newest import when it still runs as the page opens', async () => {
    const api = await open({
      'GET /api/v1/imports': () =>
        json(
          page([
            importJob({ status: 'COMMITTING', totalRows: 200, processedRows: 50 }),
            importJob({ id: 11, status: 'COMMITTED' }),
          ]),
        ),
      'GET /api/v1/imports/12': job({ status: 'COMMITTING', totalRows: 200, processedRows: 150 }),
    })
    expect(byTestId('import-progress').attributes('aria-valuenow')).toBe('25')
    await nextPoll()
    expect(byTestId('import-progress').attributes('aria-valuenow')).toBe('75')
    expect(requestsTo(api, 'GET', '/api/v1/imports/12')).toHaveLength(1)
  })

  it('says why the commit was refused and shows where the import stands now', async () => {
    const validated = importJob({ status: 'VALIDATED', totalRows: 3, processedRows: 3 })
    await open({
      'GET /api/v1/imports': () => json(page([validated])),
      'POST /api/v1/imports/12/commit': () =>
        problem(409, { title: 'Conflict', detail: 'Only a VALIDATED import can be committed; this one is COMMITTED.' }),
      'GET /api/v1/imports/12': inTurn(
        () => json(validated),
        job({ status: 'COMMITTED', totalRows: 3, processedRows: 3, createdLearners: 3 }),
      ),
    })
    await byTestId('import-open-12').trigger('click')
    await flushPromises()
    await byTestId('import-commit').trigger('click')
    await flushPromises()
    expect(byTestId('import-created-learners').text()).toBe('3 bénéficiaires créés')
  })
})

describe('ImportsPage: a file with errors', () => {
  const errors: ImportRowError[] = Array.from({ length: 20 }, (_, i) => ({
    line: i + 2,
    column: 'birth_date',
    message: `is not a date (YYYY-MM-DD or DD/MM/YYYY): 31/02/201${i % 10}`,
  }))

  it('says nothing was saved, and lists every bad row (line, column, reason) a page at a time', async () => {
    const api = await open({
      'POST /api/v1/imports': () => json(importJob({ fileName: 'liste.xlsx', format: 'XLSX' }), 202),
      'GET /api/v1/imports/12': inTurn(
        job({ fileName: 'liste.xlsx', format: 'XLSX', totalRows: 30, processedRows: 10 }),
        job({
          fileName: 'liste.xlsx',
          format: 'XLSX',
          status: 'INVALID',
          totalRows: 30,
          processedRows: 30,
          errorCount: 23,
        }),
      ),
      'GET /api/v1/imports/12/errors': (request) => {
        const pageNumber = Number(new URL(request.url).searchParams.get('page'))
        const items =
          pageNumber === 0
            ? [
                { line: 1, column: 'age', message: 'unknown column; known columns: first_name_ar, …' },
                ...errors.slice(0, 19),
              ]
            : [
                { line: 22, column: 'sex', message: 'must be F or M' },
                { line: 23, column: 'centre_id', message: 'centre 9 is closed' },
                { line: 31, column: 'massar_code', message: 'this MASSAR code is given twice in the file' },
              ]
        return json({ items, page: pageNumber, size: 20, totalItems: 23, totalPages: 2 })
      },
    })
    await upload('liste.xlsx', 'PK\u0003\u0004 workbook')
    expect(requestsTo(api, 'POST', '/api/v1/imports')[0]!.headers.get('Content-Type')).toBe(XLSX_TYPE)

    await nextPoll()
    expect(byTestId('import-progress').exists()).toBe(true)
    await nextPoll()

    expect(byTestId('import-progress').exists()).toBe(false)
    const invalid = byTestId('import-invalid').text()
    expect(invalid).toContain('Le fichier contient 23 erreurs : rien n’a été enregistré.')
    expect(invalid).toContain('déposez-le de nouveau')
    expect(byTestId('import-commit').exists()).toBe(false)

    const table = byTestId('import-errors')
    expect(table.findAll('tbody tr')).toHaveLength(20)
    const first = table
      .findAll('tbody tr')[0]!
      .findAll('td')
      .map((td) => td.text())
    expect(first).toEqual(['En-tête', 'age', 'unknown column; known columns: first_name_ar, …'])
    const second = table
      .findAll('tbody tr')[1]!
      .findAll('td')
      .map((td) => td.text())
    expect(second).toEqual(['2', 'birth_date', 'is not a date (YYYY-MM-DD or DD/MM/YYYY): 31/02/2010'])
    expect(table.text()).toContain('1–20 sur 23')

    await table.find('.p-paginator-next').trigger('click')
    await flushPromises()
    const asked = requestsTo(api, 'GET', '/api/v1/imports/12/errors').map((r) =>
      Object.fromEntries(new URL(r.url).searchParams),
    )
    expect(asked).toEqual([
      { page: '0', size: '20' },
      { page: '1', size: '20' },
    ])
    expect(byTestId('import-errors').findAll('tbody tr')).toHaveLength(3)
    expect(byTestId('import-error-line-23').exists()).toBe(true)
    expect(byTestId('import-errors').text()).toContain('centre 9 is closed')
  })

  it('shows the message of a failed import', async () => {
    await open({
      'POST /api/v1/imports': () => json(importJob(), 202),
      'GET /api/v1/imports/12': job({ status: 'FAILED', message: 'unreadable CSV file' }),
    })
    await upload('liste.csv', 'a;b')
    await nextPoll()
    expect(byTestId('import-failed').text()).toContain('L’import a échoué.')
    expect(byTestId('import-failed').text()).toContain('unreadable CSV file')
  })

  it('keeps asking when the network fails for a moment', async () => {
    let calls = 0
    await open({
      'POST /api/v1/imports': () => json(importJob(), 202),
      'GET /api/v1/imports/12': () => {
        calls++
        if (calls === 1) throw new TypeError('Failed to fetch')
        return json(importJob({ status: 'VALIDATED', totalRows: 2, processedRows: 2 }))
      },
    })
    await upload('liste.csv', 'x')
    await nextPoll()
    expect(byTestId('import-poll-error').exists()).toBe(true)
    await nextPoll()
    expect(byTestId('import-validated').text()).toContain('2 lignes valides')
  })

  it('refuses a file that is neither CSV nor XLSX, without sending it', async () => {
    const api = await open()
    await upload('liste.pdf', '%PDF-1.7', 'application/pdf')
    expect(byTestId('import-upload-error').text()).toBe('Choisissez un fichier .csv ou .xlsx.')
    expect(requestsTo(api, 'POST', '/api/v1/imports')).toHaveLength(0)
  })
})

describe('ImportsPage: the expected columns and the template', () => {
  it('documents the columns, the required ones first, with the codes they accept and the caller’s centres', async () => {
    await open()
    const rows = byTestId('import-columns').findAll('tbody tr')
    expect(rows).toHaveLength(25)
    expect(rows.slice(0, 4).map((r) => r.find('code').text())).toEqual([
      'first_name_ar',
      'last_name_ar',
      'birth_date',
      'sex',
    ])
    expect(rows.slice(0, 4).every((r) => r.text().includes('obligatoire'))).toBe(true)
    expect(byTestId('import-column-massar_code').text()).not.toContain('obligatoire')
    expect(
      byTestId('import-column-sex')
        .findAll('.values code')
        .map((c) => c.text()),
    ).toEqual(['F', 'M'])
    expect(byTestId('import-column-programme').text()).toContain('E2C_NG')
    expect(byTestId('import-centre-ids').text()).toContain('5')
    expect(byTestId('import-centre-ids').text()).toContain('Centre E2C nouvelle génération Hay Al Wahda')
    expect(wrapper!.text()).toContain('AAAA-MM-JJ ou JJ/MM/AAAA')
  })

  it('downloads a template CSV made in the browser: UTF-8 with the header row', async () => {
    const created: Blob[] = []
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          created.push(blob)
          return 'blob:forsa/template'
        },
        revokeObjectURL: () => {},
      }),
    )
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const api = await open()
    const before = api.requests.length

    await byTestId('import-template').trigger('click')
    expect(click).toHaveBeenCalled()
    expect(api.requests.length).toBe(before)
    expect(created).toHaveLength(1)
    const bytes = new Uint8Array(await created[0]!.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.startsWith('\uFEFFfirst_name_ar,last_name_ar,birth_date,sex,first_name_latin,')).toBe(true)
    expect(text.endsWith(',centre_id,school_year,programme,enrolled_on\r\n')).toBe(true)
    expect(created[0]!.type).toContain('text/csv')
  })
})

describe('ImportsPage in Arabic', () => {
  it('speaks Arabic, right to left', async () => {
    fakeApi({ 'GET /api/v1/imports': () => json(page([])), 'GET /api/v1/centres': () => json(page([])) })
    const mounted = await mountInApp(ImportsPage, {
      user: userWith('directorate-staff'),
      path: '/imports',
      locale: 'ar',
    })
    wrapper = mounted.wrapper
    await flushPromises()
    expect(document.documentElement.dir).toBe('rtl')
    expect(wrapper.find('h1').text()).toBe('استيراد المستفيدين')
    expect(byTestId('import-template').text()).toBe('تنزيل نموذج CSV')
  })
})
