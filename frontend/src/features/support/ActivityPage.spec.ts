import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import SelectButton from 'primevue/selectbutton'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { hayAlWahda, placement, schoolYears, supportActivity } from '@/test/fixtures'
import ActivityPage from './ActivityPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const enrolled = [
  placement({ id: 91, learnerId: 42, learnerNameAr: 'سلمى البوزيدي', learnerNameLatin: 'Salma Bouzidi' }),
  placement({ id: 90, learnerId: 41 }),
]

async function open(path: string, routes: Parameters<typeof fakeApi>[0] = {}, role: Role = 'association-staff') {
  const api = fakeApi({
    'GET /api/v1/centres': () => json(page([hayAlWahda])),
    'GET /api/v1/school-years': () => json(page(schoolYears)),
    'GET /api/v1/placements': () => json(page(enrolled)),
    ...routes,
  })
  const mounted = await mountInApp(ActivityPage, {
    user: userWith(role),
    path,
    mounting: { props: path.endsWith('/new') ? {} : { id: path.split('/').at(-1) } },
  })
  wrapper = mounted.wrapper
  await flushPromises()
  return { api, router: mounted.router }
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const choose = async (component: typeof Select | typeof SelectButton, testId: string, value: unknown) => {
  componentByTestId(wrapper!, component, testId).vm.$emit('update:modelValue', value)
  await flushPromises()
}
const checkbox = (learnerId: number) => byTestId(`attendance-${learnerId}`).find('input')
const isChecked = (learnerId: number) => (checkbox(learnerId).element as HTMLInputElement).checked

describe('ActivityPage: recording a session', () => {
  it('lists the learners enrolled at the chosen centre in the school year of the session, each with a present box', async () => {
    const { api } = await open('/support/activities/new')
    expect(byTestId('attendance-choose-centre').exists()).toBe(true)

    await byTestId('activity-heldOn').setValue('2025-10-14')
    await choose(Select, 'activity-centreId', 5)

    const asked = api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/placements').at(-1)!
    expect(Object.fromEntries(new URL(asked.url).searchParams)).toEqual({
      centreId: '5',
      schoolYear: '2025/2026',
      status: 'ENROLLED',
      page: '0',
      size: '100',
    })
    const names = byTestId('activity-attendance')
      .findAll('.roster li')
      .map((li) => [li.find('bdi').text(), li.find('[dir="ltr"]').text()])
    expect(names).toEqual([
      ['أمينة الصحراوي', 'Amina Sahraoui'],
      ['سلمى البوزيدي', 'Salma Bouzidi'],
    ])
    expect(isChecked(41)).toBe(false)
    expect(byTestId('attendance-count').text()).toBe('Aucun présent sur 2')
  })

  it('finds a learner of a long roster by name, whatever the spelling, and keeps the others’ marks', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      placement({ id: 200 + i, learnerId: 300 + i, learnerNameAr: `متعلم ${i}`, learnerNameLatin: `Learner ${i}` }),
    )
    many.push(
      placement({
        id: 250,
        learnerId: 350,
        learnerNameAr: 'إبراهيم جاكاني',
        learnerNameLatin: 'Brahim Jakani',
        classNumber: 1,
        ageAtReference: 15,
      }),
    )
    many.push(
      placement({
        id: 251,
        learnerId: 351,
        learnerNameAr: 'إبراهيم جاكاني',
        learnerNameLatin: 'Brahim Jakani',
        classNumber: 2,
        ageAtReference: 16,
      }),
    )
    await open('/support/activities/new', { 'GET /api/v1/placements': () => json(page(many)) })
    await byTestId('activity-heldOn').setValue('2025-10-14')
    await choose(Select, 'activity-centreId', 5)
    await checkbox(300).setValue(true)
    await byTestId('attendance-search').setValue('ابراهيم جاك')
    expect(byTestId('activity-attendance').findAll('.roster li')).toHaveLength(2)
    expect(byTestId('activity-attendance').find('.roster li').text()).toContain('Brahim Jakani')
    // two learners of the same name are told apart by their class and age
    expect(byTestId('attendance-who-350').text()).toBe('classe 1 · 15 ans')
    expect(byTestId('attendance-who-351').text()).toBe('classe 2 · 16 ans')
    await byTestId('attendance-search').setValue('brahim')
    expect(byTestId('activity-attendance').findAll('.roster li')).toHaveLength(2)
    await byTestId('attendance-search').setValue('يوسف')
    expect(byTestId('attendance-no-match').exists()).toBe(true)
    await byTestId('attendance-search').setValue('')
    expect(byTestId('activity-attendance').findAll('.roster li')).toHaveLength(14)
    expect(isChecked(300)).toBe(true)
  })

  it('hides the category for psychological support, and sends the attendance with a present flag for everyone', async () => {
    const { api, router } = await open('/support/activities/new', {
      'POST /api/v1/support-activities': () => json(supportActivity(), 201),
    })
    await choose(SelectButton, 'activity-kind', 'PARALLEL_ACTIVITY')
    expect(byTestId('activity-category').exists()).toBe(true)
    await choose(Select, 'activity-category', 'SPORT')

    await choose(SelectButton, 'activity-kind', 'PSYCHOLOGICAL_SUPPORT')
    expect(byTestId('activity-category').exists()).toBe(false)

    await byTestId('activity-heldOn').setValue('2025-10-14')
    await choose(Select, 'activity-centreId', 5)
    await byTestId('activity-title').setValue('Groupe de parole')
    await byTestId('activity-durationMinutes').setValue('90')
    await byTestId('activity-facilitator').setValue('Khadija Bennani')
    await checkbox(41).trigger('change')
    expect(isChecked(41)).toBe(true)
    expect(byTestId('attendance-count').text()).toBe('Un présent sur 2')

    await byTestId('activity-form').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({
      centreId: 5,
      kind: 'PSYCHOLOGICAL_SUPPORT',
      title: 'Groupe de parole',
      heldOn: '2025-10-14',
      durationMinutes: 90,
      facilitator: 'Khadija Bennani',
      attendance: [
        { learnerId: 41, present: true },
        { learnerId: 42, present: false },
      ],
    })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('support'))
  })

  it('sends the category of a parallel activity, and marks everyone present at once', async () => {
    const { api } = await open('/support/activities/new', {
      'POST /api/v1/support-activities': () =>
        json(supportActivity({ kind: 'PARALLEL_ACTIVITY', category: 'OUTING' }), 201),
    })
    await choose(SelectButton, 'activity-kind', 'PARALLEL_ACTIVITY')
    await choose(Select, 'activity-category', 'OUTING')
    await byTestId('activity-heldOn').setValue('2025-10-14')
    await choose(Select, 'activity-centreId', 5)
    await byTestId('activity-title').setValue('Sortie à la plage de Foum El Oued')
    await byTestId('activity-durationMinutes').setValue('240')
    await byTestId('attendance-all').trigger('click')
    await byTestId('activity-form').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toMatchObject({
      kind: 'PARALLEL_ACTIVITY',
      category: 'OUTING',
      attendance: [
        { learnerId: 41, present: true },
        { learnerId: 42, present: true },
      ],
    })
  })

  it('says beside each field what is missing, before calling the server', async () => {
    const { api } = await open('/support/activities/new')
    await byTestId('activity-durationMinutes').setValue('0')
    await byTestId('activity-form').trigger('submit')
    await flushPromises()
    expect(byTestId('error-kind').text()).toBe('Ce champ est obligatoire.')
    expect(byTestId('error-centreId').exists()).toBe(true)
    expect(byTestId('error-title').exists()).toBe(true)
    expect(byTestId('error-durationMinutes').text()).toBe('Une durée entière de 1 à 1440 minutes.')
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false)
  })
})

describe('ActivityPage: an activity recorded before', () => {
  const recorded = supportActivity({
    attendance: [
      { learnerId: 41, present: true },
      { learnerId: 42, present: false },
      { learnerId: 77, present: true },
    ],
    present: 2,
  })

  it('shows its attendance, and corrects it with the version read', async () => {
    const { api } = await open('/support/activities/30', {
      'GET /api/v1/support-activities/30': () => json(recorded),
      'PUT /api/v1/support-activities/30': () => json({ ...recorded, version: 4 }),
    })
    expect(byTestId('activity-heading').text()).toBe('Groupe de parole')
    expect(isChecked(41)).toBe(true)
    expect(isChecked(42)).toBe(false)
    // Listed when the session was recorded, not enrolled at the centre any more.
    expect(byTestId('activity-attendance').text()).toContain('Bénéficiaire n° 77 (n’est plus inscrit dans ce centre)')
    expect(isChecked(77)).toBe(true)

    await checkbox(42).trigger('change')
    await byTestId('activity-form').trigger('submit')
    await flushPromises()

    const put = api.requests.find((r) => r.method === 'PUT')!
    expect(new URL(put.url).pathname).toBe('/api/v1/support-activities/30')
    expect(api.bodies.at(-1)).toMatchObject({
      centreId: 5,
      kind: 'PSYCHOLOGICAL_SUPPORT',
      version: 3,
      attendance: [
        { learnerId: 41, present: true },
        { learnerId: 42, present: true },
        { learnerId: 77, present: true },
      ],
    })
    expect(api.bodies.at(-1)).not.toHaveProperty('category')
  })

  it('after a stale save, lists what changed meanwhile, the attendance by name, and saves the choice on the new version', async () => {
    let reads = 0
    const changed = {
      ...recorded,
      notes: 'Séance déplacée à la salle 2',
      attendance: [
        { learnerId: 41, present: true },
        { learnerId: 42, present: true },
        { learnerId: 77, present: true },
      ],
      version: 4,
    }
    const { api } = await open('/support/activities/30', {
      'GET /api/v1/support-activities/30': () => json(reads++ === 0 ? recorded : changed),
      'PUT /api/v1/support-activities/30': () =>
        api.bodies.length === 1
          ? problem(409, { type: 'https://forsa.ma/problems/stale-version', title: 'Conflict', detail: 'stale' })
          : json({ ...changed, title: 'Groupe de parole des mères', version: 5 }),
    })
    await byTestId('activity-title').setValue('Groupe de parole des mères')
    await checkbox(41).trigger('change')
    await byTestId('activity-form').trigger('submit')
    await flushPromises()

    expect(byTestId('activity-conflict').exists()).toBe(false)
    const rows = wrapper!.findAll('[data-testid="version-conflict"] tbody tr')
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual([
      'conflict-title',
      'conflict-notes',
      'conflict-attendance',
    ])
    const value = (id: string) => byTestId(id).element.closest('label')?.textContent?.trim()
    expect(value('conflict-attendance-mine')).toBe('Bénéficiaire n° 77 (n’est plus inscrit dans ce centre)')
    expect(value('conflict-attendance-theirs')).toBe(
      'أمينة الصحراوي, سلمى البوزيدي, Bénéficiaire n° 77 (n’est plus inscrit dans ce centre)',
    )
    await byTestId('conflict-attendance-theirs').find('input').setValue(true)
    await byTestId('conflict-apply').trigger('click')
    await flushPromises()
    expect(isChecked(41)).toBe(true)

    await byTestId('activity-form').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({
      title: 'Groupe de parole des mères',
      notes: 'Séance déplacée à la salle 2',
      attendance: [
        { learnerId: 41, present: true },
        { learnerId: 42, present: true },
        { learnerId: 77, present: true },
      ],
      version: 4,
    })
  })

  it.each(['directorate-staff', 'directorate-admin'] as const)(
    'is read-only for %s: no save, no boxes to tick',
    async (role) => {
      const { api } = await open(
        '/support/activities/30',
        { 'GET /api/v1/support-activities/30': () => json(recorded) },
        role,
      )
      expect(byTestId('activity-save').exists()).toBe(false)
      expect(byTestId('attendance-all').exists()).toBe(false)
      expect((checkbox(41).element as HTMLInputElement).disabled).toBe(true)
      expect((byTestId('activity-title').element as HTMLInputElement).disabled).toBe(true)
      expect(wrapper!.text()).toContain('Consultation seule')
      // Every centre of the directorate, to name the activity's, closed or not.
      const centres = api.requests.find((r) => new URL(r.url).pathname === '/api/v1/centres')!
      expect(new URL(centres.url).searchParams.has('active')).toBe(false)
    },
  )
})
