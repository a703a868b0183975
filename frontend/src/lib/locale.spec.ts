import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '@/i18n'
import { browserLocale, currentLocale, directionOf, LOCALE_STORAGE_KEY, restoreLocale, setLocale } from './locale'

describe('locale', () => {
  beforeEach(() => {
    localStorage.clear()
    document.documentElement.removeAttribute('dir')
    document.documentElement.removeAttribute('lang')
  })

  it('starts in French, left to right, when nothing was chosen', () => {
    expect(restoreLocale()).toBe('fr')
    expect(document.documentElement.lang).toBe('fr')
    expect(document.documentElement.dir).toBe('ltr')
  })

  it('switches to Arabic right to left and remembers it', () => {
    setLocale('ar')
    expect(document.documentElement.lang).toBe('ar')
    expect(document.documentElement.dir).toBe('rtl')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ar')
  })

  it('restores the remembered choice after a reload', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'ar')
    expect(restoreLocale()).toBe('ar')
    expect(currentLocale.value).toBe('ar')
    expect(document.documentElement.dir).toBe('rtl')
  })

  it('switches back to French left to right', () => {
    setLocale('ar')
    setLocale('fr')
    expect(document.documentElement.dir).toBe('ltr')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr')
  })

  it('ignores an unknown remembered value', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'xx')
    expect(restoreLocale()).toBe('fr')
  })

  it('starts in Arabic for a browser set to Arabic, in French for any other', () => {
    expect(browserLocale(['ar-MA', 'fr-FR'])).toBe('ar')
    expect(browserLocale(['AR'])).toBe('ar')
    expect(browserLocale(['fr-MA', 'ar-MA'])).toBe('fr')
    expect(browserLocale(['en-US', 'ar'])).toBe('ar')
    expect(browserLocale(['en-US'])).toBe('fr')
    expect(browserLocale([])).toBe('fr')
  })

  it('follows the browser when nothing was chosen here', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar-MA', 'ar'])
    expect(restoreLocale()).toBe('ar')
    expect(document.documentElement.dir).toBe('rtl')
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr')
    expect(restoreLocale()).toBe('fr')
  })

  it('writes only Arabic right to left', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('fr')).toBe('ltr')
    expect(directionOf('en')).toBe('ltr')
  })

  it('drives the messages', async () => {
    setLocale('fr')
    const i18n = createAppI18n()
    expect(i18n.global.t('nav.associations')).toBe('Associations partenaires')
    setLocale('ar')
    await Promise.resolve()
    expect(i18n.global.t('nav.associations')).toBe('الجمعيات الشريكة')
  })
})
