import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WebhookDeliveryView, WebhookView } from '@/api/types'
import { fakeApi, json, mountInApp, page, problem, userWith } from '@/test/app'
import { inBody, typeInto } from '@/test/dom'
import WebhooksPage from './WebhooksPage.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const partner: WebhookView = {
  id: 7,
  url: 'https://partner.example.org/forsa',
  description: 'Système de suivi régional',
  eventTypes: ['placement.enrolled', 'case.enrolled'],
  active: true,
  owner: 'forsa-integration',
  createdAt: '2026-11-02T09:00:00Z',
  version: 0,
}
const broken: WebhookView = {
  id: 8,
  url: 'https://old.example.org/hook',
  eventTypes: ['campaign.closed'],
  active: false,
  disabledReason: 'every delivery failed since its failures began; retries were exhausted',
  failingSince: '2026-11-30T08:00:00Z',
  owner: 'admin.laayoune',
  createdAt: '2026-10-01T09:00:00Z',
  version: 3,
}
const delivery: WebhookDeliveryView = {
  id: 41,
  messageId: 'msg_41',
  type: 'placement.enrolled',
  occurredAt: '2026-12-01T10:15:02Z',
  data: { placementId: 3107 },
  status: 'FAILED',
  attempts: 8,
  attemptLog: [{ attemptedAt: '2026-12-02T10:15:02Z', statusCode: 503, durationMs: 40, sentBy: 'vm/1' }],
}

async function open(routes: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({ 'GET /api/v1/webhooks': () => json([partner, broken]), ...routes })
  const mounted = await mountInApp(WebhooksPage, { user: userWith('directorate-admin'), path: '/webhooks' })
  wrapper = mounted.wrapper
  await flushPromises()
  return api
}

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

describe('WebhooksPage', () => {
  it('lists each endpoint with its events, and says which one was disabled for failing', async () => {
    await open()
    expect(byTestId('webhook-7').text()).toContain('https://partner.example.org/forsa')
    expect(byTestId('webhook-7').text()).toContain('Inscription dans une classe')
    expect(byTestId('webhook-7').text()).toContain('Active')
    expect(byTestId('webhook-8').text()).toContain('Désactivée')
    expect(byTestId('webhook-reason-8').text()).toContain('pendant un jour')
  })

  it('shows the delivery log and resends a delivery', async () => {
    const api = await open({
      'GET /api/v1/webhooks/7/deliveries': () => json(page([delivery])),
      'POST /api/v1/webhooks/7/deliveries/41/resend': () => json({ ...delivery, status: 'PENDING' }),
    })
    await byTestId('webhook-show-deliveries-7').trigger('click')
    await flushPromises()
    const log = byTestId('webhook-deliveries-7')
    expect(log.text()).toContain('Échoué')
    expect(log.text()).toContain('HTTP 503')
    await byTestId('delivery-resend-41').trigger('click')
    await flushPromises()
    expect(api.requests.some((r) => r.method === 'POST' && r.url.endsWith('/webhooks/7/deliveries/41/resend'))).toBe(
      true,
    )
  })

  it('registers an endpoint and shows its secret once', async () => {
    const api = await open({
      'POST /api/v1/webhooks': () =>
        json({ ...partner, id: 9, url: 'https://new.example.org/hook', secret: 'whsec_c2VjcmV0' }, 201),
    })
    await byTestId('webhook-new').trigger('click')
    await flushPromises()
    inBody('webhook-save')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(inBody('error-eventTypes')?.textContent).toContain('au moins un'))
    typeInto(inBody('webhook-url'), 'https://new.example.org/hook')
    ;(inBody('webhook-event-placement.enrolled')?.querySelector('input') as HTMLInputElement).click()
    await flushPromises()
    inBody('webhook-save')!.click()
    await flushPromises()
    expect(api.bodies.at(-1)).toEqual({ url: 'https://new.example.org/hook', eventTypes: ['placement.enrolled'] })
    expect(byTestId('webhook-secret').text()).toBe('whsec_c2VjcmV0')
  })

  it('says a refused address beside its field', async () => {
    await open({
      'POST /api/v1/webhooks': () =>
        problem(400, {
          type: 'https://forsa.ma/problems/validation',
          title: 'Invalid',
          errors: [{ field: 'url', message: 'Donnez l’adresse absolue https://' }],
        }),
    })
    await byTestId('webhook-new').trigger('click')
    await flushPromises()
    typeInto(inBody('webhook-url'), 'http://intranet/hook')
    ;(inBody('webhook-event-campaign.closed')?.querySelector('input') as HTMLInputElement).click()
    await flushPromises()
    inBody('webhook-save')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(inBody('error-url')?.textContent).toContain('https://'))
  })
})
