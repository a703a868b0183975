import { describe, expect, it } from 'vitest'
import { formatDate, formatMad, todayIso } from './format'

const spaces = (text: string) => text.replace(/[\s\u200f\u200e]/g, ' ')

describe('formats', () => {
  it('writes amounts in Moroccan dirhams for each language', () => {
    expect(spaces(formatMad(150000, 'fr'))).toBe('150.000,00 MAD')
    expect(spaces(formatMad('1234.5', 'en'))).toBe('MAD 1,234.50')
    expect(formatMad(150000, 'ar')).toContain('MAD')
    // Western digits in Arabic, as Morocco writes them.
    expect(formatMad(150000, 'ar')).toMatch(/150.000,00/)
    expect(formatMad(undefined, 'fr')).toBe('')
  })

  it('writes a calendar date as the same day whatever the time zone', () => {
    expect(formatDate('2025-12-31', 'fr')).toBe('31 déc. 2025')
    expect(formatDate('2025-12-31', 'en')).toBe('31 Dec 2025')
    expect(formatDate(null, 'fr')).toBe('')
    expect(formatDate('not a date', 'fr')).toBe('not a date')
  })

  it('gives today in the local calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05')
  })
})
