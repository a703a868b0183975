import type { WebhookEventType } from '@/api/types'

/** The events an endpoint may subscribe to, in the order of the work. */
export const WEBHOOK_EVENTS: readonly WebhookEventType[] = [
  'placement.enrolled',
  'placement.ended',
  'case.enrolled',
  'agreement.status_changed',
  'campaign.closed',
]

/** The i18n key of an event's name (a dot would be read as a path). */
export function eventLabel(type: WebhookEventType | string | undefined): string {
  return `enums.webhookEvent.${(type ?? '').replace('.', '_')}`
}
