import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import AssociationForm from './AssociationForm.vue'

const communes = page([
  { code: 'LAA-01', nameAr: 'العيون', nameFr: 'Laâyoune' },
  { code: 'LAA-02', nameAr: 'المرسى', nameFr: 'El Marsa' },
])

const tamayuz = {
  id: 12,
  directorateCode: 'LAA',
  nameAr: 'جمعية التميز للمرأة والطفل',
  nameFr: 'Association Excellence pour la femme et l’enfant',
  acronym: 'AEFE',
  registrationNumber: null,
  communeCode: 'LAA-01',
  address: null,
  phone: '0528000000',
  email: null,
  contactName: null,
  active: true,
  version: 3,
  createdAt: '2025-09-16T09:00:00Z',
  updatedAt: '2025-09-16T10:30:00Z',
}

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

async function open(path: string, props: Record<string, unknown> = {}, role = 'directorate-staff' as const) {
  const mounted = await mountInApp(AssociationForm, { user: userWith(role), path, mounting: { props } })
  wrapper = mounted.wrapper
  await flushPromises()
  return mounted
}

function byTestId(id: string) {
  return wrapper!.find(`[data-testid="${id}"]`)
}

describe('AssociationForm', () => {
  it('shows each server field error beside its own field', async () => {
    const api = fakeApi({
      'GET /api/v1/directorates/LAA/communes': () => json(communes),
      'POST /api/v1/associations': () =>
        problem(400, {
          type: 'https://forsa.ma/problems/validation',
          title: 'Invalid input',
          detail: 'The association has invalid fields',
          errors: [
            { field: 'nameAr', message: 'Ce nom existe déjà dans la direction' },
            { field: 'create.input.email', message: 'Adresse e-mail invalide' },
          ],
        }),
    })
    const { router } = await open('/associations/new')

    await byTestId('association-nameAr').setValue('جمعية التميز للمرأة والطفل')
    await byTestId('association-email').setValue('not-an-email')
    await byTestId('association-save').trigger('submit')
    await flushPromises()

    const nameArError = byTestId('error-nameAr')
    expect(nameArError.text()).toBe('Ce nom existe déjà dans la direction')
    expect(
      nameArError.element.closest('.form-field')?.querySelector('[data-testid="association-nameAr"]'),
    ).not.toBeNull()
    expect(byTestId('association-nameAr').attributes('aria-describedby')).toBe(nameArError.attributes('id'))

    const emailError = byTestId('error-email')
    expect(emailError.text()).toBe('Adresse e-mail invalide')
    expect(emailError.element.closest('.form-field')?.querySelector('[data-testid="association-email"]')).not.toBeNull()

    expect(byTestId('error-nameFr').exists()).toBe(false)
    expect(byTestId('form-error').text()).toContain('Certains champs sont à corriger.')
    expect(api.bodies).toEqual([{ nameAr: 'جمعية التميز للمرأة والطفل', email: 'not-an-email' }])
    expect(router.currentRoute.value.name).toBe('association-new')
  })

  it('shows a duplicate name beside the Arabic name, not as a change made by someone else', async () => {
    fakeApi({
      'GET /api/v1/directorates/LAA/communes': () => json(communes),
      'GET /api/v1/associations/12': () => json(tamayuz),
      'PUT /api/v1/associations/12': () =>
        problem(409, {
          type: 'https://forsa.ma/problems/conflict',
          title: 'Conflict',
          detail: 'An association with this Arabic name already exists (id 3).',
          errors: [{ field: 'nameAr', message: 'An association with this Arabic name already exists (id 3).' }],
        }),
    })
    await open('/associations/12', { id: '12' })

    await byTestId('association-save').trigger('submit')
    await flushPromises()

    expect(byTestId('error-nameAr').text()).toContain('already exists')
    expect(byTestId('association-conflict').exists()).toBe(false)
  })

  it('asks for the Arabic name before calling the server', async () => {
    const api = fakeApi({ 'GET /api/v1/directorates/LAA/communes': () => json(communes) })
    await open('/associations/new')

    await byTestId('association-nameFr').setValue('Sans nom arabe')
    await byTestId('association-save').trigger('submit')
    await flushPromises()

    expect(byTestId('error-nameAr').text()).toBe('Le nom en arabe est obligatoire.')
    expect(api.requests.map((r) => r.method)).toEqual(['GET'])
  })

  it('creates an association and goes back to the list', async () => {
    const api = fakeApi({
      'GET /api/v1/directorates/LAA/communes': () => json(communes),
      'POST /api/v1/associations': () => json({ ...tamayuz, version: 0 }, 201),
      'GET /api/v1/associations': () => json(page([tamayuz])),
    })
    const { router } = await open('/associations/new')

    await byTestId('association-nameAr').setValue('  جمعية التميز للمرأة والطفل ')
    await byTestId('association-acronym').setValue('AEFE')
    await byTestId('association-save').trigger('submit')
    await flushPromises()

    expect(api.bodies).toEqual([{ nameAr: 'جمعية التميز للمرأة والطفل', acronym: 'AEFE' }])
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('associations'))
  })

  it('sends back the version it loaded when saving a change', async () => {
    const api = fakeApi({
      'GET /api/v1/directorates/LAA/communes': () => json(communes),
      'GET /api/v1/associations/12': () => json(tamayuz),
      'PUT /api/v1/associations/12': () => json({ ...tamayuz, version: 4 }),
      'GET /api/v1/associations': () => json(page([tamayuz])),
    })
    await open('/associations/12', { id: '12' })

    expect((byTestId('association-nameAr').element as HTMLInputElement).value).toBe(tamayuz.nameAr)
    await byTestId('association-phone').setValue('0528999999')
    await byTestId('association-save').trigger('submit')
    await flushPromises()

    expect(api.bodies[0]).toMatchObject({
      nameAr: tamayuz.nameAr,
      phone: '0528999999',
      communeCode: 'LAA-01',
      version: 3,
    })
  })

  it('after a stale save, lists what changed meanwhile beside the form, and saves the choice on the new version', async () => {
    let loads = 0
    const changed = { ...tamayuz, phone: '0528111111', communeCode: 'LAA-02', version: 4 }
    const api = fakeApi({
      'GET /api/v1/directorates/LAA/communes': () => json(communes),
      'GET /api/v1/associations/12': () => json(loads++ === 0 ? tamayuz : changed),
      'PUT /api/v1/associations/12': () =>
        api.bodies.length === 1
          ? problem(409, {
              type: 'https://forsa.ma/problems/stale-version',
              title: 'Changed by someone else',
              errors: [{ field: 'version', message: 'stale: current version is 4' }],
            })
          : new Response(null, { status: 204 }),
    })
    await open('/associations/12', { id: '12' })

    await byTestId('association-phone').setValue('0528999999')
    await byTestId('association-contactName').setValue('Fatima Zahra')
    await byTestId('association-save').trigger('submit')
    await flushPromises()
    expect(byTestId('association-conflict').exists()).toBe(false)
    const rows = wrapper!.findAll('[data-testid="version-conflict"] tbody tr')
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual([
      'conflict-communeCode',
      'conflict-contactName',
      'conflict-phone',
    ])
    // the communes by their names, as the form shows them
    expect(byTestId('conflict-communeCode').text()).toContain('Laâyoune')
    expect(byTestId('conflict-communeCode').text()).toContain('El Marsa')

    await byTestId('conflict-communeCode-theirs').find('input').setValue(true)
    await byTestId('conflict-apply').trigger('click')
    await flushPromises()
    await byTestId('association-save').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({
      communeCode: 'LAA-02',
      contactName: 'Fatima Zahra',
      phone: '0528999999',
      version: 4,
    })
  })

  it('offers to reload when the association changed meanwhile cannot be read', async () => {
    let loads = 0
    fakeApi({
      'GET /api/v1/directorates/LAA/communes': () => json(communes),
      'GET /api/v1/associations/12': () =>
        loads++ === 1 ? problem(503, { title: 'Unavailable' }) : json({ ...tamayuz, version: 3 + loads }),
      'PUT /api/v1/associations/12': () =>
        problem(409, {
          type: 'https://forsa.ma/problems/stale-version',
          title: 'Changed by someone else',
          detail: 'Association 12 was changed by someone else (you sent version 3, it is now 4).',
          errors: [{ field: 'version', message: 'stale: current version is 4' }],
        }),
    })
    await open('/associations/12', { id: '12' })

    await byTestId('association-save').trigger('submit')
    await flushPromises()
    expect(byTestId('version-conflict').exists()).toBe(false)
    expect(byTestId('association-conflict').exists()).toBe(true)

    await byTestId('association-reload').trigger('click')
    await flushPromises()
    expect(byTestId('association-conflict').exists()).toBe(false)
    expect(loads).toBe(3)
  })

  it('is read-only for association staff', async () => {
    fakeApi({
      'GET /api/v1/directorates/LAA/communes': () => json(communes),
      'GET /api/v1/associations/12': () => json(tamayuz),
    })
    await open('/associations/12', { id: '12' }, 'association-staff' as 'directorate-staff')

    expect(byTestId('association-save').exists()).toBe(false)
    expect(byTestId('association-deactivate').exists()).toBe(false)
    expect(byTestId('association-nameAr').attributes('disabled')).toBeDefined()
  })
})
