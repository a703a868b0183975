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
export function differences<F extends Record<string, unknown>>(
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
export function merged<F extends Record<string, unknown>>(mine: F, theirs: F, choices: Record<string, Choice>): F {
  const result = { ...mine }
  for (const [field, choice] of Object.entries(choices)) {
    if (choice === 'theirs') (result as Record<string, unknown>)[field] = theirs[field]
  }
  return result
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim()
}
