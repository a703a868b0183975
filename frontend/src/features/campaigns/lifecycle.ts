import type { CampaignStatus } from '@/api/types'

/** A campaign closed before it ever ran says why (kept as its close reason). */
export function reasonRequired(from: CampaignStatus | undefined, to: CampaignStatus | null): boolean {
  return from === 'PLANNED' && to === 'CLOSED'
}
