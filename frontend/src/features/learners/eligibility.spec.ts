import { describe, expect, it } from 'vitest'
import { isCompleteDate } from './eligibility'

describe('a complete birth date', () => {
  it('is a real calendar day, fully typed', () => {
    expect(isCompleteDate('2010-03-15')).toBe(true)
    expect(isCompleteDate('2012-02-29')).toBe(true)
    expect(isCompleteDate('2011-02-29')).toBe(false)
    expect(isCompleteDate('0201-03-15')).toBe(false)
    expect(isCompleteDate('2010-3-15')).toBe(false)
    expect(isCompleteDate('')).toBe(false)
    expect(isCompleteDate(undefined)).toBe(false)
  })
})
