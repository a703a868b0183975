import { describe, expect, it } from 'vitest'
import { schoolYears } from '@/test/fixtures'
import { currentSchoolYear, localName, proposedEnrolmentDate } from './reference'

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

describe('the enrolment date proposed', () => {
  const year = schoolYears.find((y) => y.code === '2025/2026')
  it('is today while the school year runs, its first and last day included', () => {
    expect(proposedEnrolmentDate(year, '2025-09-01')).toBe('2025-09-01')
    expect(proposedEnrolmentDate(year, '2026-02-16')).toBe('2026-02-16')
    expect(proposedEnrolmentDate(year, '2026-07-31')).toBe('2026-07-31')
  })

  it('is the first day of the year before it starts and after it ends', () => {
    expect(proposedEnrolmentDate(year, '2025-08-31')).toBe(year?.startsOn)
    expect(proposedEnrolmentDate(year, '2026-12-02')).toBe(year?.startsOn)
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
