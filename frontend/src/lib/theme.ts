import { definePreset } from '@primeuix/themes'
import Aura from '@primeuix/themes/aura'
import { messages } from '@/i18n'
import type { Locale } from './locale'

/** Aura with a teal primary; dark mode only on request (the class is never set for now). */
const ForsaPreset = definePreset(Aura, {
  semantic: {
    primary: {
      50: '{teal.50}',
      100: '{teal.100}',
      200: '{teal.200}',
      300: '{teal.300}',
      400: '{teal.400}',
      500: '{teal.500}',
      600: '{teal.600}',
      700: '{teal.700}',
      800: '{teal.800}',
      900: '{teal.900}',
      950: '{teal.950}',
    },
  },
})

export const forsaTheme = {
  preset: ForsaPreset,
  options: { darkModeSelector: '.forsa-dark' },
}

/** PrimeVue's own texts (empty lists, confirm buttons) in the given locale. */
export function primeVueLocale(locale: Locale): Record<string, string> {
  return { ...messages[locale].primevue }
}
