import { watch } from 'vue'
import { createI18n } from 'vue-i18n'
import { currentLocale, type Locale } from '@/lib/locale'
import ar from './ar'
import en from './en'
import fr from './fr'

export type Messages = typeof fr

export const messages: Record<Locale, Messages> = { ar, fr, en }

/** Arabic has more plural forms than French: zero, one, two, few (3–10), many (11 and more). */
export function arabicPluralRule(count: number): number {
  const n = Math.abs(count)
  if (n <= 2) return n
  const lastTwo = n % 100
  return lastTwo >= 3 && lastTwo <= 10 ? 3 : 4
}

/** The vue-i18n instance, following the locale chosen with setLocale(). */
export function createAppI18n() {
  const i18n = createI18n({
    legacy: false,
    locale: currentLocale.value,
    fallbackLocale: 'fr',
    messages,
    pluralRules: { ar: arabicPluralRule },
  })
  watch(currentLocale, (locale) => {
    i18n.global.locale.value = locale
  })
  return i18n
}
