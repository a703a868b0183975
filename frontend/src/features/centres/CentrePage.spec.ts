import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import { componentByTestId, inBody } from '@/test/dom'
import { hayAlWahda, placement, schoolYears } from '@/test/fixtures'
import CentrePage from './CentrePage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

type Routes = Parameters<typeof fakeApi>[0]

const enrolled = [
  placement(),
  placement({ id: 91, learnerId: 42, learnerNameAr: 'يوسف البقالي', learnerNameLatin: null as never, classNumber: 2 }),
]
const waiting = [
  placement({
    id: 95,
    learnerId: 50,
    learnerNameAr: 'سعيد',
    status: 'WAITING',
    waitingPosition: 1,
    classNumber: undefined,
  }),
  placement({
    id: 96,
    learnerId: 51,
    learnerNameAr: 'مريم',
    status: 'WAITING',
    waitingPosition: 2,
    classNumber: undefined,
  }),
]

async function openAs(role: Role, routes: Routes = {}) {
  const api = fakeApi({
    'GET /api/v1/centres/5': () => json(hayAlWahda),
    'GET /api/v1/school-years': () => json(page(schoolYears)),
    'GET /api/v1/directorates/LAA/communes': () =>
      json(page([{ code: 'LAA-LAAYOUNE', nameAr: 'العيون', nameFr: 'Laâyoune' }])),
    'GET /api/v1/associations': () => json(page([{ id: 3, nameAr: 'جمعية التميز للمرأة والطفل', active: true }])),
    'GET /api/v1/placements': (request) =>
      json(page(new URL(request.url).searchParams.get('status') === 'WAITING' ? waiting : enrolled)),
    ...routes,
  })
  const mounted = await mountInApp(CentrePage, {
    user: userWith(role, role === 'association-staff' ? { associationId: 3 } : {}),
    path: '/centres/5',
    mounting: { props: { id: '5' } },
  })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const placementQueries = (api: Awaited<ReturnType<typeof openAs>>) =>
  api.requests
    .filter((r) => new URL(r.url).pathname === '/api/v1/placements')
    .map((r) => Object.fromEntries(new URL(r.url).searchParams))

describe('CentrePage', () => {
  it('lists the learners enrolled and the waiting list, in order, for the current school year', async () => {
    const api = await openAs('association-staff')

    expect(byTestId('centre-name').text()).toContain('Centre E2C nouvelle génération Hay Al Wahda')
    expect(byTestId('centre-details').text()).toContain('Initiation aux métiers')
    expect(placementQueries(api)).toEqual(
      expect.arrayContaining([
        { centreId: '5', schoolYear: '2025/2026', status: 'ENROLLED', page: '0', size: '20' },
        { centreId: '5', schoolYear: '2025/2026', status: 'WAITING', page: '0', size: '20' },
      ]),
    )
    const learners = byTestId('centre-learners')
    expect(learners.text()).toContain('أمينة الصحراوي')
    expect(learners.text()).toContain('يوسف البقالي')
    expect(byTestId('centre-occupancy').text()).toBe('Inscrits : 2 / 40 places')
    const rows = byTestId('centre-waiting').findAll('tbody tr')
    expect(rows.map((r) => r.find('[data-testid^="waiting-position-"]').text())).toEqual(['1', '2'])
    expect(rows[0]!.text()).toContain('سعيد')
  })

  it('follows the school year chosen', async () => {
    const api = await openAs('directorate-staff')
    componentByTestId(wrapper!, Select, 'centre-school-year').vm.$emit('update:modelValue', '2024/2025')
    await flushPromises()
    expect(
      placementQueries(api)
        .slice(-2)
        .map((q) => q.schoolYear),
    ).toEqual(['2024/2025', '2024/2025'])
  })

  it('lets association staff end and transfer placements but not manage the centre', async () => {
    await openAs('association-staff')
    expect(byTestId('centre-edit').exists()).toBe(false)
    expect(byTestId('centre-deactivate').exists()).toBe(false)
    expect(byTestId('placement-end-90').exists()).toBe(true)
    expect(byTestId('placement-transfer-90').exists()).toBe(true)
    expect(byTestId('placement-withdraw-95').exists()).toBe(true)
  })

  it('lets directorate staff manage the centre', async () => {
    await openAs('directorate-staff')
    expect(byTestId('centre-edit').exists()).toBe(true)
    expect(byTestId('centre-deactivate').exists()).toBe(true)
  })

  it('ends a placement with the outcome chosen', async () => {
    const api = await openAs('association-staff', {
      'POST /api/v1/placements/90/end': () =>
        json(placement({ status: 'ENDED', outcome: 'REINTEGRATED_FORMAL_SCHOOL' })),
    })
    await byTestId('placement-end-90').trigger('click')
    await flushPromises()
    componentByTestId(wrapper!, Select, 'placement-outcome').vm.$emit('update:modelValue', 'REINTEGRATED_FORMAL_SCHOOL')
    await flushPromises()
    inBody('placement-end-save')!.click()
    await flushPromises()

    expect(api.bodies.at(-1)).toMatchObject({ outcome: 'REINTEGRATED_FORMAL_SCHOOL' })
    await vi.waitFor(() => expect(inBody('placement-end-dialog')).toBeNull())
  })

  it('withdraws from the waiting list with the only outcome possible there', async () => {
    const api = await openAs('association-staff', {
      'POST /api/v1/placements/96/end': () => json(placement({ id: 96, status: 'ENDED', outcome: 'WITHDRAWN' })),
    })
    await byTestId('placement-withdraw-96').trigger('click')
    await flushPromises()
    inBody('placement-end-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({ outcome: 'WITHDRAWN' })
  })

  it('transfers to another open centre of the same programme', async () => {
    const other = { ...hayAlWahda, id: 6, nameFr: 'Centre E2C El Marsa', nameAr: 'مركز المرسى' }
    const api = await openAs('directorate-staff', {
      'GET /api/v1/centres': () => json(page([hayAlWahda, other])),
      'POST /api/v1/placements/90/transfer': () => json(placement({ id: 99, centreId: 6, transferredFromId: 90 })),
    })
    await byTestId('placement-transfer-90').trigger('click')
    await flushPromises()
    const centres = api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/centres').at(-1)!
    expect(Object.fromEntries(new URL(centres.url).searchParams)).toMatchObject({ type: 'E2C_NG', active: 'true' })
    const select = componentByTestId(wrapper!, Select, 'placement-transfer-centre')
    // The learner's own centre is not offered.
    expect((select.props() as { options: { value: number }[] }).options.map((o) => o.value)).toEqual([6])
    select.vm.$emit('update:modelValue', 6)
    await flushPromises()
    inBody('placement-transfer-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({ centreId: 6 })
  })
})
