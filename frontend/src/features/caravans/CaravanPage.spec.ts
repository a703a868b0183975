import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CampaignView } from '@/api/types'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import { componentByTestId, inBody, typeInto } from '@/test/dom'
import { campaign, caravan, stop } from '@/test/fixtures'
import CaravanPage from './CaravanPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

type Routes = Parameters<typeof fakeApi>[0]

async function openAs(role: Role, routes: Routes = {}, under: CampaignView = campaign()) {
  const api = fakeApi({
    'GET /api/v1/caravans/6': () => json(caravan()),
    'GET /api/v1/campaigns/4': () => json(under),
    'GET /api/v1/caravans/6/stops': () =>
      json(page([stop(), stop({ id: 71, visitOn: '2025-09-21', place: 'المرسى', status: 'DONE', peopleReached: 64 })])),
    'GET /api/v1/associations': () =>
      json(page([{ id: 3, nameAr: 'جمعية التميز للمرأة والطفل', nameFr: 'Association Excellence', active: true }])),
    'GET /api/v1/directorates/LAA/communes': () =>
      json(page([{ code: 'LAA-LAAYOUNE', nameAr: 'العيون', nameFr: 'Laâyoune' }])),
    ...routes,
  })
  const mounted = await mountInApp(CaravanPage, {
    user: userWith(role, role === 'association-staff' ? { associationId: 3 } : {}),
    path: '/caravans/6',
    mounting: { props: { id: '6' } },
  })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

describe('CaravanPage', () => {
  it('shows the team, its campaign and the itinerary by date, each stop opening its page', async () => {
    await openAs('directorate-staff')
    expect(byTestId('caravan-name').text()).toBe('قافلة الوحدة')
    expect(byTestId('caravan-campaign').attributes('href')).toBe('/campaigns/4')
    const team = byTestId('caravan-team').text()
    expect(team).toContain('Chef d’équipe')
    expect(team).toContain('Association Excellence')
    // A member of no association is the directorate's.
    expect(team).toContain('Direction provinciale')
    const stops = byTestId('caravan-itinerary').findAll('tbody tr')
    expect(stops.map((row) => row.find('a').text())).toEqual(['حي الوحدة', 'المرسى'])
    expect(stops[1]!.text()).toContain('Effectuée')
    expect(byTestId('stop-link-71').attributes('href')).toBe('/caravans/6/stops/71')
  })

  it.each([
    ['directorate-staff', true, true],
    ['association-staff', false, true],
    ['academy-analyst', false, false],
  ] as const)('gives %s the edit (%s) and the new stop (%s) actions', async (role, edit, addStop) => {
    await openAs(role)
    expect(byTestId('caravan-edit').exists()).toBe(edit)
    expect(byTestId('stop-add').exists()).toBe(addStop)
  })

  it('changes nothing under a closed campaign', async () => {
    await openAs('directorate-admin', {}, campaign({ status: 'CLOSED' }))
    expect(byTestId('caravan-edit').exists()).toBe(false)
    expect(byTestId('stop-add').exists()).toBe(false)
  })

  it('adds a stop to the itinerary and shows it there', async () => {
    let added = false
    const api = await openAs('association-staff', {
      'GET /api/v1/caravans/6/stops': () =>
        json(page(added ? [stop(), stop({ id: 72, visitOn: '2025-09-22', place: 'دوار لمسيد' })] : [stop()])),
      'POST /api/v1/caravans/6/stops': () => {
        added = true
        return json(stop({ id: 72, visitOn: '2025-09-22', place: 'دوار لمسيد' }), 201)
      },
    })
    await byTestId('stop-add').trigger('click')
    await flushPromises()
    typeInto(inBody('stop-new-visitOn'), '2025-09-22')
    componentByTestId(wrapper!, Select, 'stop-new-communeCode').vm.$emit('update:modelValue', 'LAA-LAAYOUNE')
    typeInto(inBody('stop-new-place'), 'دوار لمسيد')
    await flushPromises()
    inBody('stop-new-save')!.click()
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({
      visitOn: '2025-09-22',
      communeCode: 'LAA-LAAYOUNE',
      place: 'دوار لمسيد',
      status: 'PLANNED',
    })
    await vi.waitFor(() => expect(inBody('stop-add-dialog')).toBeNull())
    expect(byTestId('caravan-itinerary').text()).toContain('دوار لمسيد')
  })
})
