import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import SelectButton from 'primevue/selectbutton'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import type { Role } from '@/lib/auth'
import { componentByTestId, inBody, typeInto } from '@/test/dom'
import { amina, eligibilityAt15, hayAlWahda, placement, schoolYears } from '@/test/fixtures'
import { proposedEnrolmentDate } from '@/lib/reference'
import LearnerPage from './LearnerPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

type Routes = Parameters<typeof fakeApi>[0]

async function open(routes: Routes = {}, role: Role = 'association-staff') {
  const api = fakeApi({
    'GET /api/v1/learners/41': () => json(amina),
    'GET /api/v1/placements': () => json(page([])),
    'GET /api/v1/school-years': () => json(page(schoolYears)),
    'GET /api/v1/directorates/LAA/communes': () => json(page([])),
    'GET /api/v1/eligibility': () => json(eligibilityAt15()),
    'GET /api/v1/centres': () => json(page([hayAlWahda])),
    'GET /api/v1/support-activities': () => json(page([])),
    'GET /api/v1/associations': () => json(page([])),
    ...routes,
  })
  const mounted = await mountInApp(LearnerPage, {
    user: userWith(role, role === 'association-staff' ? { associationId: 3 } : {}),
    path: '/learners/41',
    mounting: { props: { id: '41' } },
  })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

async function choosePlacement() {
  await byTestId('learner-place').trigger('click')
  await flushPromises()
  await vi.waitFor(() => expect(inBody('placement-programme-E2C_NG')).not.toBeNull())
  componentByTestId(wrapper!, SelectButton, 'placement-programme').vm.$emit('update:modelValue', 'E2C_NG')
  await flushPromises()
  componentByTestId(wrapper!, Select, 'placement-centre').vm.$emit('update:modelValue', 5)
  await flushPromises()
}

describe('LearnerPage', () => {
  it('lists the support sessions the learner was listed in, present or absent', async () => {
    const api = await open({
      'GET /api/v1/support-activities': () =>
        json(
          page([
            {
              id: 7,
              associationId: 3,
              centreId: 5,
              kind: 'PARALLEL_ACTIVITY',
              category: 'ARTS',
              title: 'ورشة المسرح',
              heldOn: '2025-11-12',
              durationMinutes: 90,
              attendance: [{ learnerId: 41, present: true }],
              present: 1,
              version: 0,
            },
            {
              id: 8,
              associationId: 3,
              centreId: 5,
              kind: 'PSYCHOLOGICAL_SUPPORT',
              title: 'جلسة جماعية',
              heldOn: '2025-11-05',
              durationMinutes: 60,
              attendance: [{ learnerId: 41, present: false }],
              present: 0,
              version: 0,
            },
          ]),
        ),
    })
    const rows = byTestId('learner-activities').findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('ورشة المسرح')
    expect(rows[0]!.text()).toContain('Présent')
    expect(rows[1]!.text()).toContain('Absent')
    expect(
      api.requests.some((r) => r.url.includes('/api/v1/support-activities') && r.url.includes('learnerId=41')),
    ).toBe(true)
  })

  it('lists the learner’s placements newest first, with transfers and outcomes', async () => {
    await open({
      'GET /api/v1/placements': () =>
        json(
          page([
            placement({
              id: 1,
              schoolYear: '2024/2025',
              requestedAt: '2024-10-01T10:00:00Z',
              status: 'ENDED',
              outcome: 'TRANSFERRED',
              endedOn: '2025-01-10',
            }),
            placement({ id: 2, requestedAt: '2025-10-02T10:00:00Z', transferredFromId: 1 }),
          ]),
        ),
    })
    const rows = byTestId('learner-placements').findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('2025/2026')
    expect(rows[0]!.text()).toContain('Arrivé par transfert')
    expect(rows[1]!.text()).toContain('Transfert vers un autre centre')
    expect(byTestId('placement-centre-link-2').attributes('href')).toBe('/centres/5')
  })

  it('places the learner in a programme the age allows, at a centre of that programme', async () => {
    let placed = false
    const api = await open({
      'GET /api/v1/placements': () => json(page(placed ? [placement()] : [])),
      'POST /api/v1/placements': () => {
        placed = true
        return json(placement(), 201)
      },
    })
    await choosePlacement()

    const centres = api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/centres').at(-1)!
    expect(new URL(centres.url).searchParams.get('type')).toBe('E2C_NG')
    expect(new URL(centres.url).searchParams.get('active')).toBe('true')
    expect(inBody('placement-programme-NFE_BASIC')).not.toBeNull()

    inBody('placement-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({
      learnerId: 41,
      centreId: 5,
      schoolYear: '2025/2026',
      programme: 'E2C_NG',
      enrolledOn: proposedEnrolmentDate(schoolYears.find((y) => y.code === '2025/2026')),
      waitlistIfFull: false,
    })
    await vi.waitFor(() => expect(byTestId('learner-placements').text()).toContain(hayAlWahda.nameAr))
    expect(inBody('placement-dialog')).toBeNull()
  })

  it('shows the age, the reference date and the bands when the age is outside the band', async () => {
    await open({
      'POST /api/v1/placements': () =>
        problem(422, {
          type: 'https://forsa.ma/problems/unprocessable',
          title: 'Rule not satisfied',
          detail: 'The learner is 15 at the reference date 2025-12-31 of 2025/2026; E2C_NG takes 16 to 18.',
          age: 15,
          referenceDate: '2025-12-31',
          bands: { NFE_BASIC: '8-15', E2C_NG: '16-18' },
          errors: [{ field: 'programme', message: 'age 15 is outside the band' }],
        }),
    })
    await choosePlacement()
    inBody('placement-save')!.click()
    await flushPromises()

    const refusal = inBody('placement-outside-band')!
    expect(refusal.textContent).toContain('E2C_NG takes 16 to 18')
    expect(refusal.textContent).toContain('Âge au 31 déc. 2025 : 15 ans')
    expect(refusal.textContent).toContain('E2C-NG : 16-18 ans')
    expect(inBody('placement-waitlist-offer')).toBeNull()
  })

  it('asks for a reason when the guardian has not consented to sharing, and sends it', async () => {
    const api = await open({
      'POST /api/v1/placements': async (request) => {
        const body = await request.clone().json()
        return body.consentOverrideReason
          ? json(placement({ consentOverrideReason: body.consentOverrideReason }), 201)
          : problem(409, {
              type: 'https://forsa.ma/problems/consent-required',
              title: 'Guardian consent required',
              detail: 'Centre 5 is run by another association than the one that recorded learner 41.',
              errors: [{ field: 'consentOverrideReason', message: 'required without consent to share' }],
            })
      },
    })
    await choosePlacement()
    inBody('placement-save')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(inBody('placement-consentOverrideReason')).not.toBeNull())
    expect(inBody('placement-waitlist-offer')).toBeNull()
    const reason = inBody('placement-consentOverrideReason') as HTMLTextAreaElement
    reason.value = 'الأسرة انتقلت'
    reason.dispatchEvent(new Event('input'))
    await flushPromises()
    inBody('placement-override-save')!.click()
    await flushPromises()
    const sent = api.bodies.filter((b) => typeof b === 'object' && b !== null && 'centreId' in (b as object))
    expect((sent.at(-1) as { consentOverrideReason?: string }).consentOverrideReason).toBe('الأسرة انتقلت')
  })

  it('says the learner is already enrolled this year before asking anything of the user', async () => {
    const api = await open({ 'GET /api/v1/placements': () => json(page([placement({ id: 7046 })])) })
    await byTestId('learner-place').trigger('click')
    await flushPromises()
    await vi.waitFor(() => expect(inBody('placement-already')).not.toBeNull())
    expect(inBody('placement-already')!.textContent).toContain('Inscrit à')
    expect(inBody('placement-already')!.textContent).toContain('2025/2026')
    expect((inBody('placement-save') as HTMLButtonElement).disabled).toBe(true)
    expect(inBody('placement-consentOverrideReason')).toBeNull()
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false)
  })

  it('words the API’s «already placed» in the user’s language, and asks for no consent', async () => {
    await open({
      'POST /api/v1/placements': () =>
        problem(409, {
          type: 'https://forsa.ma/problems/already-placed',
          title: 'Already placed this school year',
          detail: 'Learner 41 is already ENROLLED in 2025/2026 (placement 7046); end or transfer it first.',
          placementId: 7046,
          placementStatus: 'ENROLLED',
          schoolYear: '2025/2026',
        }),
    })
    await choosePlacement()
    inBody('placement-save')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(inBody('placement-conflict')).not.toBeNull())
    const text = inBody('placement-conflict')!.textContent ?? ''
    expect(text).toContain('déjà inscrit à un programme en 2025/2026')
    expect(text).not.toContain('7046')
    expect(text).not.toContain('ENROLLED')
    expect(inBody('placement-consentOverrideReason')).toBeNull()
  })

  it('proposes a start date within the school year and refuses one outside it before sending', async () => {
    const api = await open()
    await choosePlacement()
    const date = inBody('placement-enrolledOn') as HTMLInputElement
    expect(date.min).toBe('2025-09-01')
    expect(date.max).toBe('2026-07-31')
    expect(date.value >= '2025-09-01' && date.value <= '2026-07-31').toBe(true)
    date.value = '2026-08-01'
    date.dispatchEvent(new Event('input'))
    await flushPromises()
    inBody('placement-save')!.click()
    await flushPromises()
    expect(document.body.textContent).toContain('La date doit tomber dans l’année scolaire 2025/2026')
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false)
  })

  it('offers the waiting list when the centre is full, and asks again with it', async () => {
    const api = await open({
      'POST /api/v1/placements': async (request) => {
        const body = await request.clone().json()
        return body.waitlistIfFull
          ? json(placement({ status: 'WAITING', waitingPosition: 3, classNumber: undefined }), 201)
          : problem(409, {
              type: 'https://forsa.ma/problems/centre-full',
              title: 'Centre full',
              detail: 'Centre 5 is full for 2025/2026 (40 places, classes of 20).',
            })
      },
    })
    await choosePlacement()
    inBody('placement-save')!.click()
    await flushPromises()

    expect(inBody('placement-conflict')!.textContent).toContain('Ce centre est complet pour cette année')
    inBody('placement-waitlist-offer')!.click()
    await flushPromises()

    expect(api.bodies.at(-1)).toMatchObject({ centreId: 5, waitlistIfFull: true })
    await vi.waitFor(() => expect(inBody('placement-dialog')).toBeNull())
  })

  describe('erasing the learner’s personal data', () => {
    // What the API answers once the personal fields are erased (LearnerService.anonymise).
    const erased = {
      ...amina,
      firstNameAr: '—',
      lastNameAr: '—',
      firstNameLatin: undefined,
      lastNameLatin: undefined,
      birthDate: '2010-07-01',
      anonymisedAt: '2026-11-20T10:15:00Z',
      version: 1,
    }

    async function openDialog() {
      await byTestId('learner-anonymise').trigger('click')
      await flushPromises()
      await vi.waitFor(() => expect(inBody('anonymise-dialog')).not.toBeNull())
    }

    it('asks the directorate admin why, says it cannot be undone, and then shows the learner anonymised', async () => {
      const api = await open({ 'POST /api/v1/learners/41/anonymisation': () => json(erased) }, 'directorate-admin')
      expect(byTestId('learner-anonymise').classes()).toContain('p-button-danger')
      await openDialog()

      const warning = inBody('anonymise-warning')!.textContent!
      expect(warning).toContain('irréversible')
      expect(warning).toContain('loi 09-08')
      expect(warning).toContain('les statistiques ne changent pas')

      inBody('anonymise-save')!.click()
      await flushPromises()
      expect(inBody('error-reason')!.textContent).toContain('Indiquez qui a demandé l’effacement')
      expect(api.requests.some((r) => r.method === 'POST')).toBe(false)

      typeInto(inBody('anonymise-reason'), '  Demande écrite du tuteur, 2026-11-20 ')
      inBody('anonymise-save')!.click()
      await flushPromises()

      const sent = api.requests.find((r) => r.method === 'POST')!
      expect(new URL(sent.url).pathname).toBe('/api/v1/learners/41/anonymisation')
      expect(api.bodies.at(-1)).toEqual({ reason: 'Demande écrite du tuteur, 2026-11-20' })
      await vi.waitFor(() => expect(inBody('anonymise-dialog')).toBeNull())
      expect(byTestId('learner-name').text()).toContain('Bénéficiaire anonymisé(e)')
      expect(byTestId('learner-anonymised-tag').text()).toBe('Données personnelles effacées')
      expect(byTestId('learner-anonymised').text()).toContain('Données personnelles effacées le 20 nov. 2026')
      expect(wrapper!.text()).toContain('né(e) en 2010')
      expect(byTestId('learner-anonymise').exists()).toBe(false)
      expect(byTestId('learner-place').exists()).toBe(false)
      expect(byTestId('learner-save').exists()).toBe(false)
      expect(byTestId('learner-read-only').text()).toContain('Fiche anonymisée')
      expect((byTestId('learner-firstNameAr').element as HTMLInputElement).disabled).toBe(true)
    })

    it('shows why the API refuses while the learner is still placed, and keeps the record', async () => {
      await open(
        {
          'GET /api/v1/placements': () => json(page([placement()])),
          'POST /api/v1/learners/41/anonymisation': () =>
            problem(409, {
              type: 'https://forsa.ma/problems/conflict',
              title: 'Conflict',
              detail:
                'Learner 41 is enrolled or waiting in a centre; end that placement before erasing their personal data.',
            }),
        },
        'directorate-admin',
      )
      await openDialog()
      typeInto(inBody('anonymise-reason'), 'Demande orale de la mère')
      inBody('anonymise-save')!.click()
      await flushPromises()

      expect(inBody('anonymise-error')!.textContent).toContain('end that placement before erasing their personal data')
      expect(inBody('anonymise-dialog')).not.toBeNull()
      expect(byTestId('learner-name').text()).toContain('أمينة')
      expect(byTestId('learner-anonymised').exists()).toBe(false)
    })

    it('shows the API’s complaint about the reason beside it', async () => {
      await open(
        {
          'POST /api/v1/learners/41/anonymisation': () =>
            problem(400, {
              title: 'Invalid input',
              errors: [{ field: 'anonymise.input.reason', message: 'size must be between 0 and 500' }],
            }),
        },
        'directorate-admin',
      )
      await openDialog()
      typeInto(inBody('anonymise-reason'), 'Demande du tuteur')
      inBody('anonymise-save')!.click()
      await flushPromises()

      expect(inBody('error-reason')!.textContent).toContain('size must be between 0 and 500')
      expect(inBody('anonymise-error')!.textContent).toContain('Certains champs sont à corriger')
    })

    it.each(['directorate-staff', 'association-staff'] as const)('is never offered to %s', async (role) => {
      await open({}, role)
      expect(byTestId('learner-name').exists()).toBe(true)
      expect(byTestId('learner-anonymise').exists()).toBe(false)
    })

    it('offers neither placing nor editing an anonymised learner, nor erasing them again', async () => {
      await open(
        {
          'GET /api/v1/learners/41': () => json(erased),
          'GET /api/v1/placements': () =>
            json(page([placement({ status: 'ENDED', outcome: 'COMPLETED', endedOn: '2026-06-30' })])),
        },
        'directorate-admin',
      )
      expect(byTestId('learner-anonymised-tag').exists()).toBe(true)
      expect(byTestId('learner-anonymise').exists()).toBe(false)
      expect(byTestId('learner-place').exists()).toBe(false)
      expect(byTestId('learner-save').exists()).toBe(false)
      expect(byTestId('learner-placements').text()).toContain('Parcours achevé')
      expect(byTestId('learner-placements').find('thead').text()).not.toContain('Actions')
    })
  })
})
