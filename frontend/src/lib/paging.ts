import { computed, onBeforeUnmount, onMounted, ref, watch, type Ref, type WatchSource } from 'vue'
import { useI18n } from 'vue-i18n'
import { problemMessage, toProblem } from './problem'

export const ROWS = 20

interface PageAnswer<T> {
  data?: { items?: T[]; totalItems?: number }
  error?: unknown
  response: Response
}

/**
 * A server-paged list for a lazy DataTable: asks for one page at a time and shows only the
 * answer to the latest request, whatever order the answers arrive in.
 */
export function useServerPage<T>(
  fetchPage: (page: number, size: number) => Promise<PageAnswer<T>>,
  loadErrorKey: string,
) {
  const { t } = useI18n()
  const items = ref([]) as Ref<T[]>
  const totalItems = ref(0)
  const first = ref(0)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  let latestRequest = 0

  async function load(): Promise<void> {
    const request = ++latestRequest
    loading.value = true
    loadError.value = null
    try {
      const { data, error, response } = await fetchPage(Math.floor(first.value / ROWS), ROWS)
      if (request !== latestRequest) return
      if (data) {
        items.value = data.items ?? []
        totalItems.value = data.totalItems ?? 0
      } else {
        loadError.value = problemMessage(toProblem(error, response), t(loadErrorKey))
      }
    } catch {
      if (request === latestRequest) loadError.value = t('errors.network')
    } finally {
      if (request === latestRequest) loading.value = false
    }
  }

  /** Back to the first page with the current filters. */
  function reset(): Promise<void> {
    first.value = 0
    return load()
  }

  function onPage(event: { first: number }): void {
    first.value = event.first
    void load()
  }

  // PrimeVue fills {first}, {last}, {totalRecords} itself: hand them through untranslated.
  const pageReport = computed(() =>
    t('common.pageReport', { first: '{first}', last: '{last}', totalRecords: '{totalRecords}' }),
  )

  return { items, totalItems, first, loading, loadError, load, reset, onPage, pageReport, rows: ROWS }
}

/**
 * Loads the list when the page opens, and from its first page again whenever a filter changes:
 * at once for chosen filters (selects, dates), once typing pauses for typed ones.
 */
export function reloadOn(
  list: { load: () => Promise<void>; reset: () => Promise<void> },
  filters: { typed: WatchSource[]; chosen: WatchSource[] },
): void {
  const searchLater = debounce(() => void list.reset())
  watch(filters.typed, searchLater)
  watch(filters.chosen, () => void list.reset())
  onMounted(list.load)
  onBeforeUnmount(searchLater.cancel)
}

/** Calls fn once typing pauses. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, delayMs = 300) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const call = (...args: A) => {
    clearTimeout(timer)
    timer = setTimeout(() => fn(...args), delayMs)
  }
  call.cancel = () => clearTimeout(timer)
  return call
}
