import type { CaseView } from '@/api/types'
import { formatDate } from '@/lib/format'
import type { Locale } from '@/lib/locale'

type Translate = (key: string, named: Record<string, unknown>, plural?: number) => string

/** The child's names in Arabic, as recorded. */
export function arabicName(record: Pick<CaseView, 'firstNameAr' | 'lastNameAr'>): string {
  return [record.firstNameAr, record.lastNameAr].filter(Boolean).join(' ')
}

/** The child's names in Latin letters, when recorded. */
export function latinName(record: Pick<CaseView, 'firstNameLatin' | 'lastNameLatin'>): string {
  return [record.firstNameLatin, record.lastNameLatin].filter(Boolean).join(' ')
}

/**
 * "born on 29 June 2011", or "about 10 years old" when the team could only estimate the age; "born in 2011" once the
 * personal data is erased (the year alone is kept).
 */
export function bornText(
  record: Pick<CaseView, 'birthDate' | 'estimatedAge' | 'anonymisedAt'>,
  t: Translate,
  locale: Locale,
): string {
  if (record.anonymisedAt && record.birthDate) return t('learner.bornIn', { year: record.birthDate.slice(0, 4) })
  if (record.birthDate) return t('case.bornOn', { date: formatDate(record.birthDate, locale) })
  if (record.estimatedAge !== undefined && record.estimatedAge !== null)
    return t('case.aboutYears', { n: record.estimatedAge }, record.estimatedAge)
  return ''
}
