// Writes src/api/fieldLimits.ts from the contract: every maxLength of the request bodies' fields (the *Input
// schemas), so a form's inputs stop where the API does, from one place. Run by `npm run gen:api`.
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'

const CONTRACT = new URL('../../openapi.yaml', import.meta.url)
const OUTPUT = new URL('../src/api/fieldLimits.ts', import.meta.url)

export async function fieldLimitsSource() {
  const contract = yaml.load(await readFile(CONTRACT, 'utf8'))
  const schemas = contract.components?.schemas ?? {}
  const lines = [
    '// Generated from ../openapi.yaml by `npm run gen:api` (scripts/field-limits.mjs): never edit by hand.',
    '// The longest text each field of a request body accepts.',
    'export const FIELD_LIMITS = {',
  ]
  for (const name of Object.keys(schemas).sort()) {
    if (!name.endsWith('Input')) continue
    const limits = Object.entries(schemas[name].properties ?? {})
      .filter(([, property]) => typeof property.maxLength === 'number')
      .sort(([a], [b]) => a.localeCompare(b))
    if (!limits.length) continue
    lines.push(`  ${name}: {`)
    for (const [field, property] of limits) lines.push(`    ${field}: ${property.maxLength},`)
    lines.push('  },')
  }
  lines.push('} as const', '')
  return lines.join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(OUTPUT, await fieldLimitsSource())
}
