import { flushPromises, type VueWrapper } from '@vue/test-utils'
import SelectButton from 'primevue/selectbutton'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { childCase, stop } from '@/test/fixtures'
import StopPage from './StopPage.vue'

let wrapper: VueWrapper | undefined
let router: Awaited<ReturnType<typeof mountInApp>>['router']
afterEach(() => {
  wrapper?.unmount()
  Reflect.deleteProperty(navigator, 'geolocation')
})

type Routes = Parameters<typeof fakeApi>[0]

async function openAs(role: Role, routes: Routes = {}) {
  const api = fakeApi({
    'GET /api/v1/caravans/6/stops/70': () => json(stop()),
    'GET /api/v1/directorates/LAA/communes': () =>
      json(page([{ code: 'LAA-LAAYOUNE', nameAr: 'العيون', nameFr: 'Laâyoune' }])),
    'GET /api/v1/cases': () => json(page([])),
    ...routes,
  })
  const mounted = await mountInApp(StopPage, {
    user: userWith(role),
    path: '/caravans/6/stops/70',
    mounting: { props: { caravanId: '6', stopId: '70' } },
  })
  wrapper = mounted.wrapper
  router = mounted.router
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const chooseStatus = async (status: string) => {
  componentByTestId(wrapper!, SelectButton, 'stop-status-choice').vm.$emit('update:modelValue', status)
  await flushPromises()
}

describe('StopPage', () => {
  it('records what the team found, sending the stop as it was read with its results', async () => {
    const api = await openAs('association-staff', {
      'PUT /api/v1/caravans/6/stops/70': () =>
        json(stop({ status: 'DONE', householdsVisited: 23, peopleReached: 64, version: 1 })),
    })
    expect(byTestId('stop-place').text()).toContain('حي الوحدة')
    expect(wrapper!.text()).toContain('Laâyoune')
    await chooseStatus('DONE')
    await byTestId('stop-householdsVisited').setValue('23')
    await byTestId('stop-peopleReached').setValue('64')
    await byTestId('stop-notes').setValue('Trois enfants repérés')
    await byTestId('stop-save').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({
      visitOn: '2025-09-20',
      communeCode: 'LAA-LAAYOUNE',
      place: 'حي الوحدة',
      status: 'DONE',
      householdsVisited: 23,
      peopleReached: 64,
      notes: 'Trois enfants repérés',
      version: 0,
    })
    expect(byTestId('stop-status').text()).toBe('Effectuée')
  })

  it('refuses nothing itself, and shows the server’s refusal beside its field', async () => {
    const api = await openAs('directorate-staff', {
      'PUT /api/v1/caravans/6/stops/70': () =>
        problem(400, {
          type: 'https://forsa.ma/problems/validation',
          title: 'Invalid input',
          errors: [{ field: 'peopleReached', message: 'Results are recorded once the stop is DONE' }],
        }),
    })
    await byTestId('stop-peopleReached').setValue('40')
    await byTestId('stop-save').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toMatchObject({ status: 'PLANNED', peopleReached: 40 })
    const error = byTestId('error-peopleReached')
    expect(error.text()).toBe('Results are recorded once the stop is DONE')
    expect(error.element.closest('.form-field')?.querySelector('[data-testid="stop-peopleReached"]')).not.toBeNull()
  })

  it('takes the point from the device when asked', async () => {
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (found: PositionCallback) =>
          found({ coords: { latitude: 27.15361234, longitude: -13.20331 } } as GeolocationPosition),
      },
    })
    const api = await openAs('association-staff', {
      'PUT /api/v1/caravans/6/stops/70': () => json(stop({ latitude: 27.153612, longitude: -13.20331 })),
    })
    await byTestId('stop-locate').trigger('click')
    await flushPromises()
    expect((byTestId('stop-latitude').element as HTMLInputElement).value).toBe('27.153612')
    await byTestId('stop-save').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({ latitude: 27.153612, longitude: -13.20331 })
  })

  it('shows the academy analyst the stop and its results, with no form', async () => {
    await openAs('academy-analyst', {
      'GET /api/v1/caravans/6/stops/70': () =>
        json(
          stop({ status: 'DONE', householdsVisited: 23, peopleReached: 64, latitude: 27.1536, longitude: -13.2033 }),
        ),
    })
    expect(byTestId('stop-form').exists()).toBe(false)
    const details = byTestId('stop-details').text()
    expect(details).toContain('Ménages visités')
    expect(details).toContain('64')
    expect(byTestId('stop-details').find('a').attributes('href')).toContain('mlat=27.1536')
  })

  it('lists the children found at the stop, and opens the form to record one more there', async () => {
    const api = await openAs('association-staff', {
      'GET /api/v1/caravans/6/stops/70': () => json(stop({ status: 'DONE' })),
      'GET /api/v1/cases': () => json(page([childCase()])),
    })
    const asked = api.requests.find((r) => new URL(r.url).pathname === '/api/v1/cases')!
    expect(new URL(asked.url).searchParams.get('stopId')).toBe('70')
    expect(byTestId('stop-cases-count').text()).toBe('Un enfant')
    expect(byTestId('case-link-13').attributes('href')).toBe('/cases/13')
    expect(byTestId('stop-cases-table').text()).toContain('Repéré')

    await byTestId('stop-case-new').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/caravans/6/stops/70/cases/new'))
  })

  it('records no child at a cancelled stop, and shows the academy analyst no child at all', async () => {
    await openAs('directorate-staff', { 'GET /api/v1/caravans/6/stops/70': () => json(stop({ status: 'CANCELLED' })) })
    expect(byTestId('stop-cases').exists()).toBe(true)
    expect(byTestId('stop-case-new').exists()).toBe(false)
    wrapper!.unmount()

    const api = await openAs('academy-analyst')
    expect(byTestId('stop-cases').exists()).toBe(false)
    expect(api.requests.some((r) => new URL(r.url).pathname === '/api/v1/cases')).toBe(false)
  })

  it('shows the team’s values beside the ones saved meanwhile, field by field, and saves the choice on the new version', async () => {
    let reads = 0
    const api = await openAs('association-staff', {
      'GET /api/v1/caravans/6/stops/70': () =>
        json(reads++ === 0 ? stop() : stop({ notes: 'Visite reportée', place: 'حي الوحدة 2', version: 3 })),
      'PUT /api/v1/caravans/6/stops/70': (request) =>
        request.headers.get('Idempotency-Key') && api.bodies.length === 1
          ? problem(409, {
              type: 'https://forsa.ma/problems/stale-version',
              title: 'Changed by someone else',
              errors: [{ field: 'version', message: 'stale' }],
            })
          : json(stop({ status: 'DONE', peopleReached: 64, place: 'حي الوحدة 2', version: 4 })),
    })
    await chooseStatus('DONE')
    await byTestId('stop-peopleReached').setValue('64')
    await byTestId('stop-save').trigger('submit')
    await flushPromises()

    expect(byTestId('version-conflict').exists()).toBe(true)
    const rows = wrapper!
      .findAll('[data-testid^="conflict-"][data-testid$="-mine"]')
      .map((r) => r.attributes('data-testid'))
    expect(rows).toEqual([
      'conflict-place-mine',
      'conflict-status-mine',
      'conflict-peopleReached-mine',
      'conflict-notes-mine',
    ])
    await byTestId('conflict-place-theirs').find('input').setValue(true)
    await byTestId('conflict-notes-theirs').find('input').setValue(true)
    await byTestId('conflict-apply').trigger('click')
    await flushPromises()
    expect(byTestId('version-conflict').exists()).toBe(false)

    await byTestId('stop-save').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({
      place: 'حي الوحدة 2',
      notes: 'Visite reportée',
      status: 'DONE',
      peopleReached: 64,
      version: 3,
    })
  })
})
