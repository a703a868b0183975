import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import SelectButton from 'primevue/selectbutton'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { hayAlWahda } from '@/test/fixtures'
import CentreForm from './CentreForm.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const reference = {
  'GET /api/v1/directorates/LAA/communes': () =>
    json(page([{ code: 'LAA-LAAYOUNE', nameAr: 'العيون', nameFr: 'Laâyoune' }])),
  'GET /api/v1/associations': () => json(page([{ id: 3, nameAr: 'جمعية التميز للمرأة والطفل', active: true }])),
}

async function open(routes: Parameters<typeof fakeApi>[0], path = '/centres/new', props: Record<string, unknown> = {}) {
  const api = fakeApi({ ...reference, ...routes })
  const mounted = await mountInApp(CentreForm, { user: userWith('directorate-staff'), path, mounting: { props } })
  wrapper = mounted.wrapper
  await flushPromises()
  return { api, router: mounted.router }
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const choose = async (component: typeof Select | typeof SelectButton, id: string, value: unknown) => {
  componentByTestId(wrapper!, component, id).vm.$emit('update:modelValue', value)
  await flushPromises()
}

describe('CentreForm', () => {
  it('offers strands and trades for a new-generation centre only, with a class cap of 20 by default', async () => {
    await open({})
    expect((byTestId('centre-classCap').element as HTMLInputElement).value).toBe('20')
    expect(byTestId('centre-e2c').exists()).toBe(false)
    await choose(SelectButton, 'centre-type', 'E2C_NG')
    expect(byTestId('centre-strand-TRADES_INTRODUCTION').exists()).toBe(true)
    expect(byTestId('centre-trades').exists()).toBe(false)
  })

  it('opens a centre and goes to its page', async () => {
    const { api, router } = await open({ 'POST /api/v1/centres': () => json({ ...hayAlWahda, id: 12 }, 201) })
    await byTestId('centre-nameAr').setValue('مركز الفرصة الثانية الجيل الجديد - حي الوحدة')
    await choose(SelectButton, 'centre-type', 'E2C_NG')
    await choose(Select, 'centre-associationId', 3)
    await choose(Select, 'centre-communeCode', 'LAA-LAAYOUNE')
    await byTestId('centre-capacity').setValue('40')
    await byTestId('centre-save').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({
      nameAr: 'مركز الفرصة الثانية الجيل الجديد - حي الوحدة',
      type: 'E2C_NG',
      associationId: 3,
      communeCode: 'LAA-LAAYOUNE',
      capacity: 40,
      classCap: 20,
      strands: [],
      trades: [],
    })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/centres/12'))
  })

  it('shows each server field error beside its own field', async () => {
    await open(
      {
        'GET /api/v1/centres/5': () => json(hayAlWahda),
        'PUT /api/v1/centres/5': () =>
          problem(400, {
            type: 'https://forsa.ma/problems/validation',
            title: 'Invalid input',
            errors: [
              { field: 'update.input.capacity', message: 'must be less than or equal to 10000' },
              { field: 'trades[1]', message: 'must not be blank' },
            ],
          }),
      },
      '/centres/5/edit',
      { id: '5' },
    )

    expect((byTestId('centre-nameFr').element as HTMLInputElement).value).toBe(hayAlWahda.nameFr)
    await byTestId('centre-save').trigger('submit')
    await flushPromises()

    const capacity = byTestId('error-capacity')
    expect(capacity.text()).toBe('must be less than or equal to 10000')
    expect(capacity.element.closest('.form-field')?.querySelector('[data-testid="centre-capacity"]')).not.toBeNull()
    const trades = byTestId('error-trades')
    expect(trades.element.closest('.form-field')?.querySelector('[data-testid="centre-trades"]')).not.toBeNull()
  })

  it('sends the version it loaded', async () => {
    const { api } = await open(
      {
        'GET /api/v1/centres/5': () => json(hayAlWahda),
        'PUT /api/v1/centres/5': () => json({ ...hayAlWahda, version: 3 }),
      },
      '/centres/5/edit',
      { id: '5' },
    )
    await byTestId('centre-save').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({
      version: 2,
      strands: ['EDUCATIONAL_UPGRADING', 'TRADES_INTRODUCTION'],
      trades: ['Électricité', 'Informatique'],
      openedOn: '2025-10-01',
    })
  })

  it('after a stale save, shows the centre as changed meanwhile beside the form, and saves the choice on its version', async () => {
    let reads = 0
    const changed = {
      ...hayAlWahda,
      address: 'شارع السمارة، العيون',
      capacity: 50,
      strands: ['EDUCATIONAL_UPGRADING' as const],
      trades: [],
      version: 3,
    }
    const { api } = await open(
      {
        'GET /api/v1/centres/5': () => json(reads++ === 0 ? hayAlWahda : changed),
        'PUT /api/v1/centres/5': () =>
          api.bodies.length === 1
            ? problem(409, {
                type: 'https://forsa.ma/problems/stale-version',
                title: 'Changed by someone else',
                errors: [{ field: 'version', message: 'stale: current version is 3' }],
              })
            : json({ ...changed, capacity: 45, classCap: 25, version: 4 }),
      },
      '/centres/5/edit',
      { id: '5' },
    )
    await byTestId('centre-capacity').setValue('45')
    await byTestId('centre-classCap').setValue('25')
    await byTestId('centre-save').trigger('submit')
    await flushPromises()

    expect(byTestId('centre-conflict').exists()).toBe(false)
    const rows = wrapper!.findAll('[data-testid="version-conflict"] tbody tr')
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual([
      'conflict-address',
      'conflict-capacity',
      'conflict-classCap',
      'conflict-strands',
      'conflict-trades',
    ])
    expect(byTestId('conflict-capacity').text()).toContain('Capacité (apprenants à la fois)')
    expect(byTestId('conflict-strands-mine').element.closest('label')?.textContent).toContain(
      'Mise à niveau éducative, Initiation aux métiers',
    )
    expect(byTestId('conflict-strands-theirs').element.closest('label')?.textContent?.trim()).toBe(
      'Mise à niveau éducative',
    )
    // what only the server changed is offered as the server has it, what the person changed as they wrote it
    const chosen = (id: string) => (byTestId(id).find('input').element as HTMLInputElement).checked
    expect(['address', 'capacity', 'classCap', 'strands', 'trades'].map((f) => chosen(`conflict-${f}-theirs`))).toEqual(
      [true, false, false, true, true],
    )
    await byTestId('conflict-apply').trigger('click')
    await flushPromises()
    expect(byTestId('version-conflict').exists()).toBe(false)

    await byTestId('centre-save').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({
      address: 'شارع السمارة، العيون',
      capacity: 45,
      classCap: 25,
      strands: ['EDUCATIONAL_UPGRADING'],
      trades: [],
      version: 3,
    })
  })
})
