import type { CaseStatus, CaseView } from '@/api/types'

/**
 * The moves a person makes on a case, as the API allows them (it answers any other with a 409). ENROLLED is never one
 * of them: a case becomes ENROLLED by its enrolment or its link to a learner.
 */
export const NEXT_STATUSES: Record<CaseStatus, readonly CaseStatus[]> = {
  IDENTIFIED: ['CONTACTED', 'DECLINED', 'UNREACHABLE', 'NOT_ELIGIBLE'],
  CONTACTED: ['REFERRED', 'DECLINED', 'UNREACHABLE', 'NOT_ELIGIBLE'],
  REFERRED: ['CONTACTED', 'DECLINED', 'UNREACHABLE', 'NOT_ELIGIBLE'],
  DECLINED: ['CONTACTED'],
  UNREACHABLE: ['CONTACTED'],
  ENROLLED: [],
  NOT_ELIGIBLE: [],
}

/** The moves that say why (kept in the history). */
export const REASON_REQUIRED: ReadonlySet<CaseStatus> = new Set(['DECLINED', 'UNREACHABLE', 'NOT_ELIGIBLE'])

/** Whether the child can still be enrolled, or linked to the learner they turned out to be. */
export function isOpen(record: CaseView): boolean {
  return record.status !== 'ENROLLED' && record.status !== 'NOT_ELIGIBLE' && !record.learnerId && !record.anonymisedAt
}
