// Reference lists the screens choose from: school years, directorates, associations, centres.
import { computed, ref, type Ref } from 'vue'
import type { AssociationView, CentreView, DirectorateView, Programme, SchoolYearView } from '@/api/types'
import { todayIso } from './format'
import { api } from './http'
import { currentLocale, type Locale } from './locale'

/** The name in the reader's language, else the other one. */
export function localName(
  nameAr: string | null | undefined,
  nameFr: string | null | undefined,
  locale: Locale = currentLocale.value,
): string {
  const arabic = nameAr ?? ''
  const french = nameFr ?? ''
  return locale === 'ar' ? arabic || french : french || arabic
}

/**
 * The school year a screen starts on: the newest whose dates contain today, else the newest.
 */
export function currentSchoolYear(
  years: readonly SchoolYearView[],
  today: string = todayIso(),
): SchoolYearView | undefined {
  const newestFirst = [...years].sort((a, b) => (b.startsOn ?? b.code ?? '').localeCompare(a.startsOn ?? a.code ?? ''))
  return newestFirst.find((y) => y.startsOn && y.endsOn && y.startsOn <= today && today <= y.endsOn) ?? newestFirst[0]
}

/**
 * The enrolment date proposed in a school year, as the API and the import propose it: today while
 * the year runs, otherwise its first day.
 */
export function proposedEnrolmentDate(year: SchoolYearView | undefined, today: string = todayIso()): string {
  if (!year?.startsOn || !year.endsOn) return today
  return year.startsOn <= today && today <= year.endsOn ? today : year.startsOn
}

/** GET /api/v1/school-years (newest first) and the current one. */
export function useSchoolYears() {
  const years = ref<SchoolYearView[]>([])
  const loaded = ref(false)
  const failed = ref(false)

  async function load(): Promise<void> {
    try {
      const { data } = await api.GET('/api/v1/school-years')
      if (data) years.value = data.items ?? []
      else failed.value = true
    } catch {
      failed.value = true
    } finally {
      loaded.value = true
    }
  }

  const current = computed(() => currentSchoolYear(years.value))
  const codes = computed(() => years.value.map((y) => y.code ?? '').filter(Boolean))
  /** The years as a Select offers them, newest first. */
  const options = computed(() => codes.value.map((code) => ({ value: code, label: code })))
  const ready = load()
  return { years, current, codes, options, loaded, failed, ready, reload: load }
}

/** GET /api/v1/directorates: the caller's own, or the academy's for an academy analyst. */
export function useDirectorates() {
  const directorates = ref<DirectorateView[]>([])
  const failed = ref(false)

  async function load(): Promise<void> {
    try {
      const { data } = await api.GET('/api/v1/directorates')
      if (data) directorates.value = data.items ?? []
      else failed.value = true
    } catch {
      failed.value = true
    }
  }

  function nameOf(code: string | null | undefined): string {
    if (!code) return ''
    const directorate = directorates.value.find((d) => d.code === code)
    return (directorate && localName(directorate.nameAr, directorate.nameFr)) || code
  }

  const options = computed(() => directorates.value.map((d) => ({ value: d.code ?? '', label: nameOf(d.code) })))
  const ready = load()
  return { directorates, options, failed, nameOf, ready }
}

/** The associations visible to the caller (all of them for a directorate: they are few). */
export function useAssociations() {
  const associations = ref<AssociationView[]>([])
  const failed = ref(false)

  async function load(): Promise<void> {
    try {
      const { data } = await api.GET('/api/v1/associations', { params: { query: { size: 100 } } })
      if (data) associations.value = data.items ?? []
      else failed.value = true
    } catch {
      failed.value = true
    }
  }

  function nameOf(id: number | null | undefined): string {
    if (id === null || id === undefined) return ''
    const association = associations.value.find((a) => a.id === id)
    return association ? localName(association.nameAr, association.nameFr) : `#${id}`
  }

  /** Active associations to choose from, plus the one already chosen even if inactive now. */
  function optionsWith(selected: Ref<number | null | undefined> | (() => number | null | undefined)) {
    return computed(() => {
      const chosen = typeof selected === 'function' ? selected() : selected.value
      return associations.value
        .filter((a) => a.active !== false || a.id === chosen)
        .map((a) => ({ value: a.id as number, label: localName(a.nameAr, a.nameFr) }))
    })
  }

  const ready = load()
  return { associations, failed, nameOf, optionsWith, ready }
}

export interface CentreFilter {
  type?: Programme
  associationId?: number
  active?: boolean
}

/** Centres visible to the caller, for choosing one (first 100, by name). */
export function useCentres(filter: () => CentreFilter = () => ({})) {
  const centres = ref<CentreView[]>([])
  const loading = ref(false)
  const failed = ref(false)
  let latest = 0

  async function load(): Promise<void> {
    const request = ++latest
    loading.value = true
    failed.value = false
    try {
      const { data } = await api.GET('/api/v1/centres', { params: { query: { size: 100, ...filter() } } })
      if (request !== latest) return
      if (data) centres.value = data.items ?? []
      else failed.value = true
    } catch {
      if (request === latest) failed.value = true
    } finally {
      if (request === latest) loading.value = false
    }
  }

  function nameOf(id: number | null | undefined): string {
    if (id === null || id === undefined) return ''
    const centre = centres.value.find((c) => c.id === id)
    return centre ? localName(centre.nameAr, centre.nameFr) : `#${id}`
  }

  const options = computed(() =>
    centres.value.map((c) => ({ value: c.id as number, label: localName(c.nameAr, c.nameFr), centre: c })),
  )
  return { centres, options, loading, failed, load, nameOf }
}
