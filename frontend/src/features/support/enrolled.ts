import { ref, watch } from 'vue'
import { api } from '@/lib/http'

export interface EnrolledLearner {
  learnerId: number
  nameAr: string
  nameLatin: string
  /** Class and age at the year's reference date: what tells two learners of the same name apart. */
  classNumber?: number
  age?: number
}

/** An activity's attendance has at most 200 rows (SupportActivityInput.attendance). */
const MAX_LEARNERS = 200
const PAGE_SIZE = 100

/**
 * The learners enrolled at a centre in a school year (GET /api/v1/placements?status=ENROLLED),
 * by Arabic name; reloaded whenever the centre or the year changes.
 */
export function useEnrolledLearners(
  centreId: () => number | null | undefined,
  schoolYear: () => string | null | undefined,
) {
  const learners = ref<EnrolledLearner[]>([])
  const loading = ref(false)
  const failed = ref(false)
  let latest = 0

  async function load(): Promise<void> {
    const request = ++latest
    const centre = centreId()
    const year = schoolYear()
    failed.value = false
    if (!centre || !year) {
      learners.value = []
      loading.value = false
      return
    }
    loading.value = true
    try {
      const found: EnrolledLearner[] = []
      for (let page = 0; found.length < MAX_LEARNERS; page++) {
        const { data } = await api.GET('/api/v1/placements', {
          params: { query: { centreId: centre, schoolYear: year, status: 'ENROLLED', page, size: PAGE_SIZE } },
        })
        if (request !== latest) return
        if (!data) {
          failed.value = true
          break
        }
        for (const placement of data.items ?? []) {
          if (placement.learnerId === undefined || found.some((l) => l.learnerId === placement.learnerId)) continue
          found.push({
            learnerId: placement.learnerId,
            nameAr: placement.learnerNameAr ?? '',
            nameLatin: placement.learnerNameLatin ?? '',
            classNumber: placement.classNumber,
            age: placement.ageAtReference,
          })
        }
        if (page + 1 >= (data.totalPages ?? 0)) break
      }
      learners.value = found
        .slice(0, MAX_LEARNERS)
        .sort((a, b) => a.nameAr.localeCompare(b.nameAr, 'ar') || a.learnerId - b.learnerId)
    } catch {
      if (request === latest) failed.value = true
    } finally {
      if (request === latest) loading.value = false
    }
  }

  watch([centreId, schoolYear], () => void load(), { immediate: true })
  return { learners, loading, failed, load }
}
