// The columns of an import file, as the description of POST /api/v1/imports (uploadImport) in
// openapi.yaml lists them; columns.spec.ts fails when the contract lists others.
import { CENTRE_TYPES, CONSENT_PURPOSES, DROPOUT_REASONS, GRADES, GUARDIAN_RELATIONS, SEXES } from '@/lib/enums'

export const IMPORT_COLUMNS = [
  'first_name_ar',
  'last_name_ar',
  'birth_date',
  'sex',
  'first_name_latin',
  'last_name_latin',
  'nationality',
  'massar_code',
  'guardian_name',
  'guardian_relation',
  'guardian_phone',
  'commune_code',
  'address',
  'last_grade_completed',
  'year_left_school',
  'dropout_reason',
  'dropout_reason_detail',
  'consent_given_by',
  'consent_relation',
  'consent_given_on',
  'consent_purposes',
  'centre_id',
  'school_year',
  'programme',
  'enrolled_on',
] as const

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]

export const REQUIRED_COLUMNS: ReadonlySet<ImportColumn> = new Set([
  'first_name_ar',
  'last_name_ar',
  'birth_date',
  'sex',
])

/** The codes a column accepts, for the columns that take a code from a list. */
export const COLUMN_VALUES: Partial<Record<ImportColumn, readonly string[]>> = {
  sex: SEXES,
  guardian_relation: GUARDIAN_RELATIONS,
  consent_relation: GUARDIAN_RELATIONS,
  last_grade_completed: GRADES,
  dropout_reason: DROPOUT_REASONS,
  consent_purposes: CONSENT_PURPOSES,
  programme: CENTRE_TYPES,
}

export const CSV_TYPE = 'text/csv'
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/** The media type to send a file as, from its name (browsers do not all know .csv), or null when neither. */
export function importContentType(fileName: string): typeof CSV_TYPE | typeof XLSX_TYPE | null {
  const name = fileName.toLowerCase()
  if (name.endsWith('.csv')) return CSV_TYPE
  if (name.endsWith('.xlsx')) return XLSX_TYPE
  return null
}

export const TEMPLATE_FILE_NAME = 'forsa-import-beneficiaires.csv'

/**
 * The template: UTF-8 with a byte order mark (so that a spreadsheet opens the Arabic text as
 * UTF-8; the server skips it), the header row, nothing else.
 */
export function templateCsv(): string {
  return `\uFEFF${IMPORT_COLUMNS.join(',')}\r\n`
}

export function templateBlob(): Blob {
  return new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' })
}
