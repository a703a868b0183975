import { computed, watch } from 'vue'
import type { Programme, Sex } from '@/api/types'
import { intlLocale } from '@/lib/format'
import { type Answer, useLoad } from '@/lib/load'
import { isRtl, type Locale } from '@/lib/locale'

/** One value of a learner's dimension the page's figures are narrowed to: a programme, a sex, an age. */
export interface Narrowing {
  programme?: Programme
  sex?: Sex
  age?: number
}

/** What every card of the statistics page is asked about: the page's school year, directorate and narrowing. */
export interface CardQuery {
  schoolYear: string | null
  directorate: string | null
  narrowedTo?: Narrowing
}

/** What a card's statistic counts: learners or children (every narrowing applies) or seats and targets (a programme only). */
export type CardCounts = 'learners' | 'seats'

/**
 * A card's statistic, asked again whenever the page's school year, directorate or narrowing changes (never without a
 * school year); the request gets the directorate only when one is chosen, and of the narrowing what the statistic
 * counts by. Seats and agreements' targets are not of girls or of 12-year-olds: `ignored` says when the page's sex or
 * age does not narrow the card, and `narrowedTo` is what does (for its export).
 */
export function useCardStatistic<T>(
  props: CardQuery,
  counts: CardCounts,
  fetch: (query: { schoolYear: string; directorate?: string } & Narrowing) => Promise<Answer<T>>,
  errorKey: string,
) {
  const narrowedTo = computed<Narrowing>(() => {
    const { programme, sex, age } = props.narrowedTo ?? {}
    return {
      ...(programme ? { programme } : {}),
      ...(counts === 'learners' && sex ? { sex } : {}),
      ...(counts === 'learners' && age !== undefined ? { age } : {}),
    }
  })
  const ignored = computed(
    () => counts === 'seats' && (props.narrowedTo?.sex !== undefined || props.narrowedTo?.age !== undefined),
  )
  const read = useLoad<T>(
    () =>
      fetch({
        schoolYear: props.schoolYear as string,
        ...(props.directorate ? { directorate: props.directorate } : {}),
        ...narrowedTo.value,
      }),
    errorKey,
  )
  // Asked again when what the card counts by changes: not for a sex chosen on the page of a card of seats.
  watch(
    () => JSON.stringify([props.schoolYear, props.directorate, narrowedTo.value]),
    () => {
      if (props.schoolYear) void read.load()
    },
    { immediate: true },
  )
  return { ...read, narrowedTo, ignored }
}

/**
 * A bar chart's options that read as the page does: in Arabic the bars run from the right, the axis of counts
 * stands on the right and the legend and tooltips read right to left.
 */
export function barOptions(locale: Locale, options: { legend?: boolean; across?: boolean } = {}) {
  const rtl = isRtl.value
  const counts = { beginAtZero: true, ticks: { precision: 0 } }
  return {
    locale: intlLocale(locale),
    maintainAspectRatio: false,
    ...(options.across ? { indexAxis: 'y' as const } : {}),
    plugins: {
      legend: options.legend ? { position: 'bottom', rtl } : { display: false },
      tooltip: { rtl },
    },
    scales: options.across
      ? { x: { ...counts, reverse: rtl }, y: { position: rtl ? 'right' : 'left' } }
      : { x: { reverse: rtl }, y: { ...counts, position: rtl ? 'right' : 'left' } },
  }
}
