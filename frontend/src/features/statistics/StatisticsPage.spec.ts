import { flushPromises, type VueWrapper } from '@vue/test-utils'
import MultiSelect from 'primevue/multiselect'
import Select from 'primevue/select'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import type { Locale } from '@/lib/locale'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { hayAlWahda, schoolYears } from '@/test/fixtures'
import StatisticsPage from './StatisticsPage.vue'

interface ChartConfig {
  funnel?: boolean
  id?: string
  type: string
  data: { labels: string[]; datasets: { label: string; data: (number | null)[] }[] }
  options: {
    locale: string
    plugins: { legend: { rtl: boolean } }
    scales: { x: { reverse: boolean; stacked: boolean } }
  }
}

// jsdom has no canvas to draw on: PrimeVue's chart is a stand-in that keeps what it was asked to draw.
const charts = vi.hoisted(() => [] as ChartConfig[])
vi.mock('primevue/chart', async () => {
  const { defineComponent, h, watchEffect } = await import('vue')
  return {
    default: defineComponent({
      props: {
        type: { type: String, default: undefined },
        data: { type: Object, default: undefined },
        options: { type: Object, default: undefined },
        canvasProps: { type: Object, default: undefined },
      },
      setup(props) {
        watchEffect(() =>
          charts.push({
            type: props.type,
            data: props.data,
            options: props.options,
            funnel: (props.canvasProps as { id?: string } | undefined)?.id === 'statistics-funnel-canvas',
            id: (props.canvasProps as { id?: string } | undefined)?.id,
          } as ChartConfig),
        )
        return () => h('canvas', props.canvasProps)
      },
    }),
  }
})

const saved = vi.hoisted(() => [] as { blob: Blob; name: string }[])
vi.mock('@/lib/download', () => ({ saveBlob: (blob: Blob, name: string) => saved.push({ blob, name }) }))

/** The last chart of the beneficiaries drawn (the other cards' canvases have an id). */
const beneficiariesChart = () => charts.filter((c) => !c.id).at(-1)!

let wrapper: VueWrapper | undefined
beforeEach(() => {
  saved.length = 0
  charts.length = 0
})
afterEach(() => wrapper?.unmount())

type Routes = Parameters<typeof fakeApi>[0]

const directorates = [
  { code: 'BOJ', academyCode: 'LSH', nameAr: 'بوجدور', nameFr: 'Boujdour' },
  { code: 'LAA', academyCode: 'LSH', nameAr: 'العيون', nameFr: 'Laâyoune' },
]

/** The same as the academy sees them: groups of fewer than 5 left out (and not counted), every count rounded to 5. */
function forTheAcademy(overrides: Record<string, unknown> = {}) {
  return laayoune({
    directorates: ['BOJ', 'LAA'],
    minimumCount: 5,
    roundedTo: 5,
    hiddenCells: null,
    total: 195,
    previousYearTotal: 90,
    cells: [
      { programme: 'E2C_NG', sex: 'F', count: 90 },
      { programme: 'E2C_NG', sex: 'M', count: 95 },
      { programme: 'NFE_BASIC', sex: 'F', count: 5 },
    ],
    ...overrides,
  })
}

/** E2C-NG in Laâyoune: 88 beneficiaries in 2024/2025, 187 in 2025/2026, as directorate staff see them: exact. */
function laayoune(overrides: Record<string, unknown> = {}) {
  return {
    schoolYear: '2025/2026',
    directorates: ['LAA'],
    groupBy: ['PROGRAMME', 'SEX'],
    minimumCount: 1,
    roundedTo: 1,
    hiddenCells: 0,
    total: 187,
    previousYearTotal: 88,
    cells: [
      { programme: 'E2C_NG', sex: 'F', count: 90 },
      { programme: 'E2C_NG', sex: 'M', count: 97 },
    ],
    ...overrides,
  }
}

/** Tamayuz's agreement: 28 of 30 in E2C-NG, one tranche of two paid, the other late. */
const agreements = {
  schoolYear: '2025/2026',
  directorates: ['LAA'],
  asOf: '2026-01-15',
  minimumCount: 1,
  roundedTo: 1,
  agreements: [
    {
      agreementId: 4,
      reference: 'LAA-2025-017',
      directorate: 'LAA',
      associationId: 3,
      status: 'ACTIVE',
      programmes: [{ programme: 'E2C_NG', target: 30, actual: 28, achievedPercent: 93.3 }],
      budgetMad: 120000,
      tranchesDue: 2,
      dueMad: 80000,
      tranchesPaid: 1,
      paidMad: 40000,
      tranchesOverdue: 1,
      overdueMad: 40000,
    },
  ],
}

const destination = (outcome: string, count: number | null, ratePercent: number | null) => ({
  outcome,
  count,
  ratePercent,
})

/** 40 learners ended in 2025/2026: 25 completed, 10 back in formal school, 5 dropped out again. */
const outcomes = {
  schoolYear: '2025/2026',
  directorates: ['LAA'],
  groupBy: ['PROGRAMME'],
  minimumCount: 1,
  roundedTo: 1,
  hiddenCells: 0,
  total: {
    ended: 40,
    outcomes: [
      destination('COMPLETED', 25, 62.5),
      destination('REINTEGRATED_FORMAL_SCHOOL', 10, 25),
      destination('VOCATIONAL_TRAINING', 0, 0),
      destination('LABOUR_MARKET', 0, 0),
      destination('DROPPED_OUT', 5, 12.5),
    ],
  },
  cells: [
    {
      programme: 'E2C_NG',
      ended: 40,
      outcomes: [
        destination('COMPLETED', 25, 62.5),
        destination('REINTEGRATED_FORMAL_SCHOOL', 10, 25),
        destination('VOCATIONAL_TRAINING', 0, 0),
        destination('LABOUR_MARKET', 0, 0),
        destination('DROPPED_OUT', 5, 12.5),
      ],
    },
  ],
}

/** Hay Al Wahda's E2C-NG centre is full and has a waiting list; El Marsa's has seats left. */
const occupancy = {
  schoolYear: '2025/2026',
  directorates: ['LAA'],
  minimumCount: 1,
  roundedTo: 1,
  capacity: 130,
  enrolled: 115,
  waiting: 6,
  occupancyPercent: 88.5,
  centres: [
    {
      centreId: 11,
      directorate: 'LAA',
      centreNameAr: 'مركز الفرصة الثانية حي الوحدة',
      centreNameFr: 'Centre E2C Hay Al Wahda',
      programme: 'E2C_NG',
      capacity: 60,
      classCap: 25,
      enrolled: 60,
      classes: 3,
      waiting: 6,
      occupancyPercent: 100,
    },
    {
      centreId: 12,
      directorate: 'LAA',
      centreNameAr: 'مركز الفرصة الثانية المرسى',
      centreNameFr: 'Centre E2C El Marsa',
      programme: 'E2C_NG',
      capacity: 70,
      classCap: 25,
      enrolled: 55,
      classes: 3,
      waiting: 0,
      occupancyPercent: 78.6,
    },
  ],
}

/** The caravans of Laâyoune's campaign found 48 children; 30 are enrolled. */
function funnel(overrides: Record<string, unknown> = {}) {
  const cell = {
    identified: 48,
    contacted: 41,
    referred: 35,
    enrolled: 30,
    declined: 4,
    unreachable: 3,
    notEligible: 1,
    contactRate: 85.4,
    referralRate: 85.4,
    enrolmentRate: 85.7,
    overallRate: 62.5,
    medianDaysToEnrolment: 12,
  }
  return {
    schoolYear: '2025/2026',
    directorates: ['LAA'],
    groupBy: ['CAMPAIGN'],
    minimumCount: 1,
    roundedTo: 1,
    hiddenCells: 0,
    total: cell,
    cells: [{ ...cell, campaignId: 3, campaignTitleAr: 'قافلة الأمل — العيون' }],
    ...overrides,
  }
}

let router: Awaited<ReturnType<typeof mountInApp>>['router'] | undefined

async function open(role: Role, routes: Routes = {}, locale: Locale = 'fr', path = '/statistics') {
  const api = fakeApi({
    'GET /api/v1/school-years': () => json(page(schoolYears)),
    'GET /api/v1/directorates': () => json(page(role === 'academy-analyst' ? directorates : directorates.slice(1))),
    'GET /api/v1/associations': () => json(page([])),
    'GET /api/v1/statistics/beneficiaries': () => json(laayoune()),
    'GET /api/v1/statistics/outreach': () => json(funnel()),
    'GET /api/v1/statistics/agreements': () => json(agreements),
    'GET /api/v1/statistics/outcomes': () => json(outcomes),
    'GET /api/v1/statistics/occupancy': () => json(occupancy),
    ...routes,
  })
  const mounted = await mountInApp(StatisticsPage, { user: userWith(role), path, locale })
  wrapper = mounted.wrapper
  router = mounted.router
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const spaces = (text: string) => text.replace(/[\s\u200f\u200e]+/g, ' ').trim()

function statisticsRequests(api: Awaited<ReturnType<typeof open>>) {
  return api.requests
    .filter((r) => new URL(r.url).pathname === '/api/v1/statistics/beneficiaries')
    .map((r) => new URL(r.url).searchParams)
}

function rows(): string[][] {
  return byTestId('statistics-table')
    .findAll('tbody tr')
    .map((row) => row.findAll('td').map((cell) => spaces(cell.text())))
}

describe('StatisticsPage', () => {
  it('puts each group beside its count the year before and its own change (E2C-NG 88 → 187: +112,5 %)', async () => {
    await open('directorate-staff', {
      'GET /api/v1/statistics/beneficiaries': () =>
        json(
          laayoune({
            groupBy: ['PROGRAMME'],
            total: 200,
            previousYearTotal: 100,
            changePercent: 100,
            cells: [
              { programme: 'E2C_NG', count: 187, previousYearCount: 88, changePercent: 112.5 },
              { programme: 'NFE_BASIC', count: 13, previousYearCount: 0, changePercent: null },
            ],
          }),
        ),
    })
    const headers = byTestId('statistics-table')
      .findAll('th')
      .map((th) => spaces(th.text()))
    expect(headers).toContain('Année précédente (2024/2025)')
    expect(rows()).toEqual([
      ['E2C-NG', '187', '88', '+112,5 %'],
      ['ENF – E2C de base', '13', '0', ''],
    ])
  })

  it('shows no year-before columns when the API knows no year before', async () => {
    await open('directorate-staff')
    expect(rows()[0]).toEqual(['E2C-NG', 'Fille', '90'])
  })

  it('counts the directorate’s beneficiaries of the current school year by programme and sex, with the growth on the year before', async () => {
    const api = await open('directorate-staff')

    const [asked] = statisticsRequests(api)
    expect(asked!.get('schoolYear')).toBe('2025/2026')
    expect(asked!.getAll('groupBy')).toEqual(['PROGRAMME', 'SEX'])
    expect(asked!.has('directorate')).toBe(false)
    expect(byTestId('statistics-directorate').exists()).toBe(false)

    expect(spaces(byTestId('statistics-total').text())).toBe('187')
    expect(spaces(byTestId('statistics-previous').text())).toBe('88')
    expect(spaces(byTestId('statistics-growth').text())).toBe('+112,5 %')
    expect(byTestId('statistics-headline').text()).toContain('Année précédente (2024/2025)')

    expect(rows()).toEqual([
      ['E2C-NG', 'Fille', '90'],
      ['E2C-NG', 'Garçon', '97'],
    ])
    const chart = beneficiariesChart()
    expect(chart.type).toBe('bar')
    expect(chart.data.labels).toEqual(['E2C-NG'])
    expect(chart.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Fille', [90]],
      ['Garçon', [97]],
    ])
    expect(chart.options.scales.x.stacked).toBe(true)

    // Exact figures for the directorate: nothing approximate, nothing left out.
    expect(wrapper!.text()).not.toContain('≈')
    expect(byTestId('statistics-rounded').exists()).toBe(false)
    expect(byTestId('statistics-hidden-legend').exists()).toBe(false)
  })

  it('tells the academy that small groups are not shown, nor how many, and charts every group listed', async () => {
    await open('academy-analyst', { 'GET /api/v1/statistics/beneficiaries': () => json(forTheAcademy()) })

    expect(rows()).toEqual([
      ['E2C-NG', 'Fille', '90'],
      ['E2C-NG', 'Garçon', '95'],
      ['ENF – E2C de base', 'Fille', '5'],
    ])
    expect(spaces(byTestId('statistics-hidden-legend').text())).toBe(
      'Les groupes de moins de 5 apprenants ne sont pas affichés, ni leur nombre, pour protéger les enfants.',
    )

    const chart = beneficiariesChart()
    expect(chart.data.labels).toEqual(['E2C-NG', 'ENF – E2C de base'])
    expect(chart.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Fille', [90, 5]],
      ['Garçon', [95, null]],
    ])
    expect(chart.data.datasets.flatMap((d) => d.data).filter((c) => c !== null)).toHaveLength(3)
  })

  it('shows the academy’s rounded figures as approximate, the growth too, and says why', async () => {
    await open('academy-analyst', { 'GET /api/v1/statistics/beneficiaries': () => json(forTheAcademy()) })

    expect(spaces(byTestId('statistics-rounded').text())).toBe(
      'Les effectifs sont arrondis au multiple de 5 le plus proche, pour protéger les enfants : tous les chiffres sont approchés.',
    )
    // The sign is seen, the word is heard.
    const approximate = (id: string) => [
      byTestId(id).find('.sr-only').text(),
      spaces(byTestId(id).find('[dir="ltr"]').text()),
    ]
    expect(approximate('statistics-total')).toEqual(['environ', '≈ 195'])
    expect(approximate('statistics-previous')).toEqual(['environ', '≈ 90'])
    expect(byTestId('statistics-total').find('[aria-hidden="true"]').text()).toBe('≈')
    // From the rounded totals (195 on 90: +116.7 %), to the whole percent.
    expect(approximate('statistics-growth')).toEqual(['environ', '≈ +117 %'])
  })

  it.each([
    ['fr', 'Les groupes de moins de 5 apprenants ne sont pas affichés, ni leur nombre, pour protéger les enfants.'],
    ['en', 'Groups of fewer than 5 learners are not shown, nor how many there are, to protect the children.'],
    ['ar', 'لا تُعرض المجموعات التي يقل عدد المتعلمين فيها عن 5، ولا عددها، حمايةً للأطفال.'],
  ] as const)('says in %s that groups too small are not shown, nor how many', async (locale, legend) => {
    await open('academy-analyst', { 'GET /api/v1/statistics/beneficiaries': () => json(forTheAcademy()) }, locale)
    expect(spaces(byTestId('statistics-hidden-legend').text())).toBe(legend)
    expect(byTestId('statistics-rounded').exists()).toBe(true)
  })

  it('shows a total too small to publish, or an unknown year before, as not known, with no growth made up', async () => {
    await open('academy-analyst', {
      'GET /api/v1/statistics/beneficiaries': () =>
        json(forTheAcademy({ total: null, previousYearTotal: null, cells: [] })),
    })
    for (const id of ['statistics-total', 'statistics-previous']) {
      expect(byTestId(id).text()).toMatch(/^—/)
      expect(byTestId(id).find('.not-known').text()).toBe('Inconnu, ou masqué parce que trop petit')
      expect(byTestId(id).attributes('title')).toBe('Inconnu, ou masqué parce que trop petit')
    }
    expect(byTestId('statistics-growth').exists()).toBe(false)
    expect(byTestId('statistics-table').text()).toContain('Aucun groupe n’est assez grand pour être affiché.')
    expect(byTestId('statistics-table').text()).not.toMatch(/\b0\b/)
    expect(spaces(byTestId('statistics-hidden-legend').text())).toBe(
      'Les groupes de moins de 5 apprenants ne sont pas affichés, ni leur nombre, pour protéger les enfants.',
    )
    expect(byTestId('statistics-chart').exists()).toBe(false)
  })

  it('lets the academy analyst narrow the figures to one of its directorates, or take them all', async () => {
    const api = await open('academy-analyst')
    const select = componentByTestId(wrapper!, Select, 'statistics-directorate')
    expect((select.props() as { options: unknown }).options).toEqual([
      { value: 'BOJ', label: 'Boujdour' },
      { value: 'LAA', label: 'Laâyoune' },
    ])
    expect(statisticsRequests(api)[0]!.has('directorate')).toBe(false)

    select.vm.$emit('update:modelValue', 'BOJ')
    await flushPromises()
    expect(statisticsRequests(api).at(-1)!.get('directorate')).toBe('BOJ')
  })

  it('counts by the dimensions chosen, up to four, with their values in words', async () => {
    const api = await open('directorate-admin', {
      'GET /api/v1/statistics/beneficiaries': (request) => {
        const groupBy = new URL(request.url).searchParams.getAll('groupBy')
        if (groupBy[0] !== 'CENTRE') return json(laayoune())
        return json(
          laayoune({
            groupBy,
            cells: [
              { centreId: 5, centreNameAr: hayAlWahda.nameAr, age: 15, nationality: 'MA', outcome: null, count: 150 },
              {
                centreId: 5,
                centreNameAr: hayAlWahda.nameAr,
                age: 16,
                nationality: 'SN',
                outcome: 'REINTEGRATED_FORMAL_SCHOOL',
                count: 3,
              },
            ],
          }),
        )
      },
    })
    const dimensions = componentByTestId(wrapper!, MultiSelect, 'statistics-groupBy')
    expect((dimensions.props() as { selectionLimit: number }).selectionLimit).toBe(4)

    dimensions.vm.$emit('update:modelValue', ['CENTRE', 'AGE', 'NATIONALITY', 'OUTCOME'])
    await flushPromises()

    expect(statisticsRequests(api).at(-1)!.getAll('groupBy')).toEqual(['CENTRE', 'AGE', 'NATIONALITY', 'OUTCOME'])
    const headers = byTestId('statistics-table')
      .findAll('thead th')
      .map((th) => spaces(th.text()))
    expect(headers).toEqual(['Centre', 'Âge', 'Nationalité', 'Issue', 'Bénéficiaires'])
    expect(rows()).toEqual([
      [hayAlWahda.nameAr, '15 ans', 'Maroc', 'En cours, sans issue', '150'],
      [hayAlWahda.nameAr, '16 ans', 'Sénégal', 'Réintégration dans l’enseignement formel', '3'],
    ])
    expect(beneficiariesChart().data.labels).toEqual([hayAlWahda.nameAr])
    expect(wrapper!.text()).toContain('Les autres critères sont additionnés.')
  })

  it('asks again for another school year', async () => {
    const api = await open('directorate-staff')
    componentByTestId(wrapper!, Select, 'statistics-schoolYear').vm.$emit('update:modelValue', '2024/2025')
    await flushPromises()
    expect(statisticsRequests(api).at(-1)!.get('schoolYear')).toBe('2024/2025')
  })

  it('shows the API’s problem detail when it refuses', async () => {
    await open('academy-analyst', {
      'GET /api/v1/statistics/beneficiaries': () =>
        problem(403, {
          type: 'https://forsa.ma/problems/forbidden',
          title: 'Forbidden',
          detail: 'Your statistics cover BOJ, LAA; not TAR.',
        }),
    })
    expect(byTestId('statistics-error').text()).toBe('Your statistics cover BOJ, LAA; not TAR.')
    expect(byTestId('statistics-table').exists()).toBe(false)
  })

  it('reads right to left in Arabic, with Arabic labels and the bars from the right', async () => {
    await open('directorate-staff', {}, 'ar')
    expect(wrapper!.find('h1').text()).toBe('إحصائيات المستفيدين')
    expect(rows()).toEqual([
      ['الجيل الجديد', 'أنثى', '90'],
      ['الجيل الجديد', 'ذكر', '97'],
    ])
    expect(spaces(byTestId('statistics-growth').text())).toMatch(/^\+112[,.]5 ?%$/)
    expect(byTestId('statistics-rounded').exists()).toBe(false)
    const chart = beneficiariesChart()
    expect(chart.options.locale).toBe('ar-MA')
    expect(chart.options.scales.x.reverse).toBe(true)
    expect(chart.options.plugins.legend.rtl).toBe(true)
  })

  it('exports what is on show as a file, received as it is written, with the bytes received', async () => {
    let push: (text: string) => void = () => {}
    let end: () => void = () => {}
    const api = await open('directorate-staff', {
      'GET /api/v1/statistics/beneficiaries/export': () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              push = (text) => controller.enqueue(new TextEncoder().encode(text))
              end = () => controller.close()
            },
          }),
          {
            headers: {
              'Content-Type': 'text/csv; charset=UTF-8',
              'Content-Disposition': 'attachment; filename="beneficiaries-2025-2026-LAA.csv"',
            },
          },
        ),
    })
    await byTestId('statistics-export-csv').trigger('click')
    await flushPromises()
    push('x'.repeat(3000))
    await vi.waitFor(() => expect(byTestId('statistics-export-progress').text()).toContain('3 Ko reçus'))
    push('y'.repeat(2048))
    end()
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]!.name).toBe('beneficiaries-2025-2026-LAA.csv')
    expect(saved[0]!.blob.size).toBe(5048)
    const asked = new URL(api.requests.at(-1)!.url)
    expect(asked.searchParams.get('format')).toBe('CSV')
    expect(asked.searchParams.getAll('groupBy')).toEqual(['PROGRAMME', 'SEX'])
    expect(asked.searchParams.get('schoolYear')).toBe('2025/2026')
    await flushPromises()
    expect(byTestId('statistics-export-progress').exists()).toBe(false)
  })

  it('says why an export was refused', async () => {
    await open('directorate-staff', {
      'GET /api/v1/statistics/beneficiaries/export': () =>
        problem(403, { title: 'Forbidden', detail: 'La direction BOJ est hors de votre portée.' }),
    })
    await byTestId('statistics-export-xlsx').trigger('click')
    await flushPromises()
    await vi.waitFor(() => expect(byTestId('statistics-export-error').text()).toContain('hors de votre portée'))
    expect(saved).toHaveLength(0)
  })

  it('follows the children found to their enrolment, by campaign, with the rate from end to end and the delay', async () => {
    const api = await open('directorate-staff')
    const card = byTestId('statistics-funnel')
    expect(spaces(byTestId('statistics-funnel-total').text())).toContain(
      '62,5 % des enfants repérés sont inscrits, en 12 jours',
    )
    expect(spaces(byTestId('statistics-funnel-total').text())).toContain('Refus : 4')
    const row = spaces(byTestId('statistics-funnel-table').find('tbody tr').text())
    expect(row).toContain('قافلة الأمل — العيون')
    expect(row).toContain('48')
    expect(row).toContain('30')
    const chart = charts.filter((c) => c.funnel).at(-1)
    expect(chart?.data.labels).toEqual(['Repérés', 'Contactés', 'Orientés', 'Inscrits'])
    expect(chart?.data.datasets[0]?.data).toEqual([48, 41, 35, 30])
    const asked = api.requests.map((r) => new URL(r.url)).find((u) => u.pathname.endsWith('/outreach'))
    expect(asked?.searchParams.getAll('groupBy')).toEqual(['CAMPAIGN'])
    expect(card.exists()).toBe(true)
  })

  it('tells the academy that campaigns too small are not shown, nor how many', async () => {
    await open('academy-analyst', {
      'GET /api/v1/statistics/outreach': () => json(funnel({ minimumCount: 5, roundedTo: 5, hiddenCells: null })),
    })
    expect(byTestId('statistics-funnel-hidden').text()).toBe(
      'Les campagnes de moins de 5 enfants ne sont pas montrées, ni leur nombre.',
    )
  })

  it('sets each agreement’s beneficiaries beside its target, and says which tranche is late', async () => {
    await open('directorate-staff')
    const row = spaces(byTestId('statistics-agreements-table').find('tbody tr').text())
    expect(row).toContain('LAA-2025-017')
    expect(row).toContain('E2C nouvelle génération : 28 / 30 (93,3 %)')
    expect(row).toContain('1 versée(s) sur 2 due(s)')
    expect(spaces(byTestId('agreement-overdue-4').text())).toContain('40')
  })

  it('heads the page with each programme beside the year before (E2C-NG 88 → 187: +112,5 %)', async () => {
    await open('directorate-staff', {
      'GET /api/v1/statistics/beneficiaries': () =>
        json(
          laayoune({
            programmes: [
              { programme: 'E2C_NG', count: 187, previousYearCount: 88, changePercent: 112.5 },
              { programme: 'NFE_BASIC', count: 13, previousYearCount: 0, changePercent: null },
            ],
          }),
        ),
    })
    const figures = byTestId('statistics-programmes')
      .findAll('.figure')
      .map((f) => f.findAll('dt, dd').map((part) => spaces(part.text())))
    expect(figures[0]).toEqual(['E2C-NG', '187', 'En 2024/2025 : 88 · +112,5 %'])
    expect(figures[1]).toEqual(['ENF – E2C de base', '13', 'En 2024/2025 : 0'])
  })

  it('says where the learners went, by destination, as counts and rates', async () => {
    await open('directorate-staff')
    const chart = charts.filter((c) => c.id === 'statistics-outcomes-canvas').at(-1)!
    expect(chart.data.datasets[0]?.data).toEqual([25, 10, 0, 0, 5])
    const table = byTestId('statistics-outcomes-table')
    const cells = table.findAll('tbody tr').map((row) => row.findAll('td').map((td) => spaces(td.text())))
    expect(cells[0]!.slice(0, 3)).toEqual(['E2C-NG', '40', '25 (62,5 %)'])
    expect(cells.at(-1)![0]).toBe('Tous les programmes')
  })

  it('sets each centre’s learners beside its seats, with its waiting list, bars from the right in Arabic', async () => {
    await open('directorate-staff', {}, 'ar')
    expect(spaces(byTestId('statistics-occupancy-total').text())).toContain('130')
    const rowsOf = byTestId('statistics-occupancy-table')
      .findAll('tbody tr')
      .map((row) => row.findAll('td').map((td) => spaces(td.text())))
    expect(rowsOf[0]![0]).toBe('مركز الفرصة الثانية حي الوحدة')
    expect(rowsOf[0]!.slice(2)).toEqual(['60', '60', '3 (≤ 25)', '6', '100 %'])
    const chart = charts.filter((c) => c.id === 'statistics-occupancy-canvas').at(-1)!
    expect(chart.data.datasets.map((d) => d.data)).toEqual([
      [60, 55],
      [60, 70],
    ])
    expect(chart.options.scales.x.reverse).toBe(true)
    expect(chart.options.plugins.legend.rtl).toBe(true)
  })

  it('exports each card’s statistic with the same question as the card', async () => {
    const api = await open('directorate-staff', {
      'GET /api/v1/statistics/outreach/export': () =>
        new Response('a,b\n', { headers: { 'Content-Type': 'text/csv' } }),
    })
    await byTestId('statistics-funnel-export-csv').trigger('click')
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    const asked = new URL(api.requests.at(-1)!.url)
    expect(asked.pathname).toBe('/api/v1/statistics/outreach/export')
    expect(asked.searchParams.getAll('groupBy')).toEqual(['CAMPAIGN'])
    expect(asked.searchParams.get('format')).toBe('CSV')
    for (const card of ['outcomes', 'occupancy', 'agreements']) {
      expect(byTestId(`statistics-${card}-export-xlsx`).exists()).toBe(true)
    }
  })

  it('opens the figures the address asks for, and keeps every choice in it', async () => {
    const api = await open(
      'academy-analyst',
      {},
      'fr',
      '/statistics?schoolYear=2024/2025&directorate=BOJ&groupBy=CENTRE&groupBy=AGE',
    )
    const asked = api.requests
      .map((r) => new URL(r.url))
      .filter((u) => u.pathname === '/api/v1/statistics/beneficiaries')
      .at(-1)!
    expect(asked.searchParams.get('schoolYear')).toBe('2024/2025')
    expect(asked.searchParams.get('directorate')).toBe('BOJ')
    expect(asked.searchParams.getAll('groupBy')).toEqual(['CENTRE', 'AGE'])

    componentByTestId(wrapper!, MultiSelect, 'statistics-groupBy').vm.$emit('update:modelValue', ['SEX'])
    await flushPromises()
    expect(router!.currentRoute.value.query).toMatchObject({
      schoolYear: '2024/2025',
      directorate: 'BOJ',
      groupBy: ['SEX'],
    })
  })

  it('narrows the figures to one programme, one sex or one age, asks with them and keeps them in the address', async () => {
    const api = await open('directorate-staff', {}, 'fr', '/statistics?programme=E2C_NG&sex=F&age=16&groupBy=CENTRE')
    const asked = statisticsRequests(api).at(-1)!
    expect(asked.get('programme')).toBe('E2C_NG')
    expect(asked.get('sex')).toBe('F')
    expect(asked.get('age')).toBe('16')
    componentByTestId(wrapper!, Select, 'statistics-sex').vm.$emit('update:modelValue', null)
    await flushPromises()
    expect(statisticsRequests(api).at(-1)!.get('sex')).toBeNull()
    expect(router!.currentRoute.value.query).toMatchObject({ programme: 'E2C_NG', age: '16' })
    expect(router!.currentRoute.value.query.sex).toBeUndefined()
  })

  it('narrows every card by what it counts: children and learners by programme, sex and age, seats by programme only', async () => {
    const api = await open('directorate-staff', {}, 'fr', '/statistics?programme=E2C_NG&sex=F&age=16')
    const last = (path: string) =>
      api.requests
        .map((r) => new URL(r.url))
        .filter((u) => u.pathname === path)
        .at(-1)!.searchParams
    for (const path of ['/api/v1/statistics/outreach', '/api/v1/statistics/outcomes']) {
      expect([last(path).get('programme'), last(path).get('sex'), last(path).get('age')]).toEqual(['E2C_NG', 'F', '16'])
    }
    for (const path of ['/api/v1/statistics/occupancy', '/api/v1/statistics/agreements']) {
      expect(last(path).get('programme')).toBe('E2C_NG')
      expect(last(path).has('sex') || last(path).has('age')).toBe(false)
    }
    for (const card of ['occupancy', 'agreements']) {
      expect(byTestId(`statistics-${card}-not-narrowed`).text()).toContain('seul le programme choisi')
    }
    expect(byTestId('statistics-funnel-not-narrowed').exists()).toBe(false)

    // A sex and an age no more: the cards of children are asked again, those of seats are not and say nothing more.
    const occupancyAsked = api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/statistics/occupancy').length
    componentByTestId(wrapper!, Select, 'statistics-sex').vm.$emit('update:modelValue', null)
    componentByTestId(wrapper!, Select, 'statistics-age').vm.$emit('update:modelValue', null)
    await flushPromises()
    expect(last('/api/v1/statistics/outreach').has('sex')).toBe(false)
    expect(last('/api/v1/statistics/outcomes').get('programme')).toBe('E2C_NG')
    expect(api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/statistics/occupancy')).toHaveLength(
      occupancyAsked,
    )
    expect(byTestId('statistics-occupancy-not-narrowed').exists()).toBe(false)
  })

  it('exports a card with the narrowing it is asked with', async () => {
    const api = await open(
      'directorate-staff',
      {
        'GET /api/v1/statistics/occupancy/export': () =>
          new Response('a,b\n', { headers: { 'Content-Type': 'text/csv' } }),
      },
      'fr',
      '/statistics?programme=NFE_BASIC&age=10',
    )
    await byTestId('statistics-occupancy-export-csv').trigger('click')
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    const asked = new URL(api.requests.at(-1)!.url)
    expect(asked.pathname).toBe('/api/v1/statistics/occupancy/export')
    expect(asked.searchParams.get('programme')).toBe('NFE_BASIC')
    expect(asked.searchParams.has('age')).toBe(false)
  })

  it('ignores what it does not understand in the address', async () => {
    const api = await open(
      'directorate-staff',
      {},
      'fr',
      '/statistics?schoolYear=2025&groupBy=SHOE_SIZE&directorate=BOJ',
    )
    const asked = api.requests
      .map((r) => new URL(r.url))
      .filter((u) => u.pathname === '/api/v1/statistics/beneficiaries')
      .at(-1)!
    expect(asked.searchParams.get('schoolYear')).toBe('2025/2026') // the current one
    expect(asked.searchParams.get('directorate')).toBeNull() // not the academy: its own directorate
    expect(asked.searchParams.getAll('groupBy')).toEqual(['PROGRAMME', 'SEX'])
  })
})
