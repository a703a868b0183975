import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import { agreement, hayAlWahda } from '@/test/fixtures'
import AssociationRelations from './AssociationRelations.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

describe('an association’s page', () => {
  it('links to its agreements and centres, and to the learners it follows with their number', async () => {
    const api = fakeApi({
      'GET /api/v1/agreements': () =>
        json(page([agreement({ id: 8, reference: 'DP-LAA/2025/E2C-01', status: 'ACTIVE' })])),
      'GET /api/v1/centres': () => json(page([hayAlWahda])),
      'GET /api/v1/learners': () => json({ ...page([]), totalItems: 147 }),
    })
    wrapper = (
      await mountInApp(AssociationRelations, {
        user: userWith('directorate-staff'),
        mounting: { props: { associationId: 3 } },
      })
    ).wrapper
    await flushPromises()
    for (const path of ['/api/v1/agreements', '/api/v1/centres', '/api/v1/learners']) {
      const asked = api.requests.find((r) => new URL(r.url).pathname === path)!
      expect(new URL(asked.url).searchParams.get('associationId')).toBe('3')
    }
    expect(wrapper.find('[data-testid="association-agreements"] a').attributes('href')).toBe('/agreements/8')
    expect(wrapper.find('[data-testid="association-agreements"]').text()).toContain('Active')
    expect(wrapper.find('[data-testid="association-centres"] a').attributes('href')).toBe(`/centres/${hayAlWahda.id}`)
    expect(wrapper.find('[data-testid="association-learners"]').text()).toContain('147 bénéficiaires')
    expect(wrapper.find('[data-testid="association-learners"]').attributes('href')).toBe('/learners?associationId=3')
  })

  it('shows no learner count to whoever may not see learners', async () => {
    const api = fakeApi({
      'GET /api/v1/agreements': () => json(page([])),
      'GET /api/v1/centres': () => json(page([])),
    })
    wrapper = (
      await mountInApp(AssociationRelations, {
        user: userWith('academy-analyst'),
        mounting: { props: { associationId: 3 } },
      })
    ).wrapper
    await flushPromises()
    expect(wrapper.find('[data-testid="association-learners"]').exists()).toBe(false)
    expect(api.requests.some((r) => new URL(r.url).pathname === '/api/v1/learners')).toBe(false)
  })
})
