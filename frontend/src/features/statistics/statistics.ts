// What the statistics page makes of the API's counts: the growth on the year before and the bars of
// the chart. Groups too small to publish are not in the answer at all (nor their number),
// so every cell listed is a real count, maybe rounded (roundedTo).
import type { BeneficiaryCell, BeneficiaryStatistics, Dimension } from '@/api/types'
import { formatNumber, intlLocale } from '@/lib/format'
import { currentLocale, type Locale } from '@/lib/locale'

/** Where each statistic is exported (as CSV or XLSX). */
export type ExportPath =
  | '/api/v1/statistics/beneficiaries/export'
  | '/api/v1/statistics/outreach/export'
  | '/api/v1/statistics/agreements/export'
  | '/api/v1/statistics/outcomes/export'
  | '/api/v1/statistics/occupancy/export'

/** The member of a cell that holds each dimension's value. */
const MEMBER: Record<Dimension, keyof BeneficiaryCell> = {
  DIRECTORATE: 'directorate',
  ASSOCIATION: 'associationId',
  CENTRE: 'centreId',
  PROGRAMME: 'programme',
  SEX: 'sex',
  AGE: 'age',
  NATIONALITY: 'nationality',
  STATUS: 'status',
  OUTCOME: 'outcome',
}

/** The cell's value for a dimension asked for; null means none recorded (an outcome not reached yet). */
export function valueOf(cell: BeneficiaryCell, dimension: Dimension): string | number | null {
  const value = cell[MEMBER[dimension]]
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

/** Whether the counts are rounded (to roundedTo), hence approximate, rather than exact. */
export function isRounded(statistics: BeneficiaryStatistics | null | undefined): boolean {
  return (statistics?.roundedTo ?? 1) > 1
}

/**
 * The change on the year before as a ratio (0.5 for +50 %), when both years are known. Made from the
 * figures as sent: from rounded totals, the change is approximate too.
 */
export function growth(total: number | null | undefined, previous: number | null | undefined): number | null {
  if (total === null || total === undefined || previous === null || previous === undefined || previous === 0)
    return null
  return (total - previous) / previous
}

/** '2025/2026' → '2024/2025'. */
export function previousSchoolYear(code: string | null | undefined): string {
  const match = /^(\d{4})\/(\d{4})$/.exec(code ?? '')
  if (!match) return ''
  return `${Number(match[1]) - 1}/${Number(match[2]) - 1}`
}

export interface BarSeries {
  /** One bar per value of the first dimension, in the order of the answer. */
  labels: string[]
  /** One stack per value of the second dimension (a single one without it); null where no group is listed. */
  stacks: { label: string; counts: (number | null)[] }[]
}

/**
 * The bars of the chart: counts by the first dimension, stacked by the second, the other dimensions
 * added up. Values are told apart by what the API sent, not by their label (two centres may share
 * a name).
 *
 * @param label the words for a cell's value of a dimension
 * @param single the label of the stack when there is no second dimension
 */
export function barSeries(
  statistics: BeneficiaryStatistics,
  label: (dimension: Dimension, cell: BeneficiaryCell) => string,
  single: string,
): BarSeries {
  const [first, second] = statistics.groupBy ?? []
  const series: BarSeries = { labels: [], stacks: [] }
  if (!first) return series

  const bars = new Map<string, number>()
  const stacks = new Map<string, { label: string; counts: (number | null)[] }>()
  const sums: { bar: number; stack: string; count: number }[] = []
  for (const cell of statistics.cells ?? []) {
    const barKey = String(valueOf(cell, first))
    if (!bars.has(barKey)) {
      bars.set(barKey, series.labels.length)
      series.labels.push(label(first, cell))
    }
    const stackKey = second ? String(valueOf(cell, second)) : ''
    if (!stacks.has(stackKey)) stacks.set(stackKey, { label: second ? label(second, cell) : single, counts: [] })
    sums.push({ bar: bars.get(barKey)!, stack: stackKey, count: cell.count ?? 0 })
  }

  for (const stack of stacks.values()) stack.counts = series.labels.map(() => null)
  for (const { bar, stack, count } of sums) {
    const counts = stacks.get(stack)!.counts
    counts[bar] = (counts[bar] ?? 0) + count
  }
  series.stacks = [...stacks.values()]
  return series
}

/** A published count, or a dash where none is published (too small, or unknown). */
export function countText(value: number | null | undefined, locale: Locale): string {
  return value === null || value === undefined ? '—' : formatNumber(value, locale)
}

/** A rate in %, to one decimal, or a dash where none can be given. */
export function percentText(value: number | null | undefined, locale: Locale): string {
  return value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value) + ' %'
}

/** A published count in the reader's language, or a dash (the statistics cards' tables and summaries). */
export function shownCount(value: number | null | undefined): string {
  return countText(value, currentLocale.value)
}

/** A published rate in the reader's language, or a dash. */
export function shownPercent(value: number | null | undefined): string {
  return percentText(value, currentLocale.value)
}
