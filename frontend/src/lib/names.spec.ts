import { describe, expect, it } from 'vitest'
import { foldName, matchesName } from './names'

describe('name search in the browser', () => {
  it('folds Arabic spelling variants as the server does', () => {
    expect(foldName('أسماء')).toBe(foldName('اسما'))
    expect(foldName('فاطمة الزهراء')).toBe('فاطمه الزهرا')
    expect(foldName('مُصْطَفَى')).toBe('مصطفي')
    expect(foldName('Benaïssa')).toBe('benaissa')
  })

  it('finds a name by the beginnings of its words, in any order and in either script', () => {
    expect(matchesName('جاك ابراهيم', 'إبراهيم', 'جاكاني')).toBe(true)
    expect(matchesName('brahim jak', 'إبراهيم جاكاني', 'Brahim Jakani')).toBe(true)
    expect(matchesName('يوسف', 'إبراهيم', 'جاكاني')).toBe(false)
    expect(matchesName('  ', 'إبراهيم')).toBe(true)
  })
})
