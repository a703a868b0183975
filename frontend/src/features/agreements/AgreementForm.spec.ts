import { flushPromises, type VueWrapper } from '@vue/test-utils'
import MultiSelect from 'primevue/multiselect'
import Select from 'primevue/select'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { agreement, schoolYears } from '@/test/fixtures'
import AgreementForm from './AgreementForm.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const reference = {
  'GET /api/v1/associations': () => json(page([{ id: 3, nameAr: 'جمعية التميز للمرأة والطفل', active: true }])),
  'GET /api/v1/school-years': () => json(page(schoolYears)),
}

async function open(
  routes: Parameters<typeof fakeApi>[0],
  path = '/agreements/new',
  props: Record<string, unknown> = {},
) {
  const api = fakeApi({ ...reference, ...routes })
  const mounted = await mountInApp(AgreementForm, { user: userWith('directorate-staff'), path, mounting: { props } })
  wrapper = mounted.wrapper
  await flushPromises()
  return { api, router: mounted.router }
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

describe('AgreementForm', () => {
  it('drafts an agreement with its programmes and tranches, then opens it', async () => {
    const { api, router } = await open({
      'POST /api/v1/agreements': () => json(agreement({ id: 9, status: 'DRAFT' }), 201),
    })
    await byTestId('agreement-reference').setValue('DP-LAA/2025/E2C-01')
    componentByTestId(wrapper!, Select, 'agreement-associationId').vm.$emit('update:modelValue', 3)
    componentByTestId(wrapper!, MultiSelect, 'agreement-schoolYears').vm.$emit('update:modelValue', ['2025/2026'])
    componentByTestId(wrapper!, Select, 'agreement-programme-0').vm.$emit('update:modelValue', 'E2C_NG')
    await flushPromises()
    await byTestId('agreement-target-0').setValue('187')
    await byTestId('agreement-startsOn').setValue('2025-10-01')
    await byTestId('agreement-endsOn').setValue('2026-07-31')
    await byTestId('agreement-budgetMad').setValue('150000')
    await byTestId('agreement-add-tranche').trigger('click')
    await byTestId('agreement-tranche-amount-0').setValue('150000')
    await byTestId('agreement-tranche-due-0').setValue('2025-10-15')
    await byTestId('agreement-save').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({
      reference: 'DP-LAA/2025/E2C-01',
      associationId: 3,
      schoolYears: ['2025/2026'],
      programmes: [{ programme: 'E2C_NG', targetBeneficiaries: 187 }],
      startsOn: '2025-10-01',
      endsOn: '2026-07-31',
      budgetMad: 150000,
      tranches: [{ amountMad: 150000, dueOn: '2025-10-15' }],
    })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/agreements/9'))
  })

  it('shows a duplicate reference beside the reference', async () => {
    await open(
      {
        'GET /api/v1/agreements/8': () => json(agreement({ status: 'DRAFT' })),
        'PUT /api/v1/agreements/8': () =>
          problem(409, {
            type: 'https://forsa.ma/problems/conflict',
            title: 'Conflict',
            detail: 'Reference DP-LAA/2025/E2C-01 is already used by agreement 2.',
            errors: [{ field: 'reference', message: 'Reference DP-LAA/2025/E2C-01 is already used by agreement 2.' }],
          }),
      },
      '/agreements/8/edit',
      { id: '8' },
    )
    await byTestId('agreement-save').trigger('submit')
    await flushPromises()
    const error = byTestId('error-reference')
    expect(error.text()).toContain('already used')
    expect(error.element.closest('.form-field')?.querySelector('[data-testid="agreement-reference"]')).not.toBeNull()
  })

  it('keeps the terms of an agreement that is no longer a draft read-only', async () => {
    await open({ 'GET /api/v1/agreements/8': () => json(agreement()) }, '/agreements/8/edit', { id: '8' })
    expect(byTestId('agreement-not-draft').exists()).toBe(true)
    expect(byTestId('agreement-save').exists()).toBe(false)
    expect(byTestId('agreement-reference').attributes('disabled')).toBeDefined()
  })

  it('after a stale save, shows the tranches changed meanwhile a tranche a line, and saves the choice on the new version', async () => {
    let reads = 0
    const draft = agreement({ status: 'DRAFT', nextStatuses: ['SIGNED'], paidMad: 0, tranches: [] })
    const changed = {
      ...draft,
      tranches: [
        { number: 1, amountMad: 50000, dueOn: '2025-10-15' },
        { number: 2, amountMad: 100000, dueOn: '2026-02-15' },
      ],
      version: 5,
    }
    const { api } = await open(
      {
        'GET /api/v1/agreements/8': () => json(reads++ === 0 ? draft : changed),
        'PUT /api/v1/agreements/8': () =>
          api.bodies.length === 1
            ? problem(409, {
                type: 'https://forsa.ma/problems/stale-version',
                title: 'Changed by someone else',
                errors: [{ field: 'version', message: 'stale: current version is 5' }],
              })
            : json({ ...changed, budgetMad: 160000, version: 6 }),
      },
      '/agreements/8/edit',
      { id: '8' },
    )
    await byTestId('agreement-budgetMad').setValue('160000')
    await byTestId('agreement-save').trigger('submit')
    await flushPromises()

    const rows = wrapper!.findAll('[data-testid="version-conflict"] tbody tr')
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual(['conflict-budgetMad', 'conflict-tranches'])
    expect(byTestId('conflict-tranches').text()).toContain('Tranches de paiement')
    const tranches = byTestId('conflict-tranches-theirs').element.closest('label')!.textContent!.trim().split('\n')
    expect(tranches).toHaveLength(2)
    expect(tranches[1]).toMatch(/^100.000,00.MAD · 15 .+ 2026$/)
    await byTestId('conflict-apply').trigger('click')
    await flushPromises()

    await byTestId('agreement-save').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({
      budgetMad: 160000,
      tranches: [
        { amountMad: 50000, dueOn: '2025-10-15' },
        { amountMad: 100000, dueOn: '2026-02-15' },
      ],
      version: 5,
    })
  })
})
