// @vitest-environment node
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { CSV_TYPE, IMPORT_COLUMNS, importContentType, REQUIRED_COLUMNS, templateCsv, XLSX_TYPE } from './columns'

const CONTRACT = new URL('../../../../openapi.yaml', import.meta.url)

/** The description of uploadImport, its YAML double-quoted folding undone. */
async function uploadDescription(): Promise<string> {
  const yaml = await readFile(CONTRACT, 'utf8')
  const operation = yaml.indexOf('operationId: uploadImport')
  const start = yaml.lastIndexOf('description: "', operation)
  const quoted = yaml.slice(start + 'description: "'.length, operation)
  const raw = quoted.slice(0, quoted.lastIndexOf('"'))
  return raw.replace(/\\\n\s*(\\ )?/g, (_, space: string | undefined) => (space ? ' ' : '')).replace(/\n\s*/g, ' ')
}

describe('the columns of an import file', () => {
  it('are those the contract lists, the required ones being the four it names', async () => {
    const description = await uploadDescription()
    const listed = description
      .replace(/^Columns:\s*/, '')
      .split('. ')[0]!
      .split(',')
      .map((part) => part.trim().split(/\s/)[0]!)
    expect([...IMPORT_COLUMNS]).toEqual(listed)
    expect(description).toContain('first_name_ar, last_name_ar, birth_date, sex (required)')
    expect([...REQUIRED_COLUMNS]).toEqual(['first_name_ar', 'last_name_ar', 'birth_date', 'sex'])
  })

  it('make a template of one header row, UTF-8 with a byte order mark for spreadsheets', () => {
    expect(templateCsv()).toBe(`\uFEFF${IMPORT_COLUMNS.join(',')}\r\n`)
    expect(templateCsv().split('\r\n').filter(Boolean)).toHaveLength(1)
  })

  it('go as text/csv or as an XLSX workbook, by the file name', () => {
    expect(importContentType('Liste.CSV')).toBe(CSV_TYPE)
    expect(importContentType('liste 2025.xlsx')).toBe(XLSX_TYPE)
    expect(importContentType('liste.xls')).toBeNull()
    expect(importContentType('liste.pdf')).toBeNull()
  })
})
