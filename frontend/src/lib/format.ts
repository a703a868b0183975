import type { Locale } from './locale'

// Morocco writes Arabic with Western digits: ar-MA gives those, unlike plain ar.
const INTL_LOCALE: Record<Locale, string> = { ar: 'ar-MA', fr: 'fr-MA', en: 'en-GB' }

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale]
}

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/** A calendar date (YYYY-MM-DD, no time zone) as the locale writes it. */
export function formatDate(isoDate: string | null | undefined, locale: Locale): string {
  if (!isoDate) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  // Noon UTC, shown in UTC: the same day whatever the browser's time zone.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
}

/** An amount in Moroccan dirhams, as the locale writes it (e.g. « 150 000,00 MAD »). */
export function formatMad(amount: number | string | null | undefined, locale: Locale): string {
  if (amount === null || amount === undefined || amount === '') return ''
  const value = typeof amount === 'number' ? amount : Number(amount)
  if (!Number.isFinite(value)) return String(amount)
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency: 'MAD',
    currencyDisplay: 'code',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value)
}

export function formatNumber(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return ''
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value)
}

/** A change as a signed percentage (0.125 → « +12,5 % »), one decimal at most. */
export function formatChange(ratio: number | null | undefined, locale: Locale): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return ''
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  }).format(ratio)
}

/** A country's name in the reader's language from its two-letter code, else the code. */
export function countryName(code: string | null | undefined, locale: Locale): string {
  if (!code) return ''
  try {
    return (
      new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code
    )
  } catch {
    return code
  }
}

/** Today in the browser's calendar, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
