import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import AssociationsPage from './AssociationsPage.vue'

const tamayuz = {
  id: 12,
  directorateCode: 'LAA',
  nameAr: 'جمعية التميز للمرأة والطفل',
  nameFr: 'Association Excellence pour la femme et l’enfant',
  acronym: 'AEFE',
  registrationNumber: null,
  communeCode: 'LAA-02',
  address: null,
  phone: null,
  email: null,
  contactName: null,
  active: true,
  version: 0,
  createdAt: '2025-09-16T09:00:00Z',
  updatedAt: '2025-09-16T09:00:00Z',
}

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  vi.useRealTimers()
})

function answerAssociations() {
  return fakeApi({
    'GET /api/v1/directorates/LAA/communes': () =>
      json(page([{ code: 'LAA-02', nameAr: 'المرسى', nameFr: 'El Marsa' }])),
    'GET /api/v1/associations': () => json(page([tamayuz])),
  })
}

async function openAs(role: Role) {
  const mounted = await mountInApp(AssociationsPage, { user: userWith(role), path: '/associations' })
  wrapper = mounted.wrapper
  await flushPromises()
  return mounted
}

describe('AssociationsPage', () => {
  it('lists the associations of the first page with their commune names', async () => {
    const api = answerAssociations()
    await openAs('directorate-staff')

    const table = wrapper!.find('[data-testid="associations-table"]')
    expect(table.text()).toContain('جمعية التميز للمرأة والطفل')
    expect(table.text()).toContain('El Marsa')
    expect(table.text()).toContain('Active')
    const list = api.requests.find((r) => new URL(r.url).pathname === '/api/v1/associations')!
    expect(Object.fromEntries(new URL(list.url).searchParams)).toEqual({ page: '0', size: '20' })
  })

  it.each(['directorate-staff', 'directorate-admin'] as const)('offers %s to create an association', async (role) => {
    answerAssociations()
    await openAs(role)
    expect(wrapper!.find('[data-testid="association-new"]').exists()).toBe(true)
  })

  it.each(['association-staff', 'academy-analyst'] as const)('renders no create button for %s', async (role) => {
    answerAssociations()
    await openAs(role)
    expect(wrapper!.find('[data-testid="association-new"]').exists()).toBe(false)
  })

  it('asks for inactive associations only when filtered so', async () => {
    const api = answerAssociations()
    await openAs('directorate-staff')

    await wrapper!.findComponent({ name: 'Select' }).vm.$emit('update:modelValue', 'inactive')
    await flushPromises()

    const last = api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/associations').at(-1)!
    expect(new URL(last.url).searchParams.get('active')).toBe('false')
    expect(new URL(last.url).searchParams.get('page')).toBe('0')
  })

  it('sends the search text once typing pauses', async () => {
    const api = answerAssociations()
    await openAs('directorate-staff')
    vi.useFakeTimers()

    const search = wrapper!.find('[data-testid="association-search"]')
    await search.setValue('ت')
    await search.setValue('تميز')
    await vi.runAllTimersAsync()
    vi.useRealTimers()
    await flushPromises()

    const lists = api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/associations')
    expect(lists).toHaveLength(2)
    expect(new URL(lists[1]!.url).searchParams.get('q')).toBe('تميز')
  })
})
