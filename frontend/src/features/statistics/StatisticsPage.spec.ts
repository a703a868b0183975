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
      props: { type: String, data: Object, options: Object, canvasProps: Object },
      setup(props) {
        watchEffect(() => charts.push({ type: props.type, data: props.data, options: props.options } as ChartConfig))
        return () => h('canvas', props.canvasProps)
      },
    }),
  }
})

let wrapper: VueWrapper | undefined
beforeEach(() => {
  charts.length = 0
})
afterEach(() => wrapper?.unmount())

type Routes = Parameters<typeof fakeApi>[0]

const directorates = [
  { code: 'BOJ', academyCode: 'LSH', nameAr: 'بوجدور', nameFr: 'Boujdour' },
  { code: 'LAA', academyCode: 'LSH', nameAr: 'العيون', nameFr: 'Laâyoune' },
]

/** E2C-NG in Laâyoune: 88 beneficiaries in 2024/2025, 187 in 2025/2026. */
function laayoune(overrides: Record<string, unknown> = {}) {
  return {
    schoolYear: '2025/2026',
    directorates: ['LAA'],
    groupBy: ['PROGRAMME', 'SEX'],
    minimumCount: 1,
    total: 187,
    previousYearTotal: 88,
    cells: [
      { programme: 'E2C_NG', sex: 'F', count: 90, suppressed: false },
      { programme: 'E2C_NG', sex: 'M', count: 97, suppressed: false },
    ],
    ...overrides,
  }
}

async function open(role: Role, routes: Routes = {}, locale: Locale = 'fr') {
  const api = fakeApi({
    'GET /api/v1/school-years': () => json(page(schoolYears)),
    'GET /api/v1/directorates': () => json(page(role === 'academy-analyst' ? directorates : directorates.slice(1))),
    'GET /api/v1/associations': () => json(page([])),
    'GET /api/v1/statistics/beneficiaries': () => json(laayoune()),
    ...routes,
  })
  const mounted = await mountInApp(StatisticsPage, { user: userWith(role), path: '/statistics', locale })
  wrapper = mounted.wrapper
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
    const chart = charts.at(-1)!
    expect(chart.type).toBe('bar')
    expect(chart.data.labels).toEqual(['E2C-NG'])
    expect(chart.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Fille', [90]],
      ['Garçon', [97]],
    ])
    expect(chart.options.scales.x.stacked).toBe(true)
    expect(byTestId('statistics-left-out').exists()).toBe(false)
  })

  it('shows the academy small counts as hidden, never as 0, and leaves them out of the chart', async () => {
    await open('academy-analyst', {
      'GET /api/v1/statistics/beneficiaries': () =>
        json(
          laayoune({
            directorates: ['BOJ', 'LAA'],
            minimumCount: 5,
            total: 193,
            previousYearTotal: null,
            cells: [
              { programme: 'E2C_NG', sex: 'F', count: 90, suppressed: false },
              { programme: 'E2C_NG', sex: 'M', count: 97, suppressed: false },
              { programme: 'NFE_BASIC', sex: 'F', count: null, suppressed: true },
              { programme: 'NFE_BASIC', sex: 'M', count: null, suppressed: true },
            ],
          }),
        ),
    })

    expect(rows()).toEqual([
      ['E2C-NG', 'Fille', '90'],
      ['E2C-NG', 'Garçon', '97'],
      ['ENF – E2C de base', 'Fille', '< 5'],
      ['ENF – E2C de base', 'Garçon', '< 5'],
    ])
    expect(byTestId('statistics-table').text()).not.toMatch(/\b0\b/)
    expect(byTestId('statistics-hidden').attributes('title')).toBe('Effectif masqué : moins de 5')
    expect(byTestId('statistics-hidden-legend').text()).toContain('effectif de 1 à 4 masqué pour qu’aucun enfant ne puisse être reconnu')

    const chart = charts.at(-1)!
    expect(chart.data.labels).toEqual(['E2C-NG'])
    expect(chart.data.datasets.flatMap((d) => d.data)).toEqual([90, 97])
    expect(byTestId('statistics-left-out').text()).toBe('2 effectifs masqués ne sont pas représentés dans le graphique.')

    // The year before is unknown or hidden: no growth is made up.
    expect(byTestId('statistics-previous').text()).toContain('Inconnu, ou masqué parce que trop petit')
    expect(byTestId('statistics-growth').exists()).toBe(false)
  })

  it('shows a hidden total as hidden', async () => {
    await open('academy-analyst', {
      'GET /api/v1/statistics/beneficiaries': () =>
        json(laayoune({ minimumCount: 5, total: null, previousYearTotal: null, cells: [{ programme: 'E2C_NG', sex: 'F', count: null, suppressed: true }] })),
    })
    expect(spaces(byTestId('statistics-total').text())).toBe('< 5')
    expect(rows()).toEqual([['E2C-NG', 'Fille', '< 5']])
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
              { centreId: 5, centreNameAr: hayAlWahda.nameAr, age: 15, nationality: 'MA', outcome: null, count: 150, suppressed: false },
              { centreId: 5, centreNameAr: hayAlWahda.nameAr, age: 16, nationality: 'SN', outcome: 'REINTEGRATED_FORMAL_SCHOOL', count: 3, suppressed: false },
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
    const headers = byTestId('statistics-table').findAll('thead th').map((th) => spaces(th.text()))
    expect(headers).toEqual(['Centre', 'Âge', 'Nationalité', 'Issue', 'Bénéficiaires'])
    expect(rows()).toEqual([
      [hayAlWahda.nameAr, '15 ans', 'Maroc', 'En cours, sans issue', '150'],
      [hayAlWahda.nameAr, '16 ans', 'Sénégal', 'Réintégré dans l’école formelle', '3'],
    ])
    expect(charts.at(-1)!.data.labels).toEqual([hayAlWahda.nameAr])
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
    const chart = charts.at(-1)!
    expect(chart.options.locale).toBe('ar-MA')
    expect(chart.options.scales.x.reverse).toBe(true)
    expect(chart.options.plugins.legend.rtl).toBe(true)
  })
})
