import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { campaign, childCase } from '@/test/fixtures'
import CasesBoard from './CasesBoard.vue'

let wrapper: VueWrapper | undefined
let router: Awaited<ReturnType<typeof mountInApp>>['router']
afterEach(() => wrapper?.unmount())

const COUNTS = {
  byStatus: { IDENTIFIED: 6, CONTACTED: 6, REFERRED: 5, ENROLLED: 12, DECLINED: 3, UNREACHABLE: 3, NOT_ELIGIBLE: 3 },
  total: 38,
}

async function openAs(role: Role, path = '/cases') {
  const api = fakeApi({
    'GET /api/v1/cases': () =>
      json(
        page([
          childCase(),
          childCase({ id: 15, firstNameAr: 'الحسين', lastNameAr: 'الخليل', birthDate: undefined, estimatedAge: 10 }),
        ]),
      ),
    'GET /api/v1/cases/counts': () => json(COUNTS),
    'GET /api/v1/campaigns': () => json(page([campaign()])),
    'GET /api/v1/associations': () =>
      json(page([{ id: 3, nameAr: 'جمعية التميز للمرأة والطفل', nameFr: 'Association Excellence', active: true }])),
  })
  const mounted = await mountInApp(CasesBoard, { user: userWith(role), path })
  wrapper = mounted.wrapper
  router = mounted.router
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const lastQuery = (api: Awaited<ReturnType<typeof openAs>>, path: string) =>
  Object.fromEntries(new URL(api.requests.filter((r) => new URL(r.url).pathname === path).at(-1)!.url).searchParams)

describe('CasesBoard', () => {
  it('shows how many children are at each step, and the children, each linking to their record', async () => {
    await openAs('directorate-staff')
    expect(byTestId('case-step-count-all').text()).toBe('38')
    expect(byTestId('case-step-count-IDENTIFIED').text()).toBe('6')
    expect(byTestId('case-step-REFERRED').text()).toContain('Orienté')
    expect(byTestId('case-step-count-ENROLLED').text()).toBe('12')
    expect(byTestId('case-step-count-NOT_ELIGIBLE').text()).toBe('3')
    expect(byTestId('cases-count').text()).toBe('2 enfants')

    const rows = byTestId('cases-table').findAll('tbody tr')
    expect(rows[0]!.text()).toContain('سيدي بنعمر')
    expect(rows[0]!.text()).toContain('né(e) le 15 mar. 2010')
    expect(rows[0]!.text()).toContain('Association Excellence')
    expect(rows[0]!.text()).toContain('Repéré')
    expect(rows[1]!.text()).toContain('âge estimé : 10 ans')
    expect(byTestId('case-link-15').attributes('href')).toBe('/cases/15')
  })

  it('lists the children of the step chosen, and keeps the step in the address', async () => {
    const api = await openAs('association-staff')
    await byTestId('case-step-REFERRED').trigger('click')
    await flushPromises()

    expect(lastQuery(api, '/api/v1/cases')).toEqual({ page: '0', size: '20', status: 'REFERRED' })
    expect(router.currentRoute.value.query).toEqual({ status: 'REFERRED' })
    expect(byTestId('case-step-REFERRED').attributes('aria-pressed')).toBe('true')
    // the counts are of every step: choosing one does not ask for them again
    expect(api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/cases/counts')).toHaveLength(1)

    await byTestId('case-step-REFERRED').trigger('click')
    await flushPromises()
    expect(lastQuery(api, '/api/v1/cases')).toEqual({ page: '0', size: '20' })
    expect(router.currentRoute.value.query).toEqual({})
  })

  it('counts and lists the children of the campaign chosen, and keeps it in the address', async () => {
    const api = await openAs('directorate-admin')
    componentByTestId(wrapper!, Select, 'cases-campaign-filter').vm.$emit('update:modelValue', 4)
    await flushPromises()

    expect(lastQuery(api, '/api/v1/cases')).toEqual({ page: '0', size: '20', campaignId: '4' })
    expect(lastQuery(api, '/api/v1/cases/counts')).toEqual({ campaignId: '4' })
    expect(router.currentRoute.value.query).toEqual({ campaignId: '4' })
    expect(wrapper!.find('.f-back').attributes('href')).toBe('/campaigns/4')
  })

  it('starts from the step, campaign and name of a shared address', async () => {
    const api = await openAs('directorate-staff', '/cases?status=ENROLLED&campaignId=4&q=بنعمر&sort=NAME')
    expect(lastQuery(api, '/api/v1/cases')).toEqual({
      page: '0',
      size: '20',
      status: 'ENROLLED',
      campaignId: '4',
      q: 'بنعمر',
      sort: 'NAME',
      direction: 'ASC',
    })
    expect(lastQuery(api, '/api/v1/cases/counts')).toEqual({ campaignId: '4' })
    expect(byTestId('case-step-ENROLLED').attributes('aria-pressed')).toBe('true')
    expect(byTestId('case-step-all').attributes('aria-pressed')).toBe('false')
  })

  it('offers to record a child to whoever follows the children', async () => {
    await openAs('association-staff')
    await byTestId('case-new').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('case-new'))
  })
})
