import { computed, onBeforeUnmount, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ImportJob, ImportStatus } from '@/api/types'
import { api } from '@/lib/http'
import { problemMessage, toProblem } from '@/lib/problem'

/** How often a running import is asked for its progress. */
export const POLL_MS = 1000

const RUNNING: ReadonlySet<ImportStatus> = new Set(['VALIDATING', 'COMMITTING'])

export function isRunning(job: ImportJob | null | undefined): boolean {
  return !!job?.status && RUNNING.has(job.status)
}

/** processedRows of totalRows as a whole percentage, or null while the total is not known. */
export function progressPercent(job: ImportJob | null | undefined): number | null {
  const total = job?.totalRows ?? 0
  if (total <= 0) return null
  return Math.min(100, Math.max(0, Math.floor(((job?.processedRows ?? 0) * 100) / total)))
}

/**
 * One import followed live: while it validates or commits, GET /api/v1/imports/{id} every
 * second, one request at a time; it stops once the import is done, another one is followed,
 * or the page goes.
 */
export function useImportJob(onSettled: (job: ImportJob) => void = () => {}) {
  const { t } = useI18n()
  const job = ref<ImportJob | null>(null)
  /** Why the last poll failed; polling goes on (the network may come back). */
  const pollError = ref<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let followed = 0

  function stop(): void {
    clearTimeout(timer)
    timer = undefined
    followed++
  }

  function follow(next: ImportJob | null): void {
    stop()
    pollError.value = null
    job.value = next
    schedule(followed)
  }

  function schedule(generation: number): void {
    if (generation !== followed || !isRunning(job.value)) return
    timer = setTimeout(() => void poll(generation), POLL_MS)
  }

  async function poll(generation: number): Promise<void> {
    const id = job.value?.id
    if (id === undefined) return
    try {
      const { data, error, response } = await api.GET('/api/v1/imports/{id}', { params: { path: { id } } })
      if (generation !== followed) return
      if (data) {
        pollError.value = null
        job.value = data
        if (!isRunning(data)) {
          onSettled(data)
          return
        }
      } else {
        pollError.value = problemMessage(toProblem(error, response), t('errors.unexpected'))
        // Gone or out of reach: asking again will not help.
        if (response.status === 404 || response.status === 403) return
      }
    } catch {
      if (generation !== followed) return
      pollError.value = t('imports.job.pollError')
    }
    schedule(generation)
  }

  onBeforeUnmount(stop)

  const running = computed(() => isRunning(job.value))
  const percent = computed(() => progressPercent(job.value))
  return { job, running, percent, pollError, follow, stop }
}
