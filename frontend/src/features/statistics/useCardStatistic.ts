import { watch } from 'vue'
import { intlLocale } from '@/lib/format'
import { type Answer, useLoad } from '@/lib/load'
import { isRtl, type Locale } from '@/lib/locale'

/** What every card of the statistics page is asked about: the page's school year and directorate. */
export interface CardQuery {
  schoolYear: string | null
  directorate: string | null
}

/**
 * A card's statistic, asked again whenever the page's school year or directorate changes (never without a school
 * year); the request gets the directorate only when one is chosen.
 */
export function useCardStatistic<T>(
  props: CardQuery,
  fetch: (query: { schoolYear: string; directorate?: string }) => Promise<Answer<T>>,
  errorKey: string,
) {
  const read = useLoad<T>(
    () =>
      fetch({
        schoolYear: props.schoolYear as string,
        ...(props.directorate ? { directorate: props.directorate } : {}),
      }),
    errorKey,
  )
  watch(
    () => [props.schoolYear, props.directorate],
    () => {
      if (props.schoolYear) void read.load()
    },
    { immediate: true },
  )
  return read
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
