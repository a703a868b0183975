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
  /** The choice offered first: the server's where only the server changed the field, else the person's. */
  proposed?: Choice
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

/**
 * A value as compared (and shown when the form says nothing better): a list item by item, a row (an object) by its
 * filled fields whatever their order, so that two lists of rows differ only where a row does.
 */
function text(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map(text).join(', ')
  if (typeof value === 'object') {
    const filled = Object.entries(value)
      .map(([key, field]) => [key, text(field)])
      .filter(([, field]) => field !== '')
      .sort(([a], [b]) => a!.localeCompare(b!))
    return JSON.stringify(filled)
  }
  return String(value).trim()
}

/**
 * A `shown` for useVersionConflict from how some fields read to people (an enum by its label, an id by its name, a
 * list joined); a field left out, or a blank value, as it is.
 */
export function shownBy<F extends object>(readers: {
  [K in keyof F & string]?: (value: NonNullable<F[K]>) => string
}): (field: keyof F & string, value: unknown) => string {
  return (field, value) => {
    const read = readers[field]
    return read && text(value) !== '' ? read(value as never) : text(value)
  }
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
  /**
   * The record the person started from: a field they left as it was there is offered with the server's value, so
   * that applying the choices as offered never undoes someone else's change.
   */
  base?: () => R | null | undefined
}) {
  const rows = ref<ConflictRow[] | null>(null)
  /** The version to save on once the person chose: the server's, without refilling the form from it. */
  const onVersion = ref<number | undefined>(undefined)
  let theirs: R | undefined
  /** The server's record chosen from, until saved: what the person now works from. */
  let resolvedFrom: R | undefined

  async function compare(mine: F = { ...options.form }): Promise<void> {
    try {
      theirs = await options.read()
    } catch {
      // not read (no network): the form keeps its offer to reload
      return
    }
    if (!theirs) return
    Object.assign(options.form, mine)
    const base = resolvedFrom ?? options.base?.()
    const before = base ? options.fieldsOf(base) : undefined
    rows.value = differences(options.fields, mine, options.fieldsOf(theirs), options.label, options.shown).map((row) =>
      before && text(before[row.field as keyof F]) === text(mine[row.field as keyof F])
        ? { ...row, proposed: 'theirs' as const }
        : row,
    )
  }

  function resolve(choices: Record<string, Choice>): void {
    if (!theirs) return
    Object.assign(options.form, merged({ ...options.form }, options.fieldsOf(theirs), choices))
    onVersion.value = theirs.version
    resolvedFrom = theirs
    rows.value = null
  }

  /** After a save on that version, the record's own version counts again. */
  function settled(): void {
    onVersion.value = undefined
    resolvedFrom = undefined
  }

  return { rows, onVersion, compare, resolve, settled }
}
