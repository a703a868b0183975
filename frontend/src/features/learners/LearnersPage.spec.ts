import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { amina, hayAlWahda, schoolYears } from '@/test/fixtures'
import LearnersPage from './LearnersPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  vi.useRealTimers()
})

async function openAs(role: Role) {
  const api = fakeApi({
    'GET /api/v1/learners': () => json(page([amina])),
    'GET /api/v1/school-years': () => json(page(schoolYears)),
    'GET /api/v1/centres': () => json(page([hayAlWahda])),
  })
  const mounted = await mountInApp(LearnersPage, { user: userWith(role), path: '/learners' })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const lastSearch = (api: Awaited<ReturnType<typeof openAs>>) =>
  Object.fromEntries(
    new URL(api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/learners').at(-1)!.url).searchParams,
  )

describe('LearnersPage', () => {
  it('lists the learners with their names in both scripts', async () => {
    await openAs('association-staff')
    const table = byTestId('learners-table').text()
    expect(table).toContain('أمينة الصحراوي')
    expect(table).toContain('Amina Sahraoui')
    expect(byTestId('learner-new').exists()).toBe(true)
  })

  it('searches by name once typing pauses, and by MASSAR code, birth date, sex, centre and school year', async () => {
    const api = await openAs('directorate-staff')
    vi.useFakeTimers()
    await byTestId('learner-search').setValue('فاطمة الزهراء')
    await byTestId('learner-massar-filter').setValue('g130045678')
    await vi.runAllTimersAsync()
    vi.useRealTimers()
    await byTestId('learner-birthdate-filter').setValue('2010-03-15')
    componentByTestId(wrapper!, Select, 'learner-sex-filter').vm.$emit('update:modelValue', 'F')
    componentByTestId(wrapper!, Select, 'learner-centre-filter').vm.$emit('update:modelValue', 5)
    componentByTestId(wrapper!, Select, 'learner-school-year-filter').vm.$emit('update:modelValue', '2025/2026')
    await flushPromises()

    expect(lastSearch(api)).toEqual({
      page: '0',
      size: '20',
      q: 'فاطمة الزهراء',
      massarCode: 'G130045678',
      birthDate: '2010-03-15',
      sex: 'F',
      centreId: '5',
      schoolYear: '2025/2026',
    })
  })
})
