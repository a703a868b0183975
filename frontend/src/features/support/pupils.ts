import type { AtRiskActionView, PupilStatus } from '@/api/types'

export const PUPIL_STATUS_SEVERITY: Record<PupilStatus, string> = {
  FOLLOWED: 'warn',
  STABILISED: 'success',
  DROPPED_OUT: 'danger',
}

/** The journal of a pupil's actions, newest first (by date, then by recording). */
export function newestFirst(actions: readonly AtRiskActionView[] | null | undefined): AtRiskActionView[] {
  return [...(actions ?? [])].sort(
    (a, b) =>
      (b.actedOn ?? '').localeCompare(a.actedOn ?? '') ||
      (b.recordedAt ?? '').localeCompare(a.recordedAt ?? '') ||
      (b.id ?? 0) - (a.id ?? 0),
  )
}
