import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import { componentByTestId } from '@/test/dom'
import { amina, hayAlWahda, schoolYears } from '@/test/fixtures'
import LearnersPage from './LearnersPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  vi.useRealTimers()
})

async function openAs(role: Role, learners = [amina], path = '/learners', counted: object = {}) {
  const api = fakeApi({
    'GET /api/v1/learners': () => json({ ...page(learners), ...counted }),
    'GET /api/v1/school-years': () => json(page(schoolYears)),
    'GET /api/v1/centres': () => json(page([hayAlWahda])),
    'GET /api/v1/associations': () => json(page([tamayuz])),
  })
  const mounted = await mountInApp(LearnersPage, { user: userWith(role), path })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const lastSearch = (api: Awaited<ReturnType<typeof openAs>>) =>
  Object.fromEntries(
    new URL(api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/learners').at(-1)!.url).searchParams,
  )

const tamayuz = { id: 3, nameAr: 'جمعية التميز للمرأة والطفل', nameFr: 'Association Excellence', active: true }

describe('LearnersPage', () => {
  it('tells learners of the same name apart by where they are now and who follows them', async () => {
    const brahim = { ...amina, firstNameAr: 'إبراهيم', lastNameAr: 'جاكاني', associationId: 3 }
    await openAs('directorate-staff', [
      {
        ...brahim,
        id: 1,
        currentPlacement: {
          learnerId: 1,
          placementId: 9,
          status: 'ENROLLED',
          programme: 'E2C_NG',
          centreId: 5,
          centreNameAr: 'مركز حي الوحدة',
          centreNameFr: 'Centre Hay Al Wahda',
          associationId: 3,
          schoolYear: '2025/2026',
        },
      },
      {
        ...brahim,
        id: 2,
        currentPlacement: {
          learnerId: 2,
          placementId: 10,
          status: 'WAITING',
          programme: 'NFE_BASIC',
          centreId: 6,
          centreNameAr: 'قسم المرسى',
          centreNameFr: 'Classe El Marsa',
          associationId: 3,
          schoolYear: '2025/2026',
        },
      },
      { ...brahim, id: 3, currentPlacement: undefined },
    ])
    expect(byTestId('learner-now-1').text()).toContain('Centre Hay Al Wahda')
    expect(byTestId('learner-now-1').text()).toContain('E2C')
    expect(byTestId('learner-now-2').text()).toContain('Classe El Marsa')
    expect(byTestId('learner-now-2').text()).toContain('liste d’attente')
    expect(byTestId('learner-now-3').text()).toContain('Sans inscription en cours')
    expect(byTestId('learners-table').text()).toContain('Association Excellence')
  })

  it('starts on the association named in the address, as an association’s page links to it', async () => {
    const api = await openAs('directorate-staff', [amina], '/learners?associationId=3')
    expect(lastSearch(api).associationId).toBe('3')
  })

  it('says "more than" the count when the API stopped counting at its bound', async () => {
    await openAs('directorate-staff', [amina], '/learners', { totalItems: 1000, totalPages: 50, totalExact: false })
    expect(byTestId('learner-count').text()).toMatch(/^Plus de 1000 /)
    expect(wrapper!.text()).toContain('sur plus de 1000')
    wrapper!.unmount()
    await openAs('directorate-staff', [amina], '/learners', { totalItems: 23, totalPages: 2, totalExact: true })
    expect(byTestId('learner-count').text()).toMatch(/^23 /)
    expect(wrapper!.text()).not.toContain('plus de')
  })

  it('lists the learners with their names in both scripts', async () => {
    await openAs('association-staff')
    const table = byTestId('learners-table').text()
    expect(table).toContain('أمينة الصحراوي')
    expect(table).toContain('Amina Sahraoui')
    expect(byTestId('learner-new').exists()).toBe(true)
  })

  it('searches by name once typing pauses, and by MASSAR code, birth date, sex, centre and school year', async () => {
    const api = await openAs('directorate-staff')
    vi.useFakeTimers()
    await byTestId('learner-search').setValue('فاطمة الزهراء')
    await byTestId('learner-massar-filter').setValue('g130045678')
    await vi.runAllTimersAsync()
    vi.useRealTimers()
    await byTestId('learner-birthdate-filter').setValue('2010-03-15')
    componentByTestId(wrapper!, Select, 'learner-sex-filter').vm.$emit('update:modelValue', 'F')
    componentByTestId(wrapper!, Select, 'learner-centre-filter').vm.$emit('update:modelValue', 5)
    componentByTestId(wrapper!, Select, 'learner-school-year-filter').vm.$emit('update:modelValue', '2025/2026')
    await flushPromises()

    expect(lastSearch(api)).toEqual({
      page: '0',
      size: '20',
      q: 'فاطمة الزهراء',
      massarCode: 'G130045678',
      birthDate: '2010-03-15',
      sex: 'F',
      centreId: '5',
      schoolYear: '2025/2026',
    })
  })
})
