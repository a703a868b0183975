// RFC 9457 problem details, as every API error is answered.

export interface FieldError {
  field?: string
  message?: string
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
  /** On a 409 duplicate learner: the learner this one would duplicate, when the caller may see them. */
  existingId?: number
  /** Other members the API adds to some problems (e.g. `age`, `referenceDate`, `bands` on a 422). */
  [extension: string]: unknown
}

export type FieldErrors = Record<string, string>

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  return typeof candidate.status === 'number' || typeof candidate.title === 'string'
}

/** Turns whatever an error response carried (parsed JSON, text, nothing) into a Problem. */
export function toProblem(body: unknown, response?: Response): Problem {
  if (isProblem(body)) return body
  return {
    status: response?.status,
    title: response?.statusText || undefined,
    detail: typeof body === 'string' && body.trim() !== '' && !body.trimStart().startsWith('<') ? body : undefined,
  }
}

/**
 * Maps `errors[]` to one message per form field. Bean Validation may report a property path
 * such as `create.input.nameAr`; the form field is its last segment. Several messages for
 * one field are joined.
 */
export function fieldErrors(problem: Problem | null | undefined): FieldErrors {
  const result: FieldErrors = {}
  for (const error of problem?.errors ?? []) {
    if (!error.field || !error.message) continue
    const field = fieldName(error.field)
    result[field] = result[field] ? `${result[field]} ${error.message}` : error.message
  }
  return result
}

/**
 * The errors of the rows of a list a form edits (`team[2].fullName`, or `update.input.team[2].fullName`), by row and
 * then by field, so each shows in its own row; fieldErrors names the same errors by field alone.
 */
export function rowErrors(problem: Problem | null | undefined, list: string): Record<number, FieldErrors> {
  const result: Record<number, FieldErrors> = {}
  const row = new RegExp(`(?:^|\\.)${list}\\[(\\d+)\\]\\.([^.[\\]]+)$`)
  for (const error of problem?.errors ?? []) {
    const match = error.field && error.message ? row.exec(error.field) : null
    if (!match) continue
    const fields = (result[Number(match[1])] ??= {})
    const field = match[2]!
    fields[field] = fields[field] ? `${fields[field]} ${error.message}` : error.message!
  }
  return result
}

function fieldName(path: string): string {
  const segments = path.replace(/\[\d+\]/g, '').split('.')
  return segments[segments.length - 1] || path
}

/** The sentence to show a person: the problem's detail, else its title, else the fallback. */
export function problemMessage(problem: Problem | null | undefined, fallback: string): string {
  return problem?.detail || problem?.title || fallback
}

/** A 409 answered because someone else changed the record since it was read. */
export function isStaleVersion(problem: Problem | null | undefined): boolean {
  return problem?.status === 409 && (problem.type ?? '').endsWith('/stale-version')
}
