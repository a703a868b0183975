import { ref } from 'vue'

/**
 * Someone changed a record while the person was editing it (a 409 on a stale version): instead of losing either
 * change, the form shows its values beside the server's, field by field, and the person chooses (VersionConflict).
 */
export interface ConflictRow {
  field: string
  label: string
  /** As the person wrote it, and as the server has it now, both as shown to people. */
  mine: string
  theirs: string
}

export type Choice = 'mine' | 'theirs'

/** The fields whose values differ between the person's form and the server's record, in the form's order. */
export function differences<F extends object>(
  fields: readonly (keyof F & string)[],
  mine: F,
  theirs: F,
  label: (field: keyof F & string) => string,
  shown: (field: keyof F & string, value: unknown) => string = (_, value) => text(value),
): ConflictRow[] {
  return fields
    .filter((field) => text(mine[field]) !== text(theirs[field]))
    .map((field) => ({
      field,
      label: label(field),
      mine: shown(field, mine[field]),
      theirs: shown(field, theirs[field]),
    }))
}

/** The form with the server's values where the person chose them. */
export function merged<F extends object>(mine: F, theirs: F, choices: Record<string, Choice>): F {
  const result = { ...mine }
  for (const [field, choice] of Object.entries(choices)) {
    if (choice === 'theirs') (result as Record<string, unknown>)[field] = (theirs as Record<string, unknown>)[field]
  }
  return result
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim()
}

/**
 * A form's handling of a record changed meanwhile: `compare` reads the server's record and lists the differing
 * fields beside the person's values; `resolve` keeps the person's choices and the server's version to save on.
 */
export function useVersionConflict<F extends object, R extends { version?: number }>(options: {
  form: F
  fields: readonly (keyof F & string)[]
  read: () => Promise<R | undefined>
  fieldsOf: (record: R) => F
  label: (field: keyof F & string) => string
  shown?: (field: keyof F & string, value: unknown) => string
}) {
  const rows = ref<ConflictRow[] | null>(null)
  /** The version to save on once the person chose: the server's, without refilling the form from it. */
  const onVersion = ref<number | undefined>(undefined)
  let theirs: R | undefined

  async function compare(mine: F = { ...options.form }): Promise<void> {
    theirs = await options.read()
    if (!theirs) return
    Object.assign(options.form, mine)
    rows.value = differences(options.fields, mine, options.fieldsOf(theirs), options.label, options.shown)
  }

  function resolve(choices: Record<string, Choice>): void {
    if (!theirs) return
    Object.assign(options.form, merged({ ...options.form }, options.fieldsOf(theirs), choices))
    onVersion.value = theirs.version
    rows.value = null
  }

  /** After a save on that version, the record's own version counts again. */
  function settled(): void {
    onVersion.value = undefined
  }

  return { rows, onVersion, compare, resolve, settled }
}
