import { flushPromises, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CampaignReach, CampaignView } from '@/api/types'
import type { Role } from '@/lib/auth'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { componentByTestId, inBody, typeInto } from '@/test/dom'
import { campaign, caravan } from '@/test/fixtures'
import CampaignPage from './CampaignPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

type Routes = Parameters<typeof fakeApi>[0]
type Confirmation = { message: string; accept: () => void }

const day = (id: number, reachedOn: string, peopleReached: number) => ({
  id,
  channel: 'DOOR_TO_DOOR' as const,
  reachedOn,
  peopleReached,
  recordedBy: 'assoc.tamayuz',
  recordedAt: `${reachedOn}T18:00:00Z`,
})
const firstDay: CampaignReach = {
  items: [day(31, '2025-09-16', 120)],
  byChannel: [{ channel: 'DOOR_TO_DOOR', peopleReached: 120 }],
  totalPeopleReached: 120,
}

async function openAs(role: Role, routes: Routes = {}, shown: CampaignView = campaign()) {
  const api = fakeApi({
    'GET /api/v1/campaigns/4': () => json(shown),
    'GET /api/v1/campaigns/4/reach': () => json(firstDay),
    'GET /api/v1/caravans': () => json(page([caravan()])),
    'GET /api/v1/cases/counts': () =>
      json({ byStatus: { IDENTIFIED: 6, CONTACTED: 6, REFERRED: 5, ENROLLED: 12 }, total: 29 }),
    'GET /api/v1/associations': () =>
      json(page([{ id: 3, nameAr: 'جمعية التميز للمرأة والطفل', nameFr: 'Association Excellence', active: true }])),
    'GET /api/v1/directorates/LAA/communes': () =>
      json(page([{ code: 'LAA-LAAYOUNE', nameAr: 'العيون', nameFr: 'Laâyoune' }])),
    ...routes,
  })
  const mounted = await mountInApp(CampaignPage, {
    user: userWith(role, role === 'association-staff' ? { associationId: 3 } : {}),
    path: '/campaigns/4',
    mounting: { props: { id: '4' } },
  })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const moveButtons = () =>
  wrapper!.findAll('[data-testid^="campaign-to-"]').map((b) => b.attributes('data-testid')!.replace('campaign-to-', ''))

describe('CampaignPage', () => {
  it('shows the terms, the people reached by channel and the caravans', async () => {
    await openAs('directorate-staff')
    expect(byTestId('campaign-title').text()).toContain('Campagne de sensibilisation à l’éducation non formelle')
    expect(byTestId('campaign-status').text()).toBe('En cours')
    const details = byTestId('campaign-details').text()
    expect(details).toContain('Porte-à-porte')
    expect(details).toContain('Laâyoune')
    expect(details).toContain('Association Excellence')
    expect(byTestId('campaign-reach-total').text()).toBe('Total : 120 personnes touchées')
    expect(byTestId('campaign-reach-DOOR_TO_DOOR').text()).toBe('Porte-à-porte : 120')
    expect(byTestId('caravan-link-6').attributes('href')).toBe('/caravans/6')
    expect(byTestId('caravan-new').exists()).toBe(true)
  })

  it('lets association staff record the people reached but neither change nor move the campaign', async () => {
    await openAs('association-staff')
    expect(byTestId('campaign-actions').exists()).toBe(false)
    expect(moveButtons()).toEqual([])
    expect(byTestId('caravan-new').exists()).toBe(false)
    expect(byTestId('campaign-reach-form').exists()).toBe(true)
    expect(byTestId('campaign-reach-remove-31').exists()).toBe(true)
  })

  it('shows the academy analyst the campaign and its reach, with nothing to record', async () => {
    await openAs('academy-analyst')
    expect(byTestId('campaign-reach-total').text()).toContain('120')
    expect(byTestId('campaign-reach-form').exists()).toBe(false)
    expect(byTestId('campaign-reach-remove-31').exists()).toBe(false)
    expect(byTestId('campaign-actions').exists()).toBe(false)
  })

  it('records a day’s count and shows the new totals', async () => {
    let recorded = false
    const api = await openAs('association-staff', {
      'GET /api/v1/campaigns/4/reach': () =>
        json(
          recorded
            ? {
                items: [day(31, '2025-09-16', 120), { ...day(32, '2025-09-17', 45), channel: 'RADIO' }],
                byChannel: [
                  { channel: 'DOOR_TO_DOOR', peopleReached: 120 },
                  { channel: 'RADIO', peopleReached: 45 },
                ],
                totalPeopleReached: 165,
              }
            : firstDay,
        ),
      'POST /api/v1/campaigns/4/reach': () => {
        recorded = true
        return json({ ...day(32, '2025-09-17', 45), channel: 'RADIO' }, 201)
      },
    })
    await byTestId('reach-reachedOn').setValue('2025-09-17')
    componentByTestId(wrapper!, Select, 'reach-channel').vm.$emit('update:modelValue', 'RADIO')
    await byTestId('reach-peopleReached').setValue('45')
    await byTestId('reach-save').trigger('submit')
    await flushPromises()

    expect(api.bodies.at(-1)).toEqual({ reachedOn: '2025-09-17', channel: 'RADIO', peopleReached: 45 })
    expect(byTestId('campaign-reach-total').text()).toBe('Total : 165 personnes touchées')
    expect(byTestId('campaign-reach-RADIO').text()).toBe('Radio : 45')
    expect(byTestId('campaign-reach-days').findAll('tbody tr')).toHaveLength(2)
    expect((byTestId('reach-peopleReached').element as HTMLInputElement).value).toBe('')
  })

  it('says why a second count for the same day and channel is refused', async () => {
    await openAs('directorate-staff', {
      'POST /api/v1/campaigns/4/reach': () =>
        problem(409, {
          type: 'https://forsa.ma/problems/conflict',
          title: 'Conflict',
          detail: 'The people reached that day by that channel are already recorded (entry 31)',
          existingId: 31,
          errors: [{ field: 'reachedOn', message: 'already recorded (entry 31)' }],
        }),
    })
    await byTestId('reach-reachedOn').setValue('2025-09-16')
    componentByTestId(wrapper!, Select, 'reach-channel').vm.$emit('update:modelValue', 'DOOR_TO_DOOR')
    await byTestId('reach-peopleReached').setValue('10')
    await byTestId('reach-save').trigger('submit')
    await flushPromises()
    expect(byTestId('error-reachedOn').text()).toBe('already recorded (entry 31)')
  })

  it('removes a count recorded by mistake once confirmed', async () => {
    let removed = false
    const api = await openAs('directorate-staff', {
      'GET /api/v1/campaigns/4/reach': () =>
        json(removed ? { items: [], byChannel: [], totalPeopleReached: 0 } : firstDay),
      'DELETE /api/v1/campaigns/4/reach/31': () => {
        removed = true
        return new Response(null, { status: 204 })
      },
    })
    // The question the layout's confirmation dialog asks, answered yes.
    const asked: string[] = []
    const { $confirm } = wrapper!.vm as unknown as { $confirm: { require: (options: Confirmation) => void } }
    vi.spyOn($confirm, 'require').mockImplementation((options) => {
      asked.push(options.message)
      options.accept()
    })
    await byTestId('campaign-reach-remove-31').trigger('click')
    await flushPromises()

    expect(asked).toEqual(['Supprimer le décompte du 16 sept. 2025 · Porte-à-porte (120 personnes touchées) ?'])
    expect(api.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1)
    await vi.waitFor(() => expect(byTestId('campaign-reach-total').text()).toBe('Total : 0 personnes touchées'))
  })

  it('asks why a campaign that never ran is closed, then closes it', async () => {
    const api = await openAs(
      'directorate-admin',
      {
        'POST /api/v1/campaigns/4/transitions': () =>
          json(campaign({ status: 'CLOSED', closeReason: 'Budget non disponible' })),
      },
      campaign({ status: 'PLANNED' }),
    )
    expect(moveButtons()).toEqual(['ACTIVE', 'CLOSED'])
    // Counts are recorded once the campaign runs.
    expect(byTestId('campaign-reach-form').exists()).toBe(false)

    await byTestId('campaign-to-CLOSED').trigger('click')
    await flushPromises()
    inBody('campaign-transition-save')!.click()
    await flushPromises()
    expect(inBody('error-reason')!.textContent).toContain('Le motif est obligatoire')
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false)

    typeInto(inBody('campaign-reason'), 'Budget non disponible')
    inBody('campaign-transition-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({ to: 'CLOSED', reason: 'Budget non disponible' })
    await vi.waitFor(() => expect(byTestId('campaign-status').text()).toBe('Clôturée'))
    expect(byTestId('campaign-closed').text()).toContain('Budget non disponible')
    expect(byTestId('campaign-actions').exists()).toBe(false)
    expect(byTestId('caravan-new').exists()).toBe(false)
  })

  it('launches a planned campaign without asking for a reason', async () => {
    const api = await openAs(
      'directorate-staff',
      { 'POST /api/v1/campaigns/4/transitions': () => json(campaign()) },
      campaign({ status: 'PLANNED' }),
    )
    await byTestId('campaign-to-ACTIVE').trigger('click')
    await flushPromises()
    expect(inBody('campaign-reason')).toBeNull()
    inBody('campaign-transition-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({ to: 'ACTIVE' })
    await vi.waitFor(() => expect(moveButtons()).toEqual(['CLOSED']))
    expect(byTestId('campaign-reach-form').exists()).toBe(true)
  })

  it('counts the children its caravans found at each step, each step opening the board on them', async () => {
    const api = await openAs('association-staff')
    const asked = api.requests.find((r) => new URL(r.url).pathname === '/api/v1/cases/counts')!
    expect(new URL(asked.url).searchParams.get('campaignId')).toBe('4')
    expect(byTestId('case-step-count-all').text()).toBe('29')
    expect(byTestId('case-step-count-DECLINED').text()).toBe('0')
    expect(byTestId('case-step-REFERRED').attributes('href')).toBe('/cases?campaignId=4&status=REFERRED')
    expect(byTestId('campaign-cases-board').attributes('href')).toBe('/cases?campaignId=4')
  })

  it('shows the academy analyst no child found', async () => {
    const api = await openAs('academy-analyst')
    expect(byTestId('campaign-cases').exists()).toBe(false)
    expect(api.requests.some((r) => new URL(r.url).pathname.startsWith('/api/v1/cases'))).toBe(false)
  })
})
