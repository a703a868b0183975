import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import SelectButton from 'primevue/selectbutton'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CaseView } from '@/api/types'
import type { Role } from '@/lib/auth'
import { todayIso } from '@/lib/format'
import { proposedEnrolmentDate } from '@/lib/reference'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { componentByTestId, inBody, typeInto } from '@/test/dom'
import { amina, caravan, childCase, eligibilityAt15, hayAlWahda, schoolYears, stop } from '@/test/fixtures'
import CasePage from './CasePage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

type Routes = Parameters<typeof fakeApi>[0]

const found = { id: 130, from: undefined, to: 'IDENTIFIED', on: '2025-09-20', by: 'assoc.tamayuz' }

async function open(role: Role, shown: CaseView = childCase(), routes: Routes = {}) {
  const api = fakeApi({
    'GET /api/v1/cases/13': () => json(shown),
    'GET /api/v1/cases/13/history': () => json(page([found])),
    'GET /api/v1/cases/13/notes': () =>
      json(
        page([
          {
            id: 1,
            notedOn: '2025-09-22',
            text: 'اتصال هاتفي مع الأب',
            writtenBy: 'assoc.tamayuz',
            writtenAt: '2025-09-22T11:00:00Z',
          },
        ]),
      ),
    'GET /api/v1/caravans/6/stops/70': () => json(stop({ status: 'DONE' })),
    'GET /api/v1/caravans/6': () => json(caravan()),
    'GET /api/v1/associations': () =>
      json(
        page([
          { id: 3, nameAr: 'جمعية التميز للمرأة والطفل', nameFr: 'Association Excellence', active: true },
          { id: 1, nameAr: 'الاتحاد الوطني لنساء المغرب', nameFr: 'Union Nationale des Femmes du Maroc', active: true },
        ]),
      ),
    'GET /api/v1/centres': () => json(page([hayAlWahda])),
    'GET /api/v1/directorates/LAA/communes': () =>
      json(page([{ code: 'LAA-LAAYOUNE', nameAr: 'العيون', nameFr: 'Laâyoune' }])),
    'GET /api/v1/school-years': () => json(page(schoolYears)),
    'GET /api/v1/eligibility': () => json(eligibilityAt15()),
    ...routes,
  })
  const mounted = await mountInApp(CasePage, {
    user: userWith(role, role === 'association-staff' ? { associationId: 3 } : {}),
    path: '/cases/13',
    mounting: { props: { id: '13' } },
  })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
/** The value a PrimeVue Select shows. */
const chosenIn = (testId: string) =>
  (componentByTestId(wrapper!, Select, testId).props() as { modelValue?: unknown }).modelValue
const posted = (api: Awaited<ReturnType<typeof open>>, path: string) =>
  api.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === path)

async function openDialog(button: string, dialog: string) {
  await byTestId(button).trigger('click')
  await flushPromises()
  await vi.waitFor(() => expect(inBody(dialog)).not.toBeNull())
}

describe('CasePage', () => {
  it('shows who the child is, where, when and by whom they were found, the steps so far and the notes', async () => {
    const api = await open('directorate-staff', childCase(), {
      'POST /api/v1/cases/13/notes': () =>
        json({ id: 2, notedOn: todayIso(), text: 'Visite à domicile', writtenBy: 'staff' }, 201),
    })
    expect(byTestId('case-name').text()).toContain('سيدي بنعمر')
    expect(byTestId('case-status').text()).toBe('Repéré')
    const details = byTestId('case-details').text()
    expect(details).toContain('الأب بنعمر')
    expect(details).toContain('Père')
    expect(details).toContain('4e année du primaire')
    expect(byTestId('case-share-consent').text()).toBe('Oui')
    expect(byTestId('case-stop-link').attributes('href')).toBe('/caravans/6/stops/70')
    expect(byTestId('case-stop-link').text()).toBe('حي الوحدة')
    expect(byTestId('case-found-by').text()).toContain('فاطمة الزهراء')
    expect(byTestId('case-history').text()).toContain('20 sept. 2025')
    expect(byTestId('case-change-IDENTIFIED').text()).toContain('Repéré')
    expect(byTestId('case-notes').text()).toContain('اتصال هاتفي مع الأب')

    await byTestId('case-note-text').setValue('Visite à domicile')
    await byTestId('case-note-save').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({ text: 'Visite à domicile', notedOn: todayIso() })
    expect((byTestId('case-note-text').element as HTMLTextAreaElement).value).toBe('')
    expect(api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/cases/13/notes')).toHaveLength(3)
  })

  it('offers only the moves the step allows, and asks why the family declined', async () => {
    const api = await open('association-staff', childCase(), {
      'POST /api/v1/cases/13/transitions': () =>
        json(childCase({ status: 'DECLINED', statusChangedOn: todayIso(), version: 1 })),
    })
    await openDialog('case-move', 'case-move-dialog')
    const offered = [...document.body.querySelectorAll('[data-testid^="case-move-to-"]')].map((o) =>
      o.getAttribute('data-testid'),
    )
    expect(offered).toEqual([
      'case-move-to-CONTACTED',
      'case-move-to-DECLINED',
      'case-move-to-UNREACHABLE',
      'case-move-to-NOT_ELIGIBLE',
    ])

    componentByTestId(wrapper!, SelectButton, 'case-move-to').vm.$emit('update:modelValue', 'DECLINED')
    await flushPromises()
    inBody('case-move-save')!.click()
    await flushPromises()
    expect(inBody('error-reason')!.textContent).toContain('Le motif est obligatoire')
    expect(posted(api, '/api/v1/cases/13/transitions')).toHaveLength(0)

    typeInto(inBody('case-move-reason'), 'La famille préfère que l’enfant travaille')
    inBody('case-move-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({
      to: 'DECLINED',
      on: todayIso(),
      reason: 'La famille préfère que l’enfant travaille',
      version: 0,
    })
    await vi.waitFor(() => expect(byTestId('case-status').text()).toBe('Refus de la famille'))
    expect(inBody('case-move-dialog')).toBeNull()
  })

  it('offers a family that declined nothing but being contacted again, and an enrolled child no move at all', async () => {
    await open('directorate-staff', childCase({ status: 'DECLINED' }))
    await openDialog('case-move', 'case-move-dialog')
    expect(inBody('case-move-to-CONTACTED')).not.toBeNull()
    expect(document.body.querySelectorAll('[data-testid^="case-move-to-"]')).toHaveLength(1)
    wrapper!.unmount()

    await open('directorate-staff', childCase({ status: 'ENROLLED', learnerId: 2201 }))
    expect(byTestId('case-move').exists()).toBe(false)
    expect(byTestId('case-enrol').exists()).toBe(false)
    expect(byTestId('case-link').exists()).toBe(false)
    expect(byTestId('case-learner-link').attributes('href')).toBe('/learners/2201')
  })

  it('refers the child to another association, asking why without consent once the server says it is needed', async () => {
    const contacted = childCase({ status: 'CONTACTED', shareConsent: false })
    const api = await open('directorate-staff', contacted, {
      'POST /api/v1/cases/13/transitions': async (request) => {
        const body = await request.clone().json()
        return body.consentOverrideReason
          ? json({ ...contacted, status: 'REFERRED', referredAssociationId: 1, version: 1 })
          : problem(409, {
              type: 'https://forsa.ma/problems/consent-required',
              title: 'Guardian consent required',
              detail: 'Association 1 did not record this child, and the guardian did not consent to sharing.',
              errors: [{ field: 'consentOverrideReason', message: 'Indiquez pourquoi, sans le consentement.' }],
            })
      },
    })
    await openDialog('case-move', 'case-move-dialog')
    componentByTestId(wrapper!, SelectButton, 'case-move-to').vm.$emit('update:modelValue', 'REFERRED')
    await flushPromises()
    componentByTestId(wrapper!, Select, 'case-move-association').vm.$emit('update:modelValue', 1)
    await flushPromises()
    expect(inBody('case-move-consentOverrideReason')).toBeNull()

    inBody('case-move-save')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(inBody('case-move-consentOverrideReason')).not.toBeNull())
    expect(inBody('case-move-consent')!.textContent).toContain('n’a pas consenti au partage')
    expect(inBody('error-consentOverrideReason')!.textContent).toContain('Indiquez pourquoi')

    typeInto(inBody('case-move-consentOverrideReason'), 'La famille a déménagé à El Marsa')
    inBody('case-move-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({
      to: 'REFERRED',
      on: todayIso(),
      referredAssociationId: 1,
      consentOverrideReason: 'La famille a déménagé à El Marsa',
      version: 0,
    })
    await vi.waitFor(() => expect(byTestId('case-status').text()).toBe('Orienté'))
    expect(byTestId('case-referral').text()).toContain('Union Nationale des Femmes du Maroc')
  })

  it('enrols a child whose age was only estimated: asks the birth date, proposes the centre referred to, and shows them enrolled', async () => {
    const referred = childCase({
      status: 'REFERRED',
      birthDate: undefined,
      estimatedAge: 15,
      referredAssociationId: 3,
      referredCentreId: 5,
    })
    const api = await open('directorate-staff', referred, {
      'POST /api/v1/cases/13/enrolment': () =>
        json(
          {
            caseRecord: { ...referred, status: 'ENROLLED', birthDate: '2010-03-15', learnerId: 2201, version: 1 },
            learnerId: 2201,
            placementId: 9001,
            placementStatus: 'ENROLLED',
          },
          201,
        ),
    })
    expect(byTestId('case-referred-centre').text()).toContain('Hay Al Wahda')
    await openDialog('case-enrol', 'enrol-dialog')
    expect(inBody('enrol-birthDate')).not.toBeNull()
    inBody('enrol-save')!.click()
    await flushPromises()
    expect(inBody('error-birthDate')!.textContent).toContain('obligatoire')
    expect(posted(api, '/api/v1/cases/13/enrolment')).toHaveLength(0)
    expect(api.requests.some((r) => new URL(r.url).pathname === '/api/v1/eligibility')).toBe(false)

    typeInto(inBody('enrol-birthDate'), '2010-03-15')
    await flushPromises()
    // the programmes the age allows, and the centre the child was referred to, chosen already
    await vi.waitFor(() => expect(chosenIn('enrol-centre')).toBe(hayAlWahda.id))
    const eligibility = api.requests.find((r) => new URL(r.url).pathname === '/api/v1/eligibility')!
    expect(new URL(eligibility.url).searchParams.get('birthDate')).toBe('2010-03-15')
    expect(inBody('eligible-E2C_NG')).not.toBeNull()

    inBody('enrol-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({
      schoolYear: '2025/2026',
      centreId: 5,
      programme: 'E2C_NG',
      enrolledOn: proposedEnrolmentDate(schoolYears.find((y) => y.code === '2025/2026')),
      birthDate: '2010-03-15',
      waitlistIfFull: false,
    })
    await vi.waitFor(() => expect(byTestId('case-status').text()).toBe('Inscrit'))
    expect(inBody('enrol-dialog')).toBeNull()
    expect(byTestId('case-enrolled').exists()).toBe(true)
    expect(byTestId('case-learner-link').attributes('href')).toBe('/learners/2201')
    expect(byTestId('case-enrol').exists()).toBe(false)
  })

  it('offers the centre’s waiting list when it is full, and asks again with it', async () => {
    const api = await open('directorate-staff', childCase({ status: 'REFERRED', referredCentreId: 5 }), {
      'POST /api/v1/cases/13/enrolment': async (request) => {
        const body = await request.clone().json()
        return body.waitlistIfFull
          ? json({ caseRecord: childCase({ status: 'ENROLLED', learnerId: 2201 }), placementStatus: 'WAITING' }, 201)
          : problem(409, { type: 'https://forsa.ma/problems/centre-full', title: 'Centre full', detail: 'Full' })
      },
    })
    await openDialog('case-enrol', 'enrol-dialog')
    expect(inBody('enrol-birthDate')).toBeNull()
    await vi.waitFor(() => expect(chosenIn('enrol-centre')).toBe(5))
    inBody('enrol-save')!.click()
    await flushPromises()
    expect(inBody('enrol-conflict')!.textContent).toContain('Ce centre est complet')
    inBody('enrol-waitlist-offer')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({ centreId: 5, waitlistIfFull: true })
    await vi.waitFor(() => expect(byTestId('case-status').text()).toBe('Inscrit'))
  })

  it('links the case to the learner the enrolment found with the same name and birth date', async () => {
    const api = await open('directorate-staff', childCase({ status: 'CONTACTED' }), {
      'POST /api/v1/cases/13/enrolment': () =>
        problem(409, {
          type: 'https://forsa.ma/problems/duplicate',
          title: 'Duplicate',
          detail: 'Un bénéficiaire porte déjà ce nom et cette date de naissance.',
          existingId: 41,
        }),
      'GET /api/v1/learners/41': () => json(amina),
      'POST /api/v1/cases/13/link': () => json(childCase({ status: 'ENROLLED', learnerId: 41, version: 1 })),
    })
    await openDialog('case-enrol', 'enrol-dialog')
    componentByTestId(wrapper!, SelectButton, 'enrol-programme').vm.$emit('update:modelValue', 'E2C_NG')
    await flushPromises()
    componentByTestId(wrapper!, Select, 'enrol-centre').vm.$emit('update:modelValue', 5)
    await flushPromises()
    inBody('enrol-save')!.click()
    await flushPromises()
    expect(inBody('enrol-duplicate')!.textContent).toContain('Un bénéficiaire porte déjà ce nom')
    expect(inBody('enrol-duplicate-open')!.getAttribute('href')).toBe('/learners/41')

    inBody('enrol-duplicate-link')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(inBody('case-link-dialog')).not.toBeNull())
    expect(inBody('enrol-dialog')).toBeNull()
    await vi.waitFor(() => expect(inBody('case-link-learner-41')).not.toBeNull())
    expect(inBody('case-link-dialog')!.textContent).toContain('أمينة الصحراوي')
    inBody('case-link-save')!.click()
    await flushPromises()
    expect(posted(api, '/api/v1/cases/13/link')).toHaveLength(1)
    expect(api.bodies.at(-1)).toEqual({ learnerId: 41 })
    await vi.waitFor(() => expect(byTestId('case-status').text()).toBe('Inscrit'))
    expect(byTestId('case-learner-link').attributes('href')).toBe('/learners/41')
  })

  describe('erasing the child’s personal data', () => {
    it.each(['association-staff', 'directorate-staff'] as const)('is never offered to %s', async (role) => {
      await open(role)
      expect(byTestId('case-name').exists()).toBe(true)
      expect(byTestId('case-move').exists()).toBe(true)
      expect(byTestId('case-erase').exists()).toBe(false)
    })

    it('asks the directorate admin who asked for it, then shows the child anonymised', async () => {
      const api = await open('directorate-admin', childCase(), {
        'POST /api/v1/cases/13/anonymisation': () =>
          json(
            childCase({
              firstNameAr: '—',
              lastNameAr: '—',
              guardianName: undefined,
              guardianPhone: undefined,
              anonymisedAt: '2026-11-20T10:15:00Z',
              version: 1,
            }),
          ),
      })
      await openDialog('case-erase', 'case-erase-dialog')
      expect(inBody('case-erase-warning')!.textContent).toContain('irréversible')
      inBody('case-erase-save')!.click()
      await flushPromises()
      expect(inBody('error-reason')).not.toBeNull()
      expect(posted(api, '/api/v1/cases/13/anonymisation')).toHaveLength(0)

      typeInto(inBody('case-erase-reason'), 'Demande écrite du père, 20 novembre 2026')
      inBody('case-erase-save')!.click()
      await flushPromises()
      expect(api.bodies.at(-1)).toEqual({ reason: 'Demande écrite du père, 20 novembre 2026' })
      await vi.waitFor(() => expect(byTestId('case-name').text()).toContain('Enfant anonymisé(e)'))
      expect(byTestId('case-anonymised').text()).toContain('20 nov. 2026')
      expect(byTestId('case-actions').exists()).toBe(false)
      expect(byTestId('case-note-form').exists()).toBe(false)
    })
  })
})
