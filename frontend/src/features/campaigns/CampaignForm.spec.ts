import { flushPromises, type VueWrapper } from '@vue/test-utils'
import MultiSelect from 'primevue/multiselect'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { campaign, schoolYears } from '@/test/fixtures'
import CampaignForm from './CampaignForm.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const reference = {
  'GET /api/v1/school-years': () => json(page(schoolYears)),
  'GET /api/v1/associations': () =>
    json(
      page([
        { id: 3, nameAr: 'جمعية التميز للمرأة والطفل', nameFr: 'Association Excellence', active: true },
        { id: 4, nameAr: 'كشافة الرمال الذهبية', active: false },
      ]),
    ),
  'GET /api/v1/directorates/LAA/communes': () =>
    json(
      page([
        { code: 'LAA-LAAYOUNE', nameAr: 'العيون', nameFr: 'Laâyoune' },
        { code: 'LAA-ELMARSA', nameAr: 'المرسى', nameFr: 'El Marsa' },
      ]),
    ),
}

async function open(
  routes: Parameters<typeof fakeApi>[0],
  path = '/campaigns/new',
  props: Record<string, unknown> = {},
) {
  const api = fakeApi({ ...reference, ...routes })
  const mounted = await mountInApp(CampaignForm, { user: userWith('directorate-staff'), path, mounting: { props } })
  wrapper = mounted.wrapper
  await flushPromises()
  return { api, router: mounted.router }
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const choose = async (id: string, value: unknown) => {
  componentByTestId(wrapper!, MultiSelect, id).vm.$emit('update:modelValue', value)
  await flushPromises()
}

describe('CampaignForm', () => {
  it('plans a campaign for the current school year and opens it', async () => {
    const { api, router } = await open({ 'POST /api/v1/campaigns': () => json(campaign({ id: 9 }), 201) })
    await byTestId('campaign-titleAr').setValue('الحملة التحسيسية للتربية غير النظامية')
    await byTestId('campaign-startsOn').setValue('2025-09-16')
    await byTestId('campaign-endsOn').setValue('2025-10-31')
    await byTestId('campaign-targetChildren').setValue('187')
    await choose('campaign-channels', ['RADIO', 'DOOR_TO_DOOR'])
    await choose('campaign-communeCodes', ['LAA-ELMARSA'])
    await choose('campaign-associationIds', [3])
    // An inactive association is not offered.
    const associations = componentByTestId(wrapper!, MultiSelect, 'campaign-associationIds')
    expect((associations.props() as { options: { value: number }[] }).options.map((o) => o.value)).toEqual([3])
    await byTestId('campaign-save').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({
      titleAr: 'الحملة التحسيسية للتربية غير النظامية',
      schoolYear: '2025/2026',
      startsOn: '2025-09-16',
      endsOn: '2025-10-31',
      targetChildren: 187,
      communeCodes: ['LAA-ELMARSA'],
      channels: ['DOOR_TO_DOOR', 'RADIO'],
      associationIds: [3],
    })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/campaigns/9'))
  })

  it('asks for a channel before sending anything', async () => {
    const { api } = await open({})
    await byTestId('campaign-titleAr').setValue('حملة')
    await byTestId('campaign-startsOn').setValue('2025-09-16')
    await byTestId('campaign-endsOn').setValue('2025-10-31')
    await byTestId('campaign-save').trigger('submit')
    await flushPromises()
    expect(byTestId('error-channels').text()).toBe('Choisissez au moins un canal.')
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false)
  })

  it('sends the version it loaded and shows each server field error beside its own field', async () => {
    const { api } = await open(
      {
        'GET /api/v1/campaigns/4': () => json(campaign()),
        'PUT /api/v1/campaigns/4': () =>
          problem(400, {
            type: 'https://forsa.ma/problems/validation',
            title: 'Invalid input',
            errors: [
              { field: 'communeCodes[1]', message: 'is not a commune of the directorate' },
              { field: 'update.input.endsOn', message: 'a campaign lasts a year at most' },
            ],
          }),
      },
      '/campaigns/4/edit',
      { id: '4' },
    )
    expect((byTestId('campaign-titleFr').element as HTMLInputElement).value).toBe(
      'Campagne de sensibilisation à l’éducation non formelle',
    )
    await byTestId('campaign-save').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toMatchObject({ version: 1, channels: ['DOOR_TO_DOOR', 'RADIO'], associationIds: [3] })
    const communes = byTestId('error-communeCodes')
    expect(communes.text()).toBe('is not a commune of the directorate')
    expect(
      communes.element.closest('.form-field')?.querySelector('[data-testid="campaign-communeCodes"]'),
    ).not.toBeNull()
    const endsOn = byTestId('error-endsOn')
    expect(endsOn.element.closest('.form-field')?.querySelector('[data-testid="campaign-endsOn"]')).not.toBeNull()
    expect(byTestId('form-error').text()).toContain('Certains champs sont à corriger.')
  })

  it('after a stale save, lists what changed meanwhile, the lists as people read them, and saves the choice on the new version', async () => {
    let reads = 0
    const changed = campaign({
      targetChildren: 200,
      channels: ['DOOR_TO_DOOR', 'SCHOOLS'],
      associationIds: [3, 4],
      version: 2,
    })
    const { api } = await open(
      {
        'GET /api/v1/campaigns/4': () => json(reads++ === 0 ? campaign() : changed),
        'PUT /api/v1/campaigns/4': () =>
          api.bodies.length === 1
            ? problem(409, {
                type: 'https://forsa.ma/problems/stale-version',
                title: 'Changed by someone else',
                errors: [{ field: 'version', message: 'stale: current version is 2' }],
              })
            : json(campaign({ version: 3 })),
      },
      '/campaigns/4/edit',
      { id: '4' },
    )
    await byTestId('campaign-objectives').setValue('Repérer les enfants déscolarisés de tout le quartier.')
    await choose('campaign-channels', ['DOOR_TO_DOOR', 'RADIO', 'MOSQUES'])
    await choose('campaign-communeCodes', ['LAA-LAAYOUNE'])
    await byTestId('campaign-save').trigger('submit')
    await flushPromises()

    expect(byTestId('campaign-conflict').exists()).toBe(false)
    const rows = wrapper!.findAll('[data-testid="version-conflict"] tbody tr')
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual([
      'conflict-objectives',
      'conflict-targetChildren',
      'conflict-communeCodes',
      'conflict-channels',
      'conflict-associationIds',
    ])
    const value = (id: string) => byTestId(id).element.closest('label')?.textContent?.trim()
    expect(value('conflict-channels-mine')).toBe('Porte-à-porte, Radio, Mosquées')
    expect(value('conflict-channels-theirs')).toBe('Porte-à-porte, Établissements scolaires')
    expect(value('conflict-communeCodes-mine')).toBe('Laâyoune')
    expect(value('conflict-communeCodes-theirs')).toBe('Laâyoune, El Marsa')
    expect(value('conflict-associationIds-theirs')).toBe('Association Excellence, كشافة الرمال الذهبية')

    await byTestId('conflict-targetChildren-theirs').find('input').setValue(true)
    await byTestId('conflict-associationIds-theirs').find('input').setValue(true)
    await byTestId('conflict-apply').trigger('click')
    await flushPromises()
    expect(byTestId('version-conflict').exists()).toBe(false)

    await byTestId('campaign-save').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({
      objectives: 'Repérer les enfants déscolarisés de tout le quartier.',
      targetChildren: 200,
      communeCodes: ['LAA-LAAYOUNE'],
      channels: ['DOOR_TO_DOOR', 'MOSQUES', 'RADIO'],
      associationIds: [3, 4],
      version: 2,
    })
  })

  it('shows a closed campaign without a way to save it', async () => {
    await open({ 'GET /api/v1/campaigns/4': () => json(campaign({ status: 'CLOSED' })) }, '/campaigns/4/edit', {
      id: '4',
    })
    expect(wrapper!.text()).toContain('Cette campagne est clôturée')
    expect(byTestId('campaign-save').exists()).toBe(false)
  })
})
