import { describe, expect, it } from 'vitest'
import { fieldErrors, isProblem, problemMessage, rowErrors, toProblem } from './problem'

describe('problem details', () => {
  const validation = {
    type: 'https://forsa.example/problems/validation',
    title: 'Invalid input',
    status: 400,
    detail: 'Two fields are invalid',
    errors: [
      { field: 'nameAr', message: 'must not be blank' },
      { field: 'create.input.email', message: 'must be a well-formed email address' },
      { field: 'email', message: 'size must be between 0 and 150' },
      { field: '', message: 'ignored: no field' },
    ],
  }

  it('recognises a problem body', () => {
    expect(isProblem(validation)).toBe(true)
    expect(isProblem({ title: 'Forbidden' })).toBe(true)
    expect(isProblem('<html>')).toBe(false)
    expect(isProblem(null)).toBe(false)
    expect(isProblem({ message: 'not a problem' })).toBe(false)
  })

  it('maps errors[] to one message per form field, by the last segment of the property path', () => {
    expect(fieldErrors(validation)).toEqual({
      nameAr: 'must not be blank',
      email: 'must be a well-formed email address size must be between 0 and 150',
    })
  })

  it('has no field errors for a problem without errors[] or no problem at all', () => {
    expect(fieldErrors({ status: 409, title: 'Conflict' })).toEqual({})
    expect(fieldErrors(undefined)).toEqual({})
  })

  it('keeps a problem body as it is', () => {
    expect(toProblem(validation, new Response(null, { status: 400 }))).toBe(validation)
  })

  it('makes a problem from a response whose body is not one', () => {
    const response = new Response(null, { status: 502, statusText: 'Bad Gateway' })
    expect(toProblem('<html>proxy error</html>', response)).toEqual({
      status: 502,
      title: 'Bad Gateway',
      detail: undefined,
    })
    expect(toProblem('Service down for maintenance', response).detail).toBe('Service down for maintenance')
  })

  it('prefers the detail, then the title, then the fallback, for the sentence shown', () => {
    expect(problemMessage(validation, 'fallback')).toBe('Two fields are invalid')
    expect(problemMessage({ title: 'Forbidden', status: 403 }, 'fallback')).toBe('Forbidden')
    expect(problemMessage({ status: 500 }, 'fallback')).toBe('fallback')
    expect(problemMessage(null, 'fallback')).toBe('fallback')
  })

  it('names the errors of the rows of a list by row, whatever the path before the list', () => {
    const team = {
      status: 400,
      errors: [
        { field: 'update.input.team[1].fullName', message: 'must not be blank' },
        { field: 'team[1].fullName', message: 'too long' },
        { field: 'team[0].associationId', message: 'not in the campaign' },
        { field: 'team', message: 'size must be between 0 and 30' },
        { field: 'steam[2].role', message: 'another list' },
      ],
    }
    expect(rowErrors(team, 'team')).toEqual({
      0: { associationId: 'not in the campaign' },
      1: { fullName: 'must not be blank too long' },
    })
    expect(rowErrors(undefined, 'team')).toEqual({})
  })
})
