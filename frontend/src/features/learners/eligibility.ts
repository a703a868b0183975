import { onBeforeUnmount, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { EligibilityView } from '@/api/types'
import { api } from '@/lib/http'
import { toProblem, type Problem } from '@/lib/problem'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A whole, plausible calendar date: what a date input gives once a date is fully typed. */
export function isCompleteDate(value: string | null | undefined): value is string {
  const match = DATE.exec(value ?? '')
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * GET /api/v1/eligibility for a birth date and a school year, asked again as either changes
 * (once typing pauses); only the latest answer counts.
 */
export function useEligibility(
  birthDate: MaybeRefOrGetter<string | null | undefined>,
  schoolYear: MaybeRefOrGetter<string | null | undefined>,
  delayMs = 250,
) {
  const eligibility = ref<EligibilityView | null>(null)
  const problem = ref<Problem | null>(null)
  const loading = ref(false)
  const failed = ref(false)
  let latest = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  async function ask(date: string, year: string): Promise<void> {
    const request = ++latest
    loading.value = true
    try {
      const { data, error, response } = await api.GET('/api/v1/eligibility', {
        params: { query: { birthDate: date, schoolYear: year } },
      })
      if (request !== latest) return
      eligibility.value = data ?? null
      problem.value = data ? null : toProblem(error, response)
      failed.value = !data
    } catch {
      if (request !== latest) return
      eligibility.value = null
      failed.value = true
    } finally {
      if (request === latest) loading.value = false
    }
  }

  watch(
    () => [toValue(birthDate), toValue(schoolYear)] as const,
    ([date, year]) => {
      clearTimeout(timer)
      if (!isCompleteDate(date) || !year) {
        latest++
        eligibility.value = null
        problem.value = null
        failed.value = false
        loading.value = false
        return
      }
      timer = setTimeout(() => void ask(date, year), delayMs)
    },
    { immediate: true },
  )
  onBeforeUnmount(() => clearTimeout(timer))

  return { eligibility, problem, loading, failed }
}
