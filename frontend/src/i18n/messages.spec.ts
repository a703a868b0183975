import { describe, expect, it } from 'vitest'
import { setLocale } from '@/lib/locale'
import ar from './ar'
import en from './en'
import fr from './fr'
import { arabicPluralRule, createAppI18n } from './index'

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

function valueAt(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages)
}

describe('messages', () => {
  const reference = keysOf(fr).sort()

  it.each([
    ['ar', ar],
    ['en', en],
  ])('%s has exactly the keys of fr', (_, messages) => {
    expect(keysOf(messages).sort()).toEqual(reference)
  })

  it.each([
    ['ar', ar],
    ['fr', fr],
    ['en', en],
  ])('%s has no empty message', (_, messages) => {
    const empty = keysOf(messages).filter((key) => String(valueAt(messages, key)).trim() === '')
    expect(empty).toEqual([])
  })

  it.each(['ar', 'fr', 'en'] as const)('every %s message compiles', (locale) => {
    setLocale(locale)
    const i18n = createAppI18n()
    // PrimeVue's own texts use {0} placeholders and are handed over raw, not through t().
    for (const key of reference.filter((k) => !k.startsWith('primevue.'))) {
      expect(() => i18n.global.t(key, { name: 'x', n: 3, date: 'x', first: 1, last: 2, totalRecords: 3 })).not.toThrow()
      expect(i18n.global.t(key, { name: 'x', n: 3, date: 'x' })).not.toBe(key)
    }
  })

  it('uses the Arabic plural forms', () => {
    setLocale('ar')
    const i18n = createAppI18n()
    const count = (n: number) => i18n.global.t('associations.count', n)
    expect(count(0)).toBe('لا توجد جمعيات')
    expect(count(1)).toBe('جمعية واحدة')
    expect(count(2)).toBe('جمعيتان')
    expect(count(7)).toBe('7 جمعيات')
    expect(count(25)).toBe('25 جمعية')
    expect(arabicPluralRule(103)).toBe(3)
  })

  it('counts round hundreds in the genitive, as Arabic does (مئتا مستفيد, not مستفيدًا)', () => {
    setLocale('ar')
    const i18n = createAppI18n()
    const learners = (n: number) => i18n.global.t('learners.count', { n }, n)
    expect(learners(200)).toBe('200 مستفيد')
    expect(learners(101)).toBe('101 مستفيد')
    expect(learners(111)).toBe('111 مستفيدًا')
    expect(learners(1000)).toBe('1000 مستفيد')
    expect(i18n.global.t('activities.minutes', { n: 10 }, 10)).toBe('10 دقائق')
    expect(i18n.global.t('statistics.age', { n: 9 }, 9)).toBe('9 سنوات')
    expect(arabicPluralRule(200, 5)).toBe(4)
  })
})
