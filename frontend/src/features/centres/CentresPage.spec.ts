import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, describe, expect, it } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { hayAlWahda } from '@/test/fixtures'
import CentresPage from './CentresPage.vue'

let wrapper: VueWrapper | undefined
let router: Awaited<ReturnType<typeof mountInApp>>['router']
afterEach(() => wrapper?.unmount())

async function openAs(role: Role, path = '/centres', totalItems = 1) {
  const api = fakeApi({
    'GET /api/v1/directorates/LAA/communes': () =>
      json(page([{ code: 'LAA-LAAYOUNE', nameAr: 'العيون', nameFr: 'Laâyoune' }])),
    'GET /api/v1/associations': () =>
      json(page([{ id: 3, nameAr: 'جمعية التميز للمرأة والطفل', nameFr: 'Association Excellence', active: true }])),
    'GET /api/v1/centres': () => json({ ...page([hayAlWahda]), totalItems, totalPages: Math.ceil(totalItems / 20) }),
  })
  const mounted = await mountInApp(CentresPage, { user: userWith(role), path })
  wrapper = mounted.wrapper
  router = mounted.router
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const lastList = (api: Awaited<ReturnType<typeof openAs>>) =>
  new URL(api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/centres').at(-1)!.url).searchParams

describe('CentresPage', () => {
  it('lists the centres of the first page with their programme, association and commune', async () => {
    const api = await openAs('directorate-staff')
    const table = byTestId('centres-table').text()
    expect(table).toContain('Centre E2C nouvelle génération Hay Al Wahda')
    expect(table).toContain('E2C-NG')
    expect(table).toContain('Association Excellence')
    expect(table).toContain('Laâyoune')
    expect(Object.fromEntries(lastList(api))).toEqual({ page: '0', size: '20' })
  })

  it('asks the server for the type, association and status chosen', async () => {
    const api = await openAs('directorate-admin')
    componentByTestId(wrapper!, Select, 'centre-type-filter').vm.$emit('update:modelValue', 'NFE_BASIC')
    componentByTestId(wrapper!, Select, 'centre-association-filter').vm.$emit('update:modelValue', 3)
    componentByTestId(wrapper!, Select, 'centre-status-filter').vm.$emit('update:modelValue', 'inactive')
    await flushPromises()
    expect(Object.fromEntries(lastList(api))).toEqual({
      page: '0',
      size: '20',
      type: 'NFE_BASIC',
      associationId: '3',
      active: 'false',
    })
  })

  it('keeps its filters, page and order in the address, so a reload or a shared link shows the same list', async () => {
    const api = await openAs(
      'directorate-admin',
      '/centres?type=E2C_NG&status=active&page=3&sort=CAPACITY&direction=DESC',
      100,
    )
    expect(Object.fromEntries(lastList(api))).toEqual({
      page: '2',
      size: '20',
      type: 'E2C_NG',
      active: 'true',
      sort: 'CAPACITY',
      direction: 'DESC',
    })
    componentByTestId(wrapper!, Select, 'centre-association-filter').vm.$emit('update:modelValue', 3)
    await flushPromises()
    // a new filter starts from the first page, and the address says so
    expect(router.currentRoute.value.query).toEqual({
      type: 'E2C_NG',
      status: 'active',
      associationId: '3',
      sort: 'CAPACITY',
      direction: 'DESC',
    })
    expect(lastList(api).get('page')).toBe('0')
  })

  it('ignores what it does not offer in a pasted address', async () => {
    const api = await openAs('directorate-admin', '/centres?type=WHATEVER&sort=PASSWORD&page=-4&associationId=x')
    expect(Object.fromEntries(lastList(api))).toEqual({ page: '0', size: '20' })
  })

  it.each(['directorate-staff', 'directorate-admin'] as const)('offers %s to open a centre', async (role) => {
    await openAs(role)
    expect(byTestId('centre-new').exists()).toBe(true)
  })

  it('shows association staff their centres, with neither a create button nor an association filter', async () => {
    await openAs('association-staff')
    expect(byTestId('centres-table').text()).toContain('Hay Al Wahda')
    expect(byTestId('centre-new').exists()).toBe(false)
    expect(byTestId('centre-association-filter').exists()).toBe(false)
  })
})
