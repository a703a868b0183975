import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { campaign, caravan } from '@/test/fixtures'
import CaravanForm from './CaravanForm.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const reference = {
  'GET /api/v1/campaigns/4': () => json(campaign()),
  'GET /api/v1/associations': () =>
    json(page([{ id: 3, nameAr: 'جمعية التميز للمرأة والطفل', nameFr: 'Association Excellence', active: true }])),
}

async function open(routes: Parameters<typeof fakeApi>[0], path: string, props: Record<string, unknown>) {
  const api = fakeApi({ ...reference, ...routes })
  const mounted = await mountInApp(CaravanForm, { user: userWith('directorate-staff'), path, mounting: { props } })
  wrapper = mounted.wrapper
  await flushPromises()
  return { api, router: mounted.router }
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const choose = async (id: string, value: unknown) => {
  componentByTestId(wrapper!, Select, id).vm.$emit('update:modelValue', value)
  await flushPromises()
}

describe('CaravanForm', () => {
  it('sends a caravan out under its campaign with its team, then opens it', async () => {
    const { api, router } = await open(
      { 'POST /api/v1/caravans': () => json(caravan({ id: 12 }), 201) },
      '/campaigns/4/caravans/new',
      { campaignId: '4' },
    )
    expect(wrapper!.text()).toContain('Campagne de sensibilisation à l’éducation non formelle')
    await byTestId('caravan-name').setValue('قافلة الوحدة')
    await byTestId('caravan-startsOn').setValue('2025-09-20')
    await byTestId('caravan-endsOn').setValue('2025-09-27')
    await byTestId('caravan-add-member').trigger('click')
    await byTestId('caravan-member-fullName-0').setValue('فاطمة الزهراء')
    // Members come from the campaign's associations, or from the directorate.
    const associations = componentByTestId(wrapper!, Select, 'caravan-member-associationId-0')
    expect((associations.props() as { options: { label: string }[] }).options.map((o) => o.label)).toEqual([
      'Association Excellence',
    ])
    await choose('caravan-member-associationId-0', 3)
    await byTestId('caravan-member-phone-0').setValue('+212 600 11 22 33')
    await byTestId('caravan-add-member').trigger('click')
    await byTestId('caravan-member-fullName-1').setValue('Youssef Alaoui')
    await choose('caravan-member-role-1', 'SOCIAL_WORKER')
    await byTestId('caravan-save').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({
      campaignId: 4,
      name: 'قافلة الوحدة',
      startsOn: '2025-09-20',
      endsOn: '2025-09-27',
      team: [
        { fullName: 'فاطمة الزهراء', associationId: 3, role: 'LEADER', phone: '+212 600 11 22 33' },
        { fullName: 'Youssef Alaoui', role: 'SOCIAL_WORKER' },
      ],
    })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/caravans/12'))
  })

  it('asks for each member’s name and role before sending anything', async () => {
    const { api } = await open({}, '/campaigns/4/caravans/new', { campaignId: '4' })
    await byTestId('caravan-name').setValue('قافلة المرسى')
    await byTestId('caravan-startsOn').setValue('2025-09-20')
    await byTestId('caravan-endsOn').setValue('2025-09-21')
    await byTestId('caravan-add-member').trigger('click')
    await byTestId('caravan-add-member').trigger('click')
    await byTestId('caravan-member-fullName-1').setValue('Youssef Alaoui')
    await byTestId('caravan-save').trigger('submit')
    await flushPromises()
    expect(byTestId('error-team-0-fullName').exists()).toBe(true)
    expect(byTestId('error-team-1-role').exists()).toBe(true)
    expect(byTestId('error-team-1-fullName').exists()).toBe(false)
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false)
  })

  it('keeps the members it read by their id, and shows a refused member in their own row', async () => {
    const { api } = await open(
      {
        'GET /api/v1/caravans/6': () => json(caravan()),
        'PUT /api/v1/caravans/6': () =>
          problem(400, {
            type: 'https://forsa.ma/problems/validation',
            title: 'Invalid input',
            errors: [{ field: 'update.input.team[1].phone', message: 'must match "^\\+?[0-9 ()\\-]{6,30}$"' }],
          }),
      },
      '/caravans/6/edit',
      { id: '6' },
    )
    await byTestId('caravan-member-remove-1').trigger('click')
    await byTestId('caravan-add-member').trigger('click')
    await byTestId('caravan-member-fullName-1').setValue('Hassan')
    await choose('caravan-member-role-1', 'DRIVER')
    await byTestId('caravan-member-phone-1').setValue('06-AB')
    await byTestId('caravan-save').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({
      campaignId: 4,
      name: 'قافلة الوحدة',
      startsOn: '2025-09-20',
      endsOn: '2025-09-27',
      team: [
        { id: 61, fullName: 'فاطمة الزهراء', associationId: 3, role: 'LEADER', phone: '+212 600 11 22 33' },
        { fullName: 'Hassan', role: 'DRIVER', phone: '06-AB' },
      ],
      version: 2,
    })
    expect(byTestId('error-team-1-phone').text()).toContain('Téléphone')
    expect(byTestId('caravan-member-1').find('[data-testid="error-team-1-phone"]').exists()).toBe(true)
    expect(byTestId('form-error').text()).toBe('Certains champs sont à corriger.')
  })

  it('after a stale save, shows the team changed meanwhile a member a line, and takes it whole on the new version', async () => {
    let reads = 0
    const changed = caravan({
      team: [
        ...caravan().team!,
        { id: 63, fullName: 'Hassan Idrissi', associationId: 3, role: 'DRIVER', phone: '0661223344' },
      ],
      version: 3,
    })
    const { api } = await open(
      {
        'GET /api/v1/caravans/6': () => json(reads++ === 0 ? caravan() : changed),
        'PUT /api/v1/caravans/6': () =>
          api.bodies.length === 1
            ? problem(409, {
                type: 'https://forsa.ma/problems/stale-version',
                title: 'Changed by someone else',
                errors: [{ field: 'version', message: 'stale: current version is 3' }],
              })
            : json({ ...changed, name: 'قافلة الوحدة 2', version: 4 }),
      },
      '/caravans/6/edit',
      { id: '6' },
    )
    await byTestId('caravan-name').setValue('قافلة الوحدة 2')
    await byTestId('caravan-save').trigger('submit')
    await flushPromises()

    const rows = wrapper!.findAll('[data-testid="version-conflict"] tbody tr')
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual(['conflict-name', 'conflict-team'])
    const theirs = byTestId('conflict-team-theirs').element.closest('label')!.textContent!
    expect(theirs.split('\n').map((line) => line.trim())).toEqual([
      'فاطمة الزهراء · Chef d’équipe · Association Excellence · +212 600 11 22 33',
      'Youssef Alaoui · Assistant social · Direction provinciale',
      'Hassan Idrissi · Chauffeur · Association Excellence · 0661223344',
    ])
    // only the server changed the team: offered as the server has it
    expect((byTestId('conflict-team-theirs').find('input').element as HTMLInputElement).checked).toBe(true)
    await byTestId('conflict-apply').trigger('click')
    await flushPromises()
    expect(byTestId('caravan-member-fullName-2').exists()).toBe(true)

    await byTestId('caravan-save').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({
      name: 'قافلة الوحدة 2',
      team: [{ id: 61 }, { id: 62 }, { id: 63, fullName: 'Hassan Idrissi', role: 'DRIVER' }],
      version: 3,
    })
  })
})
