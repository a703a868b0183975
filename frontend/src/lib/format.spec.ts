import { describe, expect, it } from 'vitest'
import { countryName, formatChange, formatDate, formatMad, formatNumber, todayIso } from './format'

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

  it('writes counts and their change on the year before as the locale does', () => {
    expect(formatNumber(1870, 'fr')).toBe('1.870')
    expect(formatNumber(1870, 'en')).toBe('1,870')
    // 88 → 187 beneficiaries of E2C-NG in Laâyoune.
    expect(spaces(formatChange((187 - 88) / 88, 'fr'))).toBe('+112,5 %')
    expect(formatChange(-0.25, 'en')).toBe('-25%')
    expect(formatChange(0, 'en')).toBe('0%')
    expect(formatChange(null, 'fr')).toBe('')
  })

  it('names a country in the reader’s language, else keeps its code', () => {
    expect(countryName('MA', 'fr')).toBe('Maroc')
    expect(countryName('ma', 'en')).toBe('Morocco')
    expect(countryName('SN', 'ar')).toBe('السنغال')
    expect(countryName('not a code', 'fr')).toBe('not a code')
  })

  it('gives today in the local calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05')
  })
})
