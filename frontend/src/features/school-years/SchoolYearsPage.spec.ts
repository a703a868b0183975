import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { inBody, typeInto } from '@/test/dom'
import { schoolYears } from '@/test/fixtures'
import SchoolYearsPage from './SchoolYearsPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

async function openAs(role: Role, routes: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({ 'GET /api/v1/school-years': () => json(page(schoolYears)), ...routes })
  const mounted = await mountInApp(SchoolYearsPage, { user: userWith(role), path: '/school-years' })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

describe('SchoolYearsPage', () => {
  it('lists the school years with the bands in force and where each comes from', async () => {
    await openAs('association-staff')
    const current = byTestId('school-year-2025/2026')
    expect(current.text()).toContain('En cours')
    expect(current.text()).toContain('âge calculé au 31 déc. 2025')
    expect(byTestId('band-2025/2026-NFE_BASIC').text()).toContain('8 à 15 ans')
    expect(byTestId('band-2025/2026-NFE_BASIC').text()).toContain('Par défaut')
    expect(byTestId('band-2025/2026-E2C_NG').text()).toContain('Propre à la direction')
    expect(byTestId('school-year-2024/2025').text()).not.toContain('En cours')
  })

  it.each(['directorate-staff', 'association-staff'] as const)('gives %s no way to change them', async (role) => {
    await openAs(role)
    expect(byTestId('school-year-new').exists()).toBe(false)
    expect(wrapper!.find('[data-testid^="band-set-"]').exists()).toBe(false)
    expect(wrapper!.find('[data-testid^="band-clear-"]').exists()).toBe(false)
  })

  it('lets the directorate admin set a band, and clear only the directorate’s own', async () => {
    const api = await openAs('directorate-admin', {
      'PUT /api/v1/school-years/2/age-bands/NFE_BASIC': () => json(schoolYears[0]),
    })
    expect(byTestId('school-year-new').exists()).toBe(true)
    expect(byTestId('band-clear-2025/2026-NFE_BASIC').exists()).toBe(false)
    expect(byTestId('band-clear-2025/2026-E2C_NG').exists()).toBe(true)

    await byTestId('band-set-2025/2026-NFE_BASIC').trigger('click')
    await flushPromises()
    typeInto(inBody('band-minAge'), '9')
    typeInto(inBody('band-maxAge'), '16')
    inBody('band-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({ minAge: 9, maxAge: 16 })
  })

  it('opens a school year and shows a refusal beside its field', async () => {
    const api = await openAs('directorate-admin', {
      'POST /api/v1/school-years': () =>
        problem(409, {
          type: 'https://forsa.ma/problems/conflict',
          title: 'Conflict',
          detail: 'School year 2026/2027 already exists.',
          errors: [{ field: 'code', message: 'School year 2026/2027 already exists.' }],
        }),
    })
    await byTestId('school-year-new').trigger('click')
    await flushPromises()
    expect((inBody('school-year-code') as HTMLInputElement).value).toBe('2026/2027')
    inBody('school-year-save')!.click()
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({ code: '2026/2027', startsOn: '2026-09-01', endsOn: '2027-07-31' })
    await vi.waitFor(() => expect(inBody('error-code')?.textContent).toContain('already exists'))
  })
})
