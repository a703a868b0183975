import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { StopView } from '@/api/types'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { todayIso } from '@/lib/format'
import { campaign, schoolYears, stop } from '@/test/fixtures'
import CampaignsPage from './CampaignsPage.vue'

let wrapper: VueWrapper | undefined
let router: Awaited<ReturnType<typeof mountInApp>>['router']
afterEach(() => wrapper?.unmount())

async function openAs(role: Role, path = '/campaigns', stopsToday: StopView[] = []) {
  const api = fakeApi({
    'GET /api/v1/stops': () => json(page(stopsToday)),
    'GET /api/v1/school-years': () => json(page(schoolYears)),
    'GET /api/v1/campaigns': () => json(page([campaign(), campaign({ id: 5, titleFr: undefined, status: 'PLANNED' })])),
  })
  const mounted = await mountInApp(CampaignsPage, { user: userWith(role), path })
  wrapper = mounted.wrapper
  router = mounted.router
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const lastList = (api: Awaited<ReturnType<typeof openAs>>) =>
  Object.fromEntries(
    new URL(api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/campaigns').at(-1)!.url).searchParams,
  )

describe('CampaignsPage', () => {
  it('lists the campaigns with their school year and status, each in the reader’s language when it has one', async () => {
    const api = await openAs('directorate-staff')
    const rows = byTestId('campaigns-table').findAll('tbody tr')
    expect(rows[0]!.text()).toContain('Campagne de sensibilisation à l’éducation non formelle')
    expect(rows[0]!.text()).toContain('2025/2026')
    expect(rows[0]!.text()).toContain('En cours')
    expect(rows[1]!.text()).toContain('الحملة التحسيسية للتربية غير النظامية')
    expect(rows[1]!.text()).toContain('Planifiée')
    expect(byTestId('campaign-count').text()).toBe('2 campagnes')
    expect(lastList(api)).toEqual({ page: '0', size: '20' })
  })

  it('asks the server for the status and school year chosen, and keeps them in the address', async () => {
    const api = await openAs('directorate-admin')
    componentByTestId(wrapper!, Select, 'campaign-status-filter').vm.$emit('update:modelValue', 'ACTIVE')
    componentByTestId(wrapper!, Select, 'campaign-school-year-filter').vm.$emit('update:modelValue', '2024/2025')
    await flushPromises()
    expect(lastList(api)).toEqual({ page: '0', size: '20', status: 'ACTIVE', schoolYear: '2024/2025' })
    expect(router.currentRoute.value.query).toEqual({ status: 'ACTIVE', schoolYear: '2024/2025' })
  })

  it('reads its filters and order back from a shared address', async () => {
    const api = await openAs('academy-analyst', '/campaigns?status=CLOSED&schoolYear=2024/2025&sort=TITLE')
    expect(lastList(api)).toEqual({
      page: '0',
      size: '20',
      status: 'CLOSED',
      schoolYear: '2024/2025',
      sort: 'TITLE',
      direction: 'ASC',
    })
  })

  it('ignores a status it does not offer in a pasted address', async () => {
    const api = await openAs('academy-analyst', '/campaigns?status=PAUSED')
    expect(lastList(api)).toEqual({ page: '0', size: '20' })
  })

  it('offers directorate staff alone to plan a campaign', async () => {
    await openAs('directorate-staff')
    expect(byTestId('campaign-new').exists()).toBe(true)
    wrapper!.unmount()
    await openAs('association-staff')
    expect(byTestId('campaigns-table').text()).toContain('2025/2026')
    expect(byTestId('campaign-new').exists()).toBe(false)
  })

  it('starts a field team’s day with the stops planned today, each opening its page', async () => {
    const api = await openAs('association-staff', '/campaigns', [stop({ visitOn: todayIso() })])
    const stops = api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/stops')
    expect(new URL(stops[0]!.url).searchParams.get('on')).toBe(todayIso())
    expect(byTestId('stops-today').find('a').attributes('href')).toBe('/caravans/6/stops/70')
  })

  it('says nothing of today’s stops when there are none, and asks none for the academy', async () => {
    await openAs('directorate-staff')
    expect(byTestId('stops-today').exists()).toBe(false)
    wrapper!.unmount()
    const api = await openAs('academy-analyst')
    expect(api.requests.some((r) => new URL(r.url).pathname === '/api/v1/stops')).toBe(false)
  })

  it('leads whoever follows the children found to their board, and not the academy', async () => {
    await openAs('association-staff')
    await byTestId('campaigns-cases').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('cases'))
    wrapper!.unmount()
    await openAs('academy-analyst')
    expect(byTestId('campaigns-cases').exists()).toBe(false)
  })
})
