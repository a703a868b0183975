import type { CampaignStatus } from '@/api/types'

/** The moves a campaign may make, as the API allows them (it answers any other with a 409). */
export const NEXT_STATUSES: Record<CampaignStatus, readonly CampaignStatus[]> = {
  PLANNED: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['CLOSED'],
  CLOSED: [],
}

/** A campaign closed before it ever ran says why (kept as its close reason). */
export function reasonRequired(from: CampaignStatus | undefined, to: CampaignStatus | null): boolean {
  return from === 'PLANNED' && to === 'CLOSED'
}
