import { flushPromises, type VueWrapper } from '@vue/test-utils'
import MultiSelect from 'primevue/multiselect'
import Select from 'primevue/select'
import SelectButton from 'primevue/selectbutton'
import { afterEach, describe, expect, it } from 'vitest'
import type { AtRiskActionView } from '@/api/types'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, problem, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { atRiskPupil } from '@/test/fixtures'
import PupilNewPage from './PupilNewPage.vue'
import PupilPage from './PupilPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const actions: AtRiskActionView[] = [
  {
    id: 1,
    actedOn: '2025-10-05',
    action: 'HOME_VISIT',
    recordedBy: 'assoc.tamayuz',
    recordedAt: '2025-10-05T17:00:00Z',
  },
  {
    id: 3,
    actedOn: '2025-11-02',
    action: 'SCHOOL_MEETING',
    note: 'Rencontre avec le directeur : absences en baisse.',
    recordedBy: 'assoc.tamayuz',
    recordedAt: '2025-11-02T12:00:00Z',
  },
  {
    id: 2,
    actedOn: '2025-10-20',
    action: 'FAMILY_MEETING',
    recordedBy: 'assoc.tamayuz',
    recordedAt: '2025-10-20T18:00:00Z',
  },
]

async function open(routes: Parameters<typeof fakeApi>[0], role: Role = 'association-staff') {
  const api = fakeApi({ 'GET /api/v1/at-risk-pupils/60': () => json(atRiskPupil({ actions })), ...routes })
  const mounted = await mountInApp(PupilPage, {
    user: userWith(role),
    path: '/support/pupils/60',
    mounting: { props: { id: '60' } },
  })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const journal = () => wrapper!.findAll('[data-testid^="pupil-journal-entry-"]').map((e) => e.attributes('data-testid'))

describe('PupilPage: the action journal', () => {
  it('shows the actions newest first, with their notes and who recorded them', async () => {
    await open({})
    expect(byTestId('pupil-name').text()).toContain('يوسف العلوي')
    expect(journal()).toEqual(['pupil-journal-entry-3', 'pupil-journal-entry-2', 'pupil-journal-entry-1'])
    const newest = byTestId('pupil-journal-entry-3').text()
    expect(newest).toContain('Rencontre avec l’établissement')
    expect(newest).toContain('2 nov. 2025')
    expect(newest).toContain('Rencontre avec le directeur : absences en baisse.')
    expect(newest).toContain('Saisie par assoc.tamayuz')
  })

  it('records an action and shows it at the top of the journal', async () => {
    const added: AtRiskActionView = {
      id: 4,
      actedOn: '2025-11-10',
      action: 'TUTORING',
      note: 'Deux séances de soutien par semaine.',
      recordedBy: 'assoc.tamayuz',
      recordedAt: '2025-11-10T15:00:00Z',
    }
    const api = await open({
      'POST /api/v1/at-risk-pupils/60/actions': () => json(atRiskPupil({ actions: [...actions, added], version: 2 })),
    })
    await byTestId('pupil-action-actedOn').setValue('2025-11-10')
    componentByTestId(wrapper!, Select, 'pupil-action-action').vm.$emit('update:modelValue', 'TUTORING')
    await byTestId('pupil-action-note').setValue('  Deux séances de soutien par semaine. ')
    await byTestId('pupil-action-form').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({
      actedOn: '2025-11-10',
      action: 'TUTORING',
      note: 'Deux séances de soutien par semaine.',
    })
    expect(journal()[0]).toBe('pupil-journal-entry-4')
    expect(byTestId('pupil-journal-entry-4').text()).toContain('Soutien scolaire')
    // Ready for the next one.
    expect((byTestId('pupil-action-note').element as HTMLTextAreaElement).value).toBe('')
  })

  it('says beside the field that the action is missing, without calling the server', async () => {
    const api = await open({})
    await byTestId('pupil-action-form').trigger('submit')
    await flushPromises()
    expect(byTestId('error-action').text()).toBe('Ce champ est obligatoire.')
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false)
  })

  it('shows the server’s field errors beside the fields', async () => {
    await open({
      'POST /api/v1/at-risk-pupils/60/actions': () =>
        problem(400, {
          title: 'Bad Request',
          errors: [
            { field: 'recordAtRiskAction.input.actedOn', message: 'must be a date in the past or in the present' },
          ],
        }),
    })
    componentByTestId(wrapper!, Select, 'pupil-action-action').vm.$emit('update:modelValue', 'OTHER')
    await byTestId('pupil-action-form').trigger('submit')
    await flushPromises()
    expect(byTestId('error-actedOn').text()).toBe('must be a date in the past or in the present')
  })

  it.each(['directorate-staff', 'directorate-admin'] as const)('shows %s the journal read-only', async (role) => {
    await open({}, role)
    expect(journal()).toHaveLength(3)
    expect(byTestId('pupil-action-form').exists()).toBe(false)
    expect(byTestId('pupil-save').exists()).toBe(false)
    expect((byTestId('pupil-schoolName').element as HTMLInputElement).disabled).toBe(true)
  })
})

describe('PupilPage: changed meanwhile', () => {
  it('after a stale save, lists what changed as people read it, and saves the choice on the new version', async () => {
    let reads = 0
    const changed = atRiskPupil({ actions, status: 'STABILISED', signals: ['ABSENCES'], version: 2 })
    const api = await open({
      'GET /api/v1/at-risk-pupils/60': () => json(reads++ === 0 ? atRiskPupil({ actions }) : changed),
      'PUT /api/v1/at-risk-pupils/60': () =>
        api.bodies.length === 1
          ? problem(409, {
              type: 'https://forsa.ma/problems/stale-version',
              title: 'Changed by someone else',
              errors: [{ field: 'version', message: 'stale: current version is 2' }],
            })
          : json({ ...changed, schoolName: 'مدرسة الأمل', version: 3 }),
    })
    await byTestId('pupil-schoolName').setValue('مدرسة الأمل')
    await byTestId('pupil-form').trigger('submit')
    await flushPromises()

    const rows = wrapper!.findAll('[data-testid="version-conflict"] tbody tr')
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual([
      'conflict-schoolName',
      'conflict-signals',
      'conflict-status',
    ])
    const value = (id: string) => byTestId(id).element.closest('label')?.textContent?.trim()
    expect(value('conflict-signals-mine')).toBe('Absences répétées, Résultats insuffisants')
    expect(value('conflict-status-theirs')).toBe('Situation stabilisée')
    await byTestId('conflict-apply').trigger('click')
    await flushPromises()

    await byTestId('pupil-form').trigger('submit')
    await flushPromises()
    expect(api.bodies.at(-1)).toMatchObject({
      schoolName: 'مدرسة الأمل',
      signals: ['ABSENCES'],
      status: 'STABILISED',
      version: 2,
    })
  })
})

describe('PupilNewPage: following a pupil at risk', () => {
  it('sends the pupil with the risk signals chosen, then opens their page', async () => {
    const api = fakeApi({
      'POST /api/v1/at-risk-pupils': () => json(atRiskPupil(), 201),
      'GET /api/v1/at-risk-pupils/60': () => json(atRiskPupil()),
    })
    const mounted = await mountInApp(PupilNewPage, { user: userWith('association-staff'), path: '/support/pupils/new' })
    wrapper = mounted.wrapper
    await flushPromises()

    await byTestId('pupil-lastNameAr').setValue('العلوي')
    await byTestId('pupil-firstNameAr').setValue('يوسف')
    await byTestId('pupil-birthDate').setValue('2013-02-11')
    componentByTestId(wrapper, SelectButton, 'pupil-sex').vm.$emit('update:modelValue', 'M')
    await byTestId('pupil-massarCode').setValue('j130045678')
    await byTestId('pupil-schoolName').setValue('مدرسة الوحدة الابتدائية')
    componentByTestId(wrapper, Select, 'pupil-grade').vm.$emit('update:modelValue', 'P6')
    componentByTestId(wrapper, MultiSelect, 'pupil-signals').vm.$emit('update:modelValue', [
      'FAILING_MARKS',
      'ABSENCES',
    ])
    await flushPromises()
    await byTestId('pupil-form').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({
      firstNameAr: 'يوسف',
      lastNameAr: 'العلوي',
      birthDate: '2013-02-11',
      sex: 'M',
      massarCode: 'J130045678',
      schoolName: 'مدرسة الوحدة الابتدائية',
      grade: 'P6',
      signals: ['ABSENCES', 'FAILING_MARKS'],
      status: 'FOLLOWED',
    })
    expect(mounted.router.currentRoute.value.fullPath).toBe('/support/pupils/60')
  })

  it('asks for at least one risk signal', async () => {
    const api = fakeApi({})
    const mounted = await mountInApp(PupilNewPage, { user: userWith('association-staff'), path: '/support/pupils/new' })
    wrapper = mounted.wrapper
    await flushPromises()
    await byTestId('pupil-form').trigger('submit')
    await flushPromises()
    expect(byTestId('error-signals').text()).toBe('Choisissez au moins un signal de risque.')
    expect(byTestId('error-schoolName').exists()).toBe(true)
    expect(api.requests).toHaveLength(0)
  })
})
