import {
  computed,
  onBeforeUnmount,
  onMounted,
  reactive,
  ref,
  watch,
  type Ref,
  type UnwrapRef,
  type WatchSource,
} from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import { navigationEnd } from './navigation'
import { problemMessage, toProblem } from './problem'

/** Rows per page of every list. */
export const ROWS = 20

/** A filter of a list: how it is written in the address and read back from it. */
export interface FilterDef<V> {
  readonly initial: V
  /** Typed filters wait for a pause in typing before the list reloads. */
  readonly typed: boolean
  read(raw: string): V
  write(value: V): string | null
}

/** Free text: searched once typing pauses. */
export function text(): FilterDef<string> {
  return { initial: '', typed: true, read: (raw) => raw, write: (v) => (v.trim() ? v : null) }
}

/** A record chosen by its id (a centre, an association). */
export function id(): FilterDef<number | null> {
  return {
    initial: null,
    typed: false,
    read: (raw) => (/^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : null),
    write: (v) => (v ? String(v) : null),
  }
}

/** One of a set of values (a status, a programme, a school year); anything else in the address is ignored. */
export function choice<V extends string>(values?: readonly V[]): FilterDef<V | null> {
  return {
    initial: null,
    typed: false,
    read: (raw) => (!values || (values as readonly string[]).includes(raw) ? (raw as V) : null),
    write: (v) => v,
  }
}

/** A day, as YYYY-MM-DD; sent only when complete. */
export function day(): FilterDef<string> {
  return { initial: '', typed: false, read: (raw) => raw, write: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null) }
}

type Values<F extends Record<string, FilterDef<unknown>>> = { [K in keyof F]: F[K]['initial'] }
/** The filters that hold a value, as the API's query wants them. */
export type Present<F extends Record<string, FilterDef<unknown>>> = {
  [K in keyof F]?: NonNullable<F[K]['initial']>
}

export type Direction = 'ASC' | 'DESC'

export interface PageQuery<S extends string> {
  page: number
  size: number
  sort?: S
  direction?: Direction
}

interface PageAnswer<T> {
  data?: { items?: T[]; totalItems?: number | null; totalExact?: boolean }
  error?: unknown
  response: Response
}

export interface ListOptions<T, F extends Record<string, FilterDef<unknown>>, S extends string> {
  filters: F
  /** The fields the API may order this list by (its ?sort= values); the columns name them. */
  sorts?: readonly S[]
  /** Asks the API for one page with the filters that hold a value. */
  fetch: (query: PageQuery<S> & Present<F>) => Promise<PageAnswer<T>>
  /** The i18n key of the message shown when the list cannot be loaded. */
  loadErrorKey: string
  /**
   * Where the list keeps its state in the address (filters, page, order), so back, refresh and a shared link
   * show the same page: '' for the page's own list, a prefix for a list inside a page, false to keep none.
   */
  url?: string | false
  /** What else the list depends on (the record whose rows it lists): the list starts again when it changes. */
  dependsOn?: WatchSource[]
  /** Whether the list can be asked for yet (a school year still loading): it waits until it can. */
  ready?: () => boolean
}

/**
 * A server-paged list: filters, page and order kept in the address, the latest answer only, loading and error
 * states. Every list of the SPA is one (shown by ServerTable).
 */
export function useServerList<T, F extends Record<string, FilterDef<unknown>>, S extends string = never>(
  options: ListOptions<T, F, S>,
) {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const prefix = options.url === false ? null : (options.url ?? '')
  const key = (name: string) => (prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name)

  const defs = options.filters
  const names = Object.keys(defs) as (keyof F & string)[]
  const query: LocationQuery = prefix === null ? {} : route.query
  const raw = (name: string): string | null => {
    const value = query[key(name)]
    return typeof value === 'string' ? value : null
  }

  const initial = {} as Values<F>
  for (const name of names) {
    const found = raw(name)
    initial[name] = (found === null ? defs[name]!.initial : defs[name]!.read(found)) as Values<F>[typeof name]
  }
  const filters = reactive(initial) as UnwrapRef<Values<F>>
  const values = filters as Values<F>

  const firstPage = Math.max(0, (Number(raw('page')) || 1) - 1)
  const first = ref(firstPage * ROWS)
  const sorts: readonly string[] = options.sorts ?? []
  const sortField = ref<string | null>(sorts.includes(raw('sort') ?? '') ? raw('sort') : null)
  const direction = ref<Direction>(raw('direction') === 'DESC' ? 'DESC' : 'ASC')

  const items = ref([]) as Ref<T[]>
  const totalItems = ref(0)
  /** Whether totalItems is the exact count; the API stops counting at its bound (1,000) and says so. */
  const totalExact = ref(true)
  const loading = ref(false)
  /** Whether an answer came at all: until then no count is said ("none" would be wrong). */
  const answered = ref(false)
  const loadError = ref<string | null>(null)
  let latestRequest = 0

  function present(): Present<F> {
    const out = {} as Present<F>
    for (const name of names) {
      const written = defs[name]!.write(values[name])
      if (written !== null) {
        const value = values[name]
        out[name] = (typeof value === 'string' ? value.trim() : value) as Present<F>[typeof name]
      }
    }
    return out
  }

  /**
   * Writes the list's state in the address, replacing the entry (back leaves the page, not each filter). A
   * navigation under way (a menu entry or a tab chosen while the list loads) lands first, not cancelled; if it left
   * the page, nothing is written; an address that already says it all is not written again.
   */
  let writing: ReturnType<typeof setTimeout> | undefined
  let active = true
  const listPath = router.currentRoute.value.path
  function remember(): void {
    if (prefix === null) return
    clearTimeout(writing)
    writing = setTimeout(write)
  }

  function write(): void {
    if (!active || router.currentRoute.value.path !== listPath) return
    const underWay = navigationEnd(router)
    if (underWay) {
      void underWay.then(write)
      return
    }
    const next: LocationQueryRaw = { ...router.currentRoute.value.query }
    const set = (name: string, value: string | null) => {
      if (value === null) delete next[key(name)]
      else next[key(name)] = value
    }
    for (const name of names) set(name, defs[name]!.write(values[name]))
    const page = Math.floor(first.value / ROWS)
    set('page', page > 0 ? String(page + 1) : null)
    set('sort', sortField.value)
    set('direction', sortField.value && direction.value === 'DESC' ? 'DESC' : null)
    if (router.resolve({ query: next }).fullPath !== router.currentRoute.value.fullPath)
      void router.replace({ query: next })
  }

  async function load(): Promise<void> {
    if (options.ready && !options.ready()) return
    const request = ++latestRequest
    loading.value = true
    loadError.value = null
    remember()
    try {
      const { data, error, response } = await options.fetch({
        page: Math.floor(first.value / ROWS),
        size: ROWS,
        ...(sortField.value ? { sort: sortField.value, direction: direction.value } : {}),
        ...present(),
      } as PageQuery<S> & Present<F>)
      if (request !== latestRequest) return
      if (data) {
        items.value = data.items ?? []
        totalItems.value = data.totalItems ?? 0
        totalExact.value = data.totalExact ?? true
        answered.value = true
        // a page past the end (a link to a list that shrank): the paginator moves to the last page itself
      } else {
        loadError.value = problemMessage(toProblem(error, response), t(options.loadErrorKey))
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

  /** PrimeVue's sort event: a column's field and 1 (ascending), -1 (descending) or 0/null (the list's own order). */
  function onSort(event: { sortField?: unknown; sortOrder?: number | null }): void {
    const field =
      typeof event.sortField === 'string' && event.sortOrder && sorts.includes(event.sortField) ? event.sortField : null
    sortField.value = field
    direction.value = event.sortOrder === -1 ? 'DESC' : 'ASC'
    void reset()
  }

  const filtered = computed(() => names.some((name) => defs[name]!.write(values[name]) !== null))

  function clear(): void {
    for (const name of names) (values as Record<string, unknown>)[name] = defs[name]!.initial
  }

  const typedNames = names.filter((name) => defs[name]!.typed)
  const chosenNames = names.filter((name) => !defs[name]!.typed)
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    () => typedNames.map((name) => values[name]),
    () => {
      clearTimeout(timer)
      timer = setTimeout(() => void reset(), 300)
    },
  )
  watch(
    () => chosenNames.map((name) => values[name]),
    () => void reset(),
  )
  if (options.dependsOn?.length || options.ready) {
    watch([...(options.dependsOn ?? []), () => options.ready?.() ?? true], () => void reset())
  }
  onMounted(load)
  onBeforeUnmount(() => {
    active = false
    clearTimeout(timer)
    clearTimeout(writing)
  })

  // PrimeVue fills {first}, {last}, {totalRecords} itself: hand them through untranslated.
  const pageReport = computed(() =>
    t(totalExact.value ? 'common.pageReport' : 'common.pageReportMore', {
      first: '{first}',
      last: '{last}',
      totalRecords: '{totalRecords}',
    }),
  )
  /** The list's count in words ("23 learners"); past the API's counting bound, "more than 1000 learners". */
  function count(key: string): string {
    const words = t(key, totalItems.value)
    return totalExact.value ? words : t('common.moreThan', { count: words })
  }
  const sortOrder = computed(() => (sortField.value ? (direction.value === 'DESC' ? -1 : 1) : 0))

  return {
    filters,
    items,
    totalItems,
    totalExact,
    count,
    first,
    rows: ROWS,
    loading,
    answered,
    loadError,
    filtered,
    sortField,
    sortOrder,
    pageReport,
    load,
    reset,
    clear,
    onPage,
    onSort,
  }
}

export type ServerList<T> = ReturnType<typeof useServerList<T, Record<string, FilterDef<unknown>>, string>>
