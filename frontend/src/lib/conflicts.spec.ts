import { describe, expect, it } from 'vitest'
import { differences, merged } from './conflicts'

describe('a record changed meanwhile', () => {
  const mine = { place: 'حي الوحدة', people: '64', notes: '' }
  const theirs = { place: 'حي الوحدة', people: '60', notes: 'Visite reportée' }

  it('lists only the fields that differ, in the form’s order, as people read them', () => {
    expect(differences(['place', 'people', 'notes'], mine, theirs, (f) => f.toUpperCase())).toEqual([
      { field: 'people', label: 'PEOPLE', mine: '64', theirs: '60' },
      { field: 'notes', label: 'NOTES', mine: '', theirs: 'Visite reportée' },
    ])
  })

  it('takes the server’s value only where the person chose it', () => {
    expect(merged(mine, theirs, { people: 'mine', notes: 'theirs' })).toEqual({
      place: 'حي الوحدة',
      people: '64',
      notes: 'Visite reportée',
    })
  })
})
