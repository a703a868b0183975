import { watch } from 'vue'
import { createI18n } from 'vue-i18n'
import { currentLocale, type Locale } from '@/lib/locale'
import ar from './ar'
import en from './en'
import fr from './fr'

export type Messages = typeof fr

export const messages: Record<Locale, Messages> = { ar, fr, en }

/**
 * Arabic counts in six forms (CLDR): zero, one, two, few (3–10), many (11–99), and other for
 * 100–102, 200–202 … (مئة مستفيد, not مئة مستفيدًا). A message with five forms uses "many" for those.
 */
export function arabicPluralRule(count: number, choices = 6): number {
  const n = Math.abs(count)
  if (n <= 2) return n
  const lastTwo = n % 100
  if (lastTwo >= 3 && lastTwo <= 10) return 3
  return lastTwo <= 2 && choices > 5 ? 5 : 4
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
