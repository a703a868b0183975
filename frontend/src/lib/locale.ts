import { computed, ref } from 'vue'

export const LOCALES = ['ar', 'fr', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'fr'
export const LOCALE_STORAGE_KEY = 'forsa.locale'

const RTL_LOCALES: ReadonlySet<Locale> = new Set(['ar'])

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr'
}

/**
 * The first language of a browser that has not chosen one here: Arabic for a browser set to Arabic
 * (ar, ar-MA …), French for any other, as the directorates work in these two. English stays a choice.
 */
export function browserLocale(languages: readonly string[] = browserLanguages()): Locale {
  const arabic = languages.findIndex((tag) => tag.toLowerCase().split('-')[0] === 'ar')
  const french = languages.findIndex((tag) => tag.toLowerCase().split('-')[0] === 'fr')
  return arabic >= 0 && (french < 0 || arabic < french) ? 'ar' : DEFAULT_LOCALE
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : []
}

function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY)
    return isLocale(stored) ? stored : browserLocale()
  } catch {
    return browserLocale()
  }
}

const current = ref<Locale>(DEFAULT_LOCALE)

/** The active locale; read-only, change it with setLocale. */
export const currentLocale = computed(() => current.value)
export const isRtl = computed(() => directionOf(current.value) === 'rtl')

/** Switches the UI language: remembers it and sets <html lang dir> so the whole page flips. */
export function setLocale(locale: Locale): void {
  current.value = locale
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Storage can be refused (private mode); the switch still applies to this page.
  }
  applyToDocument(locale)
}

/** Applies the remembered locale (or the browser's) at start-up and returns it. */
export function restoreLocale(): Locale {
  const locale = readStoredLocale()
  current.value = locale
  applyToDocument(locale)
  return locale
}

function applyToDocument(locale: Locale): void {
  const html = document.documentElement
  html.lang = locale
  html.dir = directionOf(locale)
}
