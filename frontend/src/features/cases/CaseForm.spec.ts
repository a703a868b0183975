import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Checkbox from 'primevue/checkbox'
import Select from 'primevue/select'
import SelectButton from 'primevue/selectbutton'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { caravan, childCase, stop } from '@/test/fixtures'
import CaseForm from './CaseForm.vue'

let wrapper: VueWrapper | undefined
let router: Awaited<ReturnType<typeof mountInApp>>['router']
afterEach(() => {
  wrapper?.unmount()
  localStorage.clear()
})

type Routes = Parameters<typeof fakeApi>[0]
const FROM_STOP = { path: '/caravans/6/stops/70/cases/new', props: { caravanId: '6', stopId: '70' } }

async function open(role: Role, routes: Routes = {}, at: { path: string; props: Record<string, string> } = FROM_STOP) {
  const api = fakeApi({
    'GET /api/v1/caravans/6/stops/70': () => json(stop({ status: 'DONE' })),
    'GET /api/v1/caravans/6': () => json(caravan()),
    'GET /api/v1/directorates/LAA/communes': () =>
      json(page([{ code: 'LAA-LAAYOUNE', nameAr: 'العيون', nameFr: 'Laâyoune' }])),
    ...routes,
  })
  const mounted = await mountInApp(CaseForm, {
    user: userWith(role, role === 'association-staff' ? { associationId: 3 } : {}),
    path: at.path,
    mounting: { props: at.props },
  })
  wrapper = mounted.wrapper
  router = mounted.router
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
/** The value a PrimeVue Select shows. */
const chosenIn = (testId: string) =>
  (componentByTestId(wrapper!, Select, testId).props() as { modelValue?: unknown }).modelValue
const choose = async (component: typeof Select | typeof SelectButton, testId: string, value: unknown) => {
  componentByTestId(wrapper!, component, testId).vm.$emit('update:modelValue', value)
  await flushPromises()
}
const posts = (api: Awaited<ReturnType<typeof open>>) =>
  api.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/cases')

async function fillTheFewFields() {
  await byTestId('case-lastNameAr').setValue('الخليل')
  await byTestId('case-firstNameAr').setValue('الحسين')
  await choose(SelectButton, 'case-sex', 'M')
}

describe('CaseForm', () => {
  it('opened from a stop, names the stop and proposes the team member, and asks only the few fields', async () => {
    const api = await open('association-staff', { 'POST /api/v1/cases': () => json(childCase({ id: 40 }), 201) })
    expect(byTestId('case-where').text()).toContain('حي الوحدة')
    expect(byTestId('case-where').text()).toContain('قافلة الوحدة')
    // the caravan's only member of the person's association
    expect(chosenIn('case-foundByMemberId')).toBe(61)
    expect(byTestId('case-more-fields').isVisible()).toBe(false)

    await byTestId('case-save').trigger('submit')
    await flushPromises()
    expect(byTestId('error-lastNameAr').exists()).toBe(true)
    expect(byTestId('error-firstNameAr').exists()).toBe(true)
    expect(byTestId('error-sex').exists()).toBe(true)
    expect(byTestId('error-birthDate').text()).toContain('Indiquez la date de naissance')
    expect(posts(api)).toHaveLength(0)
    // nothing folded away is required
    expect(byTestId('case-more-fields').isVisible()).toBe(false)

    await fillTheFewFields()
    await choose(SelectButton, 'case-age-known', 'estimatedAge')
    await byTestId('case-estimatedAge').setValue('10')
    await byTestId('case-save').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({
      firstNameAr: 'الحسين',
      lastNameAr: 'الخليل',
      sex: 'M',
      estimatedAge: 10,
      stopId: 70,
      foundByMemberId: 61,
    })
    // back to the stop, where the next child is recorded
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/caravans/6/stops/70'))
    expect(localStorage.getItem('forsa.caseMember:6')).toBe('61')
  })

  it('proposes the member chosen last on this caravan', async () => {
    localStorage.setItem('forsa.caseMember:6', '62')
    await open('directorate-staff')
    expect(chosenIn('case-foundByMemberId')).toBe(62)
  })

  it('checks an estimated age before sending it', async () => {
    const api = await open('directorate-staff')
    await fillTheFewFields()
    await choose(SelectButton, 'case-age-known', 'estimatedAge')
    await byTestId('case-estimatedAge').setValue('40')
    await byTestId('case-save').trigger('submit')
    await flushPromises()
    expect(byTestId('error-estimatedAge').text()).toBe('Un âge en années, de 3 à 25 ans.')
    expect(posts(api)).toHaveLength(0)
  })

  it('shows the children it may be, and records another child when told so', async () => {
    const api = await open('directorate-staff', {
      'POST /api/v1/cases': (request) =>
        new URL(request.url).searchParams.get('confirmDistinct') === 'true'
          ? json(childCase({ id: 41 }), 201)
          : problem(409, {
              type: 'https://forsa.ma/problems/duplicate',
              title: 'Duplicate',
              detail: 'Ce nom est déjà connu : 1 bénéficiaire, 1 enfant repéré.',
              errors: [{ field: 'lastNameAr', message: 'déjà enregistré' }],
              matches: [
                { kind: 'LEARNER', id: 2051 },
                { kind: 'CASE', id: 12 },
              ],
            }),
    })
    await fillTheFewFields()
    await byTestId('case-birthDate').setValue('2011-06-29')
    await byTestId('case-save').trigger('submit')
    await flushPromises()

    expect(byTestId('case-duplicate').text()).toContain('Ce nom est déjà connu')
    expect(byTestId('case-match-LEARNER-2051').attributes('href')).toBe('/learners/2051')
    expect(byTestId('case-match-LEARNER-2051').text()).toContain('Bénéficiaire n° 2051')
    expect(byTestId('case-match-CASE-12').attributes('href')).toBe('/cases/12')
    expect(router.currentRoute.value.name).toBe('stop-case-new')

    await byTestId('case-confirm-distinct').trigger('click')
    await flushPromises()
    const [first, second] = posts(api)
    expect(new URL(first!.url).searchParams.has('confirmDistinct')).toBe(false)
    expect(new URL(second!.url).searchParams.get('confirmDistinct')).toBe('true')
    expect(api.bodies.at(-1)).toMatchObject({ lastNameAr: 'الخليل', birthDate: '2011-06-29', stopId: 70 })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('stop'))
  })

  it('offers no “another child” when the MASSAR code is the one already known', async () => {
    await open('directorate-staff', {
      'POST /api/v1/cases': () =>
        problem(409, {
          type: 'https://forsa.ma/problems/duplicate',
          title: 'Duplicate',
          errors: [{ field: 'massarCode', message: 'déjà enregistré' }],
          matches: [{ kind: 'LEARNER', id: 2051 }],
        }),
    })
    await fillTheFewFields()
    await byTestId('case-birthDate').setValue('2011-06-29')
    await byTestId('case-save').trigger('submit')
    await flushPromises()
    expect(byTestId('case-match-LEARNER-2051').exists()).toBe(true)
    expect(byTestId('case-confirm-distinct').exists()).toBe(false)
  })

  it('without a stop, unfolds the details when the guardian’s consent lacks their name, then opens the child', async () => {
    const api = await open(
      'directorate-staff',
      { 'POST /api/v1/cases': () => json(childCase({ id: 42, stopId: undefined }), 201) },
      { path: '/cases/new', props: {} },
    )
    expect(byTestId('case-where').exists()).toBe(false)
    await fillTheFewFields()
    await byTestId('case-birthDate').setValue('2011-06-29')
    await byTestId('case-more').trigger('click')
    componentByTestId(wrapper!, Checkbox, 'case-shareConsent').vm.$emit('update:modelValue', true)
    await byTestId('case-more').trigger('click')
    await flushPromises()
    expect(byTestId('case-more-fields').isVisible()).toBe(false)

    await byTestId('case-save').trigger('submit')
    await flushPromises()
    expect(byTestId('case-more-fields').isVisible()).toBe(true)
    expect(byTestId('error-guardianName').text()).toContain('indiquez son nom')
    expect(posts(api)).toHaveLength(0)

    await byTestId('case-guardianName').setValue('الأب الخليل')
    await byTestId('case-save').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({
      firstNameAr: 'الحسين',
      lastNameAr: 'الخليل',
      sex: 'M',
      birthDate: '2011-06-29',
      guardianName: 'الأب الخليل',
      shareConsent: true,
    })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/cases/42'))
  })

  it('corrects what was recorded, keeping the stop, and sends the version read', async () => {
    const api = await open(
      'association-staff',
      {
        'GET /api/v1/cases/13': () => json(childCase({ birthDate: undefined, estimatedAge: 14, version: 3 })),
        'PUT /api/v1/cases/13': () => json(childCase({ version: 4 })),
      },
      { path: '/cases/13/edit', props: { id: '13' } },
    )
    expect(byTestId('case-where').text()).toContain('حي الوحدة')
    expect((byTestId('case-lastNameAr').element as HTMLInputElement).value).toBe('بنعمر')
    expect((byTestId('case-estimatedAge').element as HTMLInputElement).value).toBe('14')
    expect(chosenIn('case-foundByMemberId')).toBe(61)

    await byTestId('case-more').trigger('click')
    await byTestId('case-guardianPhone').setValue('+212 661 22 33 44')
    await byTestId('case-save').trigger('submit')
    await flushPromises()
    const put = api.requests.find((r) => r.method === 'PUT')!
    expect(new URL(put.url).pathname).toBe('/api/v1/cases/13')
    expect(api.bodies.at(-1)).toMatchObject({
      estimatedAge: 14,
      stopId: 70,
      foundByMemberId: 61,
      guardianPhone: '+212 661 22 33 44',
      shareConsent: true,
      version: 3,
    })
    expect(api.bodies.at(-1)).not.toHaveProperty('birthDate')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/cases/13'))
  })
})
