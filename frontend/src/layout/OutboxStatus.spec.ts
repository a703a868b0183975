import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { outbox, resetOutboxForTests, sendOrQueue } from '@/lib/outbox'
import { fakeApi, json, mountInApp, problem, userWith } from '@/test/app'
import OutboxStatus from './OutboxStatus.vue'

let wrapper: VueWrapper | undefined
beforeEach(async () => {
  await resetOutboxForTests()
})
afterEach(async () => {
  wrapper?.unmount()
  await resetOutboxForTests()
})

const write = (label: string) => ({
  method: 'PUT' as const,
  path: '/api/v1/caravans/1/stops/7',
  body: { version: 0 },
  label,
  kind: 'stop',
  page: '/caravans/1/stops/7',
})

describe('OutboxStatus', () => {
  it('says offline and how many writes wait, and lists each with its state', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    fakeApi({})
    await sendOrQueue(write('Étape : حي الوحدة'))
    await sendOrQueue(write('Enfant : سلمى'))
    wrapper = (await mountInApp(OutboxStatus, { user: userWith('association-staff') })).wrapper
    window.dispatchEvent(new Event('offline'))
    await flushPromises()
    expect(wrapper.find('[data-testid="outbox-offline"]').text()).toContain('Hors ligne')
    expect(wrapper.find('[data-testid="outbox-count"]').attributes('aria-label')).toBe('2 en attente d’envoi')
    expect(wrapper.find('[data-testid="outbox-count"]').text()).toBe('2')
    await wrapper.find('[data-testid="outbox-count"]').trigger('click')
    await flushPromises()
    const items = [...document.querySelectorAll('[data-testid="outbox-item"]')]
    expect(items.map((i) => i.getAttribute('data-state'))).toEqual(['waiting', 'waiting'])
    expect(items[1]?.textContent).toContain('Enfant : سلمى')
  })

  it('offers to compare and choose when the server changed the record meanwhile', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    fakeApi({
      'PUT /api/v1/caravans/1/stops/7': () =>
        problem(409, { title: 'Changed by someone else', errors: [{ field: 'version', message: 'stale' }] }),
      'POST /api/v1/cases': () => json({ id: 1 }, 201),
    })
    await expect(sendOrQueue(write('Étape'))).rejects.toMatchObject({ status: 409 })
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    await sendOrQueue(write('Étape'))
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    const { flushOutbox } = await import('@/lib/outbox')
    await flushOutbox()
    expect(outbox.items[0]?.state).toBe('conflict')
    wrapper = (await mountInApp(OutboxStatus, { user: userWith('association-staff') })).wrapper
    await wrapper.find('[data-testid="outbox-count"]').trigger('click')
    await flushPromises()
    const settle = document.querySelector(`[data-testid="outbox-settle-${outbox.items[0]?.key}"]`)
    expect(settle?.getAttribute('href')).toBe(`/caravans/1/stops/7?outbox=${outbox.items[0]?.key}`)
  })
})
