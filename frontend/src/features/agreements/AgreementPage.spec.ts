import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import MultiSelect from 'primevue/multiselect'
import { componentByTestId, inBody, typeInto } from '@/test/dom'
import { agreement, hayAlWahda } from '@/test/fixtures'
import AgreementPage from './AgreementPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

type Routes = Parameters<typeof fakeApi>[0]
const history = page([
  { fromStatus: 'DRAFT', toStatus: 'SIGNED', changedAt: '2025-09-16T11:05:00Z', changedBy: 'staff.laayoune' },
])

async function open(role: Role, routes: Routes = {}, locale: 'fr' | 'ar' = 'fr') {
  const api = fakeApi({
    'GET /api/v1/agreements/8': () => json(agreement()),
    'GET /api/v1/agreements/8/history': () => json(history),
    'GET /api/v1/associations': () =>
      json(page([{ id: 3, nameAr: 'جمعية التميز للمرأة والطفل', nameFr: 'Association Excellence', active: true }])),
    'GET /api/v1/centres': () => json(page([hayAlWahda])),
    ...routes,
  })
  const mounted = await mountInApp(AgreementPage, {
    user: userWith(role),
    path: '/agreements/8',
    locale,
    mounting: { props: { id: '8' } },
  })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const moveButtons = () =>
  wrapper!
    .findAll('[data-testid^="agreement-to-"]')
    .map((b) => b.attributes('data-testid')!.replace('agreement-to-', ''))

describe('AgreementPage', () => {
  it('offers exactly the next statuses the API allows', async () => {
    await open('directorate-staff')
    expect(moveButtons()).toEqual(['ACTIVE', 'CLOSED'])
    expect(byTestId('agreement-status').text()).toBe('Signée')
    // The terms of a signed agreement are fixed.
    expect(byTestId('agreement-edit').exists()).toBe(false)
  })

  it('offers to edit the terms of a draft, and only its moves', async () => {
    await open('directorate-admin', {
      'GET /api/v1/agreements/8': () => json(agreement({ status: 'DRAFT', nextStatuses: ['SIGNED'] })),
    })
    expect(moveButtons()).toEqual(['SIGNED'])
    expect(byTestId('agreement-edit').exists()).toBe(true)
    expect(byTestId('agreement-document-upload').exists()).toBe(true)
  })

  it.each(['association-staff', 'api-client'] as const)('shows %s the agreement without any action', async (role) => {
    await open(role)
    expect(moveButtons()).toEqual([])
    expect(byTestId('agreement-actions').exists()).toBe(false)
    expect(wrapper!.find('[data-testid^="tranche-pay-"]').exists()).toBe(false)
    expect(byTestId('agreement-centres-save').exists()).toBe(false)
    expect(byTestId('agreement-document-upload').exists()).toBe(false)
    // Reading is theirs: the download stays.
    expect(byTestId('agreement-document-download').exists()).toBe(true)
  })

  it('shows the refusal of a move with the unmet rules the API lists', async () => {
    const api = await open('directorate-staff', {
      'POST /api/v1/agreements/8/transitions': () =>
        problem(409, {
          type: 'https://forsa.ma/problems/conflict',
          title: 'Conflict',
          detail: 'The agreement cannot be ACTIVE yet: it needs at least one centre',
        }),
    })
    await byTestId('agreement-to-ACTIVE').trigger('click')
    await flushPromises()
    inBody('agreement-transition-save')!.click()
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({ to: 'ACTIVE' })
    expect(inBody('agreement-transition-error')!.textContent).toContain('it needs at least one centre')
  })

  it('asks for a reason before suspending or closing, then records it', async () => {
    const api = await open('directorate-staff', {
      'GET /api/v1/agreements/8': () => json(agreement({ status: 'ACTIVE', nextStatuses: ['SUSPENDED', 'CLOSED'] })),
      'POST /api/v1/agreements/8/transitions': () =>
        json(agreement({ status: 'SUSPENDED', nextStatuses: ['ACTIVE', 'CLOSED'] })),
    })
    await byTestId('agreement-to-SUSPENDED').trigger('click')
    await flushPromises()
    inBody('agreement-transition-save')!.click()
    await flushPromises()
    expect(inBody('error-reason')!.textContent).toContain('Le motif est obligatoire')
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false)

    typeInto(inBody('agreement-reason'), 'Centre fermé pour travaux')
    inBody('agreement-transition-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({ to: 'SUSPENDED', reason: 'Centre fermé pour travaux' })
    await vi.waitFor(() => expect(moveButtons()).toEqual(['ACTIVE', 'CLOSED']))
  })

  it('shows the history: who, when and why', async () => {
    await open('association-staff', {
      'GET /api/v1/agreements/8/history': () =>
        json(
          page([
            { fromStatus: 'DRAFT', toStatus: 'SIGNED', changedAt: '2025-09-16T11:05:00Z', changedBy: 'staff.laayoune' },
            {
              fromStatus: 'ACTIVE',
              toStatus: 'SUSPENDED',
              changedAt: '2026-01-05T09:00:00Z',
              changedBy: 'admin.laayoune',
              reason: 'Audit',
            },
          ]),
        ),
    })
    const text = byTestId('agreement-history').text()
    expect(text.indexOf('Suspendue')).toBeLessThan(text.indexOf('Signée'))
    expect(text).toContain('admin.laayoune')
    expect(text).toContain('Audit')
  })

  it('words the creation in the reader’s language, and points the arrow along the text', async () => {
    const created = page([
      { fromStatus: null, toStatus: 'DRAFT', changedAt: '2025-09-10T09:00:00Z', changedBy: 'staff.laayoune' },
      { fromStatus: 'DRAFT', toStatus: 'SIGNED', changedAt: '2025-09-16T11:05:00Z', changedBy: 'staff.laayoune' },
    ])
    await open('directorate-staff', { 'GET /api/v1/agreements/8/history': () => json(created) })
    expect(byTestId('agreement-history').text()).toContain('Créée en « Projet »')
    expect(byTestId('agreement-history').text()).not.toContain('created')
    expect(byTestId('agreement-history').find('.pi-arrow-right').exists()).toBe(true)
    wrapper!.unmount()
    await open('directorate-staff', { 'GET /api/v1/agreements/8/history': () => json(created) }, 'ar')
    expect(byTestId('agreement-history').text()).toContain('أُنشئت في حالة')
    expect(byTestId('agreement-history').find('.pi-arrow-left').exists()).toBe(true)
    expect(byTestId('agreement-history').find('.pi-arrow-right').exists()).toBe(false)
  })

  it('formats the amounts in MAD for the reader’s language', async () => {
    await open('directorate-staff')
    expect(byTestId('agreement-budget').text().replace(/\s/g, ' ')).toMatch(/150.000,00 MAD/)
    wrapper!.unmount()
    await open('directorate-staff', {}, 'ar')
    expect(byTestId('agreement-budget').text()).toMatch(/150[.,\u066c]000/)
    expect(byTestId('agreement-budget').text()).toContain('MAD')
  })

  it('records the payment of a tranche with the version it read', async () => {
    const api = await open('directorate-staff', {
      'PUT /api/v1/agreements/8/tranches/2/payment': () => json(agreement({ version: 5 })),
    })
    expect(byTestId('tranche-pay-1').exists()).toBe(false)
    await byTestId('tranche-pay-2').trigger('click')
    await flushPromises()
    typeInto(inBody('tranche-paidOn'), '2026-02-20')
    inBody('tranche-payment-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({ paidOn: '2026-02-20', version: 4 })
  })

  it('uploads the signed PDF as application/pdf with its file name', async () => {
    const api = await open('directorate-staff', {
      'GET /api/v1/agreements/8': () =>
        json(agreement({ status: 'DRAFT', nextStatuses: ['SIGNED'], document: undefined })),
      'PUT /api/v1/agreements/8/document': () => json(agreement({ status: 'DRAFT', nextStatuses: ['SIGNED'] })),
    })
    const input = byTestId('agreement-document-input').element as HTMLInputElement
    const file = new File(['%PDF-1.7 signed'], 'convention signée.pdf', { type: 'application/pdf' })
    Object.defineProperty(input, 'files', { value: [file], configurable: true })
    input.dispatchEvent(new Event('change'))
    await vi.waitFor(() => expect(api.requests.some((r) => r.method === 'PUT')).toBe(true))
    await flushPromises()

    const upload = api.requests.find((r) => r.method === 'PUT')!
    expect(upload.headers.get('Content-Type')).toBe('application/pdf')
    expect(new URL(upload.url).searchParams.get('fileName')).toBe('convention signée.pdf')
    expect(await upload.clone().text()).toBe('%PDF-1.7 signed')
    await vi.waitFor(() => expect(byTestId('agreement-document-download').exists()).toBe(true))
  })

  it('downloads the signed PDF with the bearer-authenticated client', async () => {
    const created: Blob[] = []
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          created.push(blob)
          return 'blob:forsa/1'
        },
        revokeObjectURL: () => {},
      }),
    )
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const api = await open('association-staff', {
      'GET /api/v1/agreements/8/document': () =>
        new Response('%PDF-1.7', { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
    })
    await byTestId('agreement-document-download').trigger('click')
    await flushPromises()

    const download = api.requests.find((r) => new URL(r.url).pathname.endsWith('/document'))!
    expect(download.headers.get('Accept')).toContain('application/pdf')
    expect(created).toHaveLength(1)
    expect(await created[0]!.text()).toBe('%PDF-1.7')
    expect(click).toHaveBeenCalled()
  })

  it('after a stale save of its centres, shows them beside the ones chosen meanwhile, and saves the choice on the new version', async () => {
    let reads = 0
    const centres = page([
      hayAlWahda,
      { ...hayAlWahda, id: 6, nameFr: 'Centre El Marsa' },
      { ...hayAlWahda, id: 7, nameFr: 'Centre Foum El Oued' },
    ])
    const api = await open('directorate-staff', {
      'GET /api/v1/agreements/8': () =>
        json(reads++ === 0 ? agreement() : agreement({ centreIds: [5, 7], version: 5 })),
      'GET /api/v1/centres': () => json(centres),
      'PUT /api/v1/agreements/8/centres': () =>
        api.bodies.length === 1
          ? problem(409, {
              type: 'https://forsa.ma/problems/stale-version',
              title: 'Changed by someone else',
              errors: [{ field: 'version', message: 'stale: current version is 5' }],
            })
          : json(agreement({ centreIds: [5, 6], version: 6 })),
    })
    componentByTestId(wrapper!, MultiSelect, 'agreement-centres-select').vm.$emit('update:modelValue', [5, 6])
    await flushPromises()
    await byTestId('agreement-centres-save').trigger('click')
    await flushPromises()

    expect(byTestId('agreement-centres-error').exists()).toBe(false)
    const value = (id: string) => byTestId(id).element.closest('label')?.textContent?.trim()
    expect(value('conflict-centreIds-mine')).toBe(`${hayAlWahda.nameFr}, Centre El Marsa`)
    expect(value('conflict-centreIds-theirs')).toBe(`${hayAlWahda.nameFr}, Centre Foum El Oued`)
    await byTestId('conflict-apply').trigger('click')
    await flushPromises()

    await byTestId('agreement-centres-save').trigger('click')
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({ centreIds: [5, 6], version: 5 })
    expect(byTestId('version-conflict').exists()).toBe(false)
  })
})
