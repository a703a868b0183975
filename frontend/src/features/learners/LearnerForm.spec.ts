import { flushPromises, type VueWrapper } from '@vue/test-utils'
import SelectButton from 'primevue/selectbutton'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { amina, eligibilityAt15, schoolYears } from '@/test/fixtures'
import LearnerForm from './LearnerForm.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const reference = {
  'GET /api/v1/directorates/LAA/communes': () =>
    json(page([{ code: 'LAA-LAAYOUNE', nameAr: 'العيون', nameFr: 'Laâyoune' }])),
  'GET /api/v1/school-years': () => json(page(schoolYears)),
  'GET /api/v1/associations': () => json(page([])),
}

async function open(routes: Parameters<typeof fakeApi>[0], role: Role = 'association-staff') {
  const api = fakeApi({ ...reference, ...routes })
  const mounted = await mountInApp(LearnerForm, { user: userWith(role), path: '/learners/new' })
  wrapper = mounted.wrapper
  await flushPromises()
  return { api, router: mounted.router }
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

async function fillRequired() {
  await byTestId('learner-lastNameAr').setValue('الصحراوي')
  await byTestId('learner-firstNameAr').setValue('أمينة')
  await byTestId('learner-birthDate').setValue('2010-03-15')
  componentByTestId(wrapper!, SelectButton, 'learner-sex').vm.$emit('update:modelValue', 'F')
  await flushPromises()
}

describe('LearnerForm: registration', () => {
  it('shows the age and the programmes offered as soon as the birth date is complete', async () => {
    const { api } = await open({ 'GET /api/v1/eligibility': () => json(eligibilityAt15()) })
    expect(byTestId('eligibility').text()).toContain('Saisissez la date de naissance')

    await byTestId('learner-birthDate').setValue('2010-03-15')
    await vi.waitFor(() => expect(byTestId('eligible-E2C_NG').exists()).toBe(true))

    expect(byTestId('eligible-NFE_BASIC').text()).toBe('Éducation non formelle – E2C de base')
    expect(byTestId('eligible-E2C_NG').text()).toBe('E2C nouvelle génération')
    expect(byTestId('eligibility-age').text()).toBe('Âge au 31 déc. 2025 : 15 ans')
    const asked = api.requests.find((r) => new URL(r.url).pathname === '/api/v1/eligibility')!
    // The current school year: the newest one when none contains today.
    expect(Object.fromEntries(new URL(asked.url).searchParams)).toEqual({
      birthDate: '2010-03-15',
      schoolYear: '2025/2026',
    })
  })

  it('shows only the programmes the answer makes eligible, and says so when none is', async () => {
    await open({
      'GET /api/v1/eligibility': (request) =>
        json(
          new URL(request.url).searchParams.get('birthDate') === '2005-01-01'
            ? { ...eligibilityAt15(), age: 20, eligibleProgrammes: [] }
            : { ...eligibilityAt15(), age: 9, eligibleProgrammes: ['NFE_BASIC'] },
        ),
    })
    await byTestId('learner-birthDate').setValue('2016-05-01')
    await vi.waitFor(() => expect(byTestId('eligible-NFE_BASIC').exists()).toBe(true))
    expect(byTestId('eligible-E2C_NG').exists()).toBe(false)

    await byTestId('learner-birthDate').setValue('2005-01-01')
    await vi.waitFor(() => expect(byTestId('eligible-none').exists()).toBe(true))
    expect(byTestId('eligible-NFE_BASIC').exists()).toBe(false)
  })

  it('registers the learner and opens their page', async () => {
    const { api, router } = await open({
      'GET /api/v1/eligibility': () => json(eligibilityAt15()),
      'POST /api/v1/learners': () => json(amina, 201),
    })
    await fillRequired()
    await byTestId('learner-firstNameLatin').setValue('Amina')
    await byTestId('learner-save').trigger('submit')
    await flushPromises()

    const post = api.requests.find((r) => r.method === 'POST')!
    expect(new URL(post.url).search).toBe('')
    expect(api.bodies.at(-1)).toEqual({
      firstNameAr: 'أمينة',
      lastNameAr: 'الصحراوي',
      firstNameLatin: 'Amina',
      birthDate: '2010-03-15',
      sex: 'F',
      nationality: 'MA',
    })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/learners/41'))
  })

  it('on a duplicate, links to the learner found and can register another person all the same', async () => {
    let posts = 0
    const { api, router } = await open({
      'GET /api/v1/eligibility': () => json(eligibilityAt15()),
      'POST /api/v1/learners': () =>
        ++posts === 1
          ? problem(409, {
              type: 'https://forsa.ma/problems/conflict',
              title: 'Conflict',
              detail: 'A learner with the same name and birth date is already registered (learner 17).',
              existingId: 17,
              errors: [{ field: 'lastNameAr', message: 'duplicate' }],
            })
          : json({ ...amina, id: 42 }, 201),
    })
    await fillRequired()
    await byTestId('learner-save').trigger('submit')
    await flushPromises()

    const warning = byTestId('learner-duplicate')
    expect(warning.text()).toContain('already registered (learner 17)')
    expect(byTestId('learner-duplicate-link').attributes('href')).toBe('/learners/17')
    // Not a field error: "duplicate" is no message for the name field.
    expect(byTestId('error-lastNameAr').exists()).toBe(false)

    await byTestId('learner-confirm-distinct').trigger('click')
    await flushPromises()
    const posted = api.requests.filter((r) => r.method === 'POST')
    expect(posted).toHaveLength(2)
    expect(new URL(posted[1]!.url).searchParams.get('confirmDistinct')).toBe('true')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/learners/42'))
  })

  it('gives no link when the learner found is outside the caller’s scope', async () => {
    await open({
      'GET /api/v1/eligibility': () => json(eligibilityAt15()),
      'POST /api/v1/learners': () =>
        problem(409, {
          type: 'https://forsa.ma/problems/conflict',
          title: 'Conflict',
          detail:
            'A learner with the same name and birth date is already registered outside your scope; ask the directorate.',
          errors: [{ field: 'lastNameAr', message: 'duplicate' }],
        }),
    })
    await fillRequired()
    await byTestId('learner-save').trigger('submit')
    await flushPromises()

    expect(byTestId('learner-duplicate').text()).toContain('outside your scope')
    expect(byTestId('learner-duplicate-link').exists()).toBe(false)
    expect(byTestId('learner-confirm-distinct').exists()).toBe(true)
  })

  it('shows each server field error beside its own field', async () => {
    await open({
      'GET /api/v1/eligibility': () => json(eligibilityAt15()),
      'POST /api/v1/learners': () =>
        problem(400, {
          type: 'https://forsa.ma/problems/validation',
          title: 'Invalid input',
          detail: 'Two fields are invalid',
          errors: [
            { field: 'register.input.massarCode', message: 'doit être une lettre suivie de 9 chiffres' },
            { field: 'consentGivenOn', message: 'is required with the consent’s purposes' },
          ],
        }),
    })
    await fillRequired()
    await byTestId('learner-save').trigger('submit')
    await flushPromises()

    const massar = byTestId('error-massarCode')
    expect(massar.text()).toBe('doit être une lettre suivie de 9 chiffres')
    expect(massar.element.closest('.form-field')?.querySelector('[data-testid="learner-massarCode"]')).not.toBeNull()
    expect(byTestId('learner-massarCode').attributes('aria-describedby')).toBe(massar.attributes('id'))
    const consent = byTestId('error-consentGivenOn')
    expect(
      consent.element.closest('.form-field')?.querySelector('[data-testid="learner-consentGivenOn"]'),
    ).not.toBeNull()
    expect(byTestId('form-error').text()).toContain('Certains champs sont à corriger.')
  })

  it('asks for the required fields before calling the server', async () => {
    const { api } = await open({ 'GET /api/v1/eligibility': () => json(eligibilityAt15()) })
    await byTestId('learner-save').trigger('submit')
    await flushPromises()

    for (const field of ['lastNameAr', 'firstNameAr', 'birthDate', 'sex']) {
      expect(byTestId(`error-${field}`).text()).toBe('Ce champ est obligatoire.')
    }
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false)
  })

  it('lets directorate staff, not association staff, name the association that follows the learner', async () => {
    await open({}, 'directorate-staff')
    expect(byTestId('learner-associationId').exists()).toBe(true)
    wrapper!.unmount()
    await open({}, 'association-staff')
    expect(byTestId('learner-associationId').exists()).toBe(false)
  })
})

describe('LearnerForm: correction', () => {
  it('sends the version it was given, and offers to reload when it is stale and the learner cannot be read', async () => {
    const api = fakeApi({
      ...reference,
      'PUT /api/v1/learners/41': () =>
        problem(409, {
          type: 'https://forsa.ma/problems/stale-version',
          title: 'Changed by someone else',
          errors: [{ field: 'version', message: 'stale: current version is 1' }],
        }),
    })
    const mounted = await mountInApp(LearnerForm, {
      user: userWith('association-staff'),
      path: '/learners/41',
      mounting: { props: { learner: amina } },
    })
    wrapper = mounted.wrapper
    await flushPromises()

    expect(byTestId('eligibility').exists()).toBe(false)
    await byTestId('learner-guardianPhone').setValue('0661000000')
    await byTestId('learner-save').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toMatchObject({ guardianPhone: '0661000000', version: 0, birthDate: '2010-03-15' })
    expect(byTestId('learner-conflict').exists()).toBe(true)
    expect(byTestId('learner-duplicate').exists()).toBe(false)
    await byTestId('learner-reload').trigger('click')
    expect(wrapper.emitted('reload')).toHaveLength(1)
    // A correction never asks for eligibility.
    expect(api.requests.some((r) => new URL(r.url).pathname === '/api/v1/eligibility')).toBe(false)
  })

  it('after a stale save, lists what changed meanwhile as people read it, and saves the choice on the new version', async () => {
    const changed = {
      ...amina,
      associationId: 5,
      guardianPhone: '0662000000',
      guardianRelation: 'MOTHER' as const,
      lastGradeCompleted: 'P4' as const,
      version: 1,
    }
    const api = fakeApi({
      ...reference,
      'GET /api/v1/learners/41': () => json(changed),
      'PUT /api/v1/learners/41': () =>
        api.bodies.length === 1
          ? problem(409, {
              type: 'https://forsa.ma/problems/stale-version',
              title: 'Changed by someone else',
              errors: [{ field: 'version', message: 'stale: current version is 1' }],
            })
          : json({ ...changed, address: 'حي الوحدة', version: 2 }),
    })
    const mounted = await mountInApp(LearnerForm, {
      user: userWith('association-staff'),
      path: '/learners/41',
      mounting: { props: { learner: amina } },
    })
    wrapper = mounted.wrapper
    await flushPromises()

    await byTestId('learner-guardianPhone').setValue('0661000000')
    await byTestId('learner-address').setValue('حي الوحدة')
    await byTestId('learner-save').trigger('submit')
    await flushPromises()

    expect(byTestId('learner-conflict').exists()).toBe(false)
    // the association is not the association staff's to choose: not listed
    const rows = wrapper.findAll('[data-testid="version-conflict"] tbody tr')
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual([
      'conflict-guardianRelation',
      'conflict-guardianPhone',
      'conflict-address',
      'conflict-lastGradeCompleted',
    ])
    expect(byTestId('conflict-guardianRelation').text()).toContain('Mère')
    expect(byTestId('conflict-lastGradeCompleted').text()).toContain('4e année du primaire')

    await byTestId('conflict-guardianRelation-theirs').find('input').setValue(true)
    await byTestId('conflict-lastGradeCompleted-theirs').find('input').setValue(true)
    await byTestId('conflict-apply').trigger('click')
    await flushPromises()
    expect(byTestId('version-conflict').exists()).toBe(false)

    await byTestId('learner-save').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({
      guardianRelation: 'MOTHER',
      guardianPhone: '0661000000',
      address: 'حي الوحدة',
      lastGradeCompleted: 'P4',
      version: 1,
    })
    expect(wrapper.emitted('saved')).toHaveLength(1)
  })
})
