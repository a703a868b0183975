// @vitest-environment node
import { readFile } from 'node:fs/promises'
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript'
import { describe, expect, it } from 'vitest'
import { fieldLimitsSource } from '../../scripts/field-limits.mjs'

// The committed contract, written by the backend build; the client types are generated from it.
const CONTRACT = new URL('../../../openapi.yaml', import.meta.url)
const GENERATED = new URL('./schema.d.ts', import.meta.url)

describe('API client types', () => {
  it('are what `npm run gen:api` makes of the committed openapi.yaml', async () => {
    // The same calls the openapi-typescript command line makes, so both give the same bytes.
    const expected = COMMENT_HEADER + astToString(await openapiTS(CONTRACT))
    const committed = await readFile(GENERATED, 'utf8')
    expect(committed, 'src/api/schema.d.ts is stale: run `npm run gen:api` and commit the result').toBe(expected)
  }, 30_000)

  it('and the field limits are the contract’s maxLength', async () => {
    const committed = await readFile(new URL('./fieldLimits.ts', import.meta.url), 'utf8')
    expect(committed, 'src/api/fieldLimits.ts is stale: run `npm run gen:api` and commit the result').toBe(
      await fieldLimitsSource(),
    )
  })
})
