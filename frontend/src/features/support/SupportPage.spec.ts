import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, describe, expect, it } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { atRiskPupil, hayAlWahda, supportActivity } from '@/test/fixtures'
import SupportPage from './SupportPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

async function openAs(role: Role, path = '/support') {
  const api = fakeApi({
    'GET /api/v1/centres': () => json(page([hayAlWahda])),
    'GET /api/v1/support-activities': () =>
      json(
        page([
          supportActivity(),
          supportActivity({
            id: 31,
            kind: 'PARALLEL_ACTIVITY',
            category: 'SPORT',
            title: 'Tournoi de football',
            present: 14,
            attendance: Array.from({ length: 18 }, (_, i) => ({ learnerId: 100 + i, present: i < 14 })),
          }),
        ]),
      ),
    'GET /api/v1/at-risk-pupils': () => json(page([atRiskPupil()])),
  })
  const mounted = await mountInApp(SupportPage, { user: userWith(role), path })
  wrapper = mounted.wrapper
  await flushPromises()
  return { api, router: mounted.router }
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const lastQuery = (api: ReturnType<typeof fakeApi>, path: string) =>
  Object.fromEntries(new URL(api.requests.filter((r) => new URL(r.url).pathname === path).at(-1)!.url).searchParams)

describe('SupportPage', () => {
  it('lists the sessions with their kind, centre and attendance', async () => {
    await openAs('association-staff')
    const rows = byTestId('activities-table').findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('Groupe de parole')
    expect(rows[0]!.text()).toContain('Accompagnement psychologique')
    expect(rows[0]!.text()).toContain('Centre E2C nouvelle génération Hay Al Wahda')
    expect(rows[1]!.text()).toContain('Activité parallèle · Sport')
    expect(byTestId('activity-row-present-31').text()).toBe('14 / 18')
  })

  it('filters the sessions by centre, kind and dates', async () => {
    const { api } = await openAs('directorate-staff')
    componentByTestId(wrapper!, Select, 'activity-centre-filter').vm.$emit('update:modelValue', 5)
    componentByTestId(wrapper!, Select, 'activity-kind-filter').vm.$emit('update:modelValue', 'PARALLEL_ACTIVITY')
    await byTestId('activity-from-filter').setValue('2025-10-01')
    await byTestId('activity-to-filter').setValue('2025-12-31')
    await flushPromises()
    expect(lastQuery(api, '/api/v1/support-activities')).toEqual({
      page: '0',
      size: '20',
      centreId: '5',
      kind: 'PARALLEL_ACTIVITY',
      from: '2025-10-01',
      to: '2025-12-31',
    })
  })

  it('opens the pupils at risk on their tab, and keeps the tab in the address', async () => {
    const { api, router } = await openAs('association-staff')
    expect(api.requests.some((r) => new URL(r.url).pathname === '/api/v1/at-risk-pupils')).toBe(false)
    await byTestId('support-tab-pupils').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.tab).toBe('pupils')
    const row = byTestId('pupils-table').find('tbody tr').text()
    expect(row).toContain('يوسف العلوي')
    expect(row).toContain('Absences répétées')
    expect(row).toContain('Suivi en cours')
  })

  it('filters the pupils by follow-up state', async () => {
    const { api } = await openAs('association-staff', '/support?tab=pupils')
    componentByTestId(wrapper!, Select, 'pupil-status-filter').vm.$emit('update:modelValue', 'STABILISED')
    await flushPromises()
    expect(lastQuery(api, '/api/v1/at-risk-pupils')).toEqual({ page: '0', size: '20', status: 'STABILISED' })
  })

  it('lets association staff record sessions and follow pupils', async () => {
    await openAs('association-staff')
    expect(byTestId('activity-new').exists()).toBe(true)
    expect(byTestId('support-read-only').exists()).toBe(false)
    await byTestId('support-tab-pupils').trigger('click')
    await flushPromises()
    expect(byTestId('pupil-new').exists()).toBe(true)
  })

  it.each(['directorate-staff', 'directorate-admin'] as const)('shows %s both lists read-only', async (role) => {
    await openAs(role)
    expect(byTestId('support-read-only').exists()).toBe(true)
    expect(byTestId('activities-table').findAll('tbody tr')).toHaveLength(2)
    expect(byTestId('activity-new').exists()).toBe(false)
    await byTestId('support-tab-pupils').trigger('click')
    await flushPromises()
    expect(byTestId('pupils-table').findAll('tbody tr')).toHaveLength(1)
    expect(byTestId('pupil-new').exists()).toBe(false)
  })

  it('speaks Arabic, right to left', async () => {
    fakeApi({
      'GET /api/v1/centres': () => json(page([])),
      'GET /api/v1/support-activities': () => json(page([])),
    })
    const mounted = await mountInApp(SupportPage, {
      user: userWith('association-staff'),
      path: '/support',
      locale: 'ar',
    })
    wrapper = mounted.wrapper
    await flushPromises()
    expect(document.documentElement.dir).toBe('rtl')
    expect(byTestId('support-tab-activities').text()).toBe('الحصص والأنشطة')
    expect(byTestId('support-tab-pupils').text()).toBe('تلاميذ مهددون بالانقطاع')
    expect(byTestId('activity-count').text()).toBe('لا توجد حصص')
  })
})
