import { describe, expect, it } from 'vitest'
import { schoolYears } from '@/test/fixtures'
import { currentSchoolYear, localName } from './reference'

describe('the current school year', () => {
  it('is the newest whose dates contain today', () => {
    expect(currentSchoolYear(schoolYears, '2025-03-01')?.code).toBe('2024/2025')
    expect(currentSchoolYear(schoolYears, '2025-09-01')?.code).toBe('2025/2026')
    expect(currentSchoolYear(schoolYears, '2026-07-31')?.code).toBe('2025/2026')
  })

  it('is the newest one when none contains today (the summer, or a year not opened yet)', () => {
    expect(currentSchoolYear(schoolYears, '2025-08-15')?.code).toBe('2025/2026')
    expect(currentSchoolYear([...schoolYears].reverse(), '2026-11-29')?.code).toBe('2025/2026')
  })

  it('is none without school years', () => {
    expect(currentSchoolYear([], '2025-10-01')).toBeUndefined()
  })
})

describe('names in the reader’s language', () => {
  it('takes the Arabic name in Arabic, the French one otherwise, else the other', () => {
    expect(localName('العيون', 'Laâyoune', 'ar')).toBe('العيون')
    expect(localName('العيون', 'Laâyoune', 'fr')).toBe('Laâyoune')
    expect(localName('العيون', null, 'fr')).toBe('العيون')
    expect(localName(undefined, 'Laâyoune', 'ar')).toBe('Laâyoune')
  })
})
