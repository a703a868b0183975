import type { CaseStatus, CaseView } from '@/api/types'

/** The moves that say why (kept in the history). */
export const REASON_REQUIRED: ReadonlySet<CaseStatus> = new Set(['DECLINED', 'UNREACHABLE', 'NOT_ELIGIBLE'])

/** Whether the child can still be enrolled, or linked to the learner they turned out to be. */
export function isOpen(record: CaseView): boolean {
  return record.status !== 'ENROLLED' && record.status !== 'NOT_ELIGIBLE' && !record.learnerId && !record.anonymisedAt
}
