import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, describe, expect, it } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { agreement, schoolYears } from '@/test/fixtures'
import AgreementsPage from './AgreementsPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

async function openAs(role: Role) {
  const api = fakeApi({
    'GET /api/v1/agreements': () => json(page([agreement()])),
    'GET /api/v1/associations': () =>
      json(page([{ id: 3, nameAr: 'جمعية التميز للمرأة والطفل', nameFr: 'Association Excellence', active: true }])),
    'GET /api/v1/school-years': () => json(page(schoolYears)),
  })
  const mounted = await mountInApp(AgreementsPage, { user: userWith(role), path: '/agreements' })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

describe('AgreementsPage', () => {
  it('lists the agreements with their status and budget, filtered as asked', async () => {
    const api = await openAs('directorate-staff')
    const table = byTestId('agreements-table').text()
    expect(table).toContain('DP-LAA/2025/E2C-01')
    expect(table).toContain('Signée')
    expect(table.replace(/\s/g, ' ')).toContain('150.000,00 MAD')

    componentByTestId(wrapper!, Select, 'agreement-status-filter').vm.$emit('update:modelValue', 'ACTIVE')
    componentByTestId(wrapper!, Select, 'agreement-school-year-filter').vm.$emit('update:modelValue', '2025/2026')
    await flushPromises()
    const last = api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/agreements').at(-1)!
    expect(Object.fromEntries(new URL(last.url).searchParams)).toEqual({
      page: '0',
      size: '20',
      status: 'ACTIVE',
      schoolYear: '2025/2026',
    })
  })

  it('offers directorate staff, not association staff, to draft an agreement', async () => {
    await openAs('directorate-staff')
    expect(byTestId('agreement-new').exists()).toBe(true)
    wrapper!.unmount()
    await openAs('association-staff')
    expect(byTestId('agreement-new').exists()).toBe(false)
    expect(byTestId('agreement-association-filter').exists()).toBe(false)
  })
})
