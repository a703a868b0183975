import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { differences, merged, shownBy, useVersionConflict } from './conflicts'

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

  it('compares a list of rows row by row, whatever the order of a row’s fields, and shows it as the form says', () => {
    const team = (phone: string) => ({ members: [{ name: 'Fatima', role: 'LEADER', phone }] })
    const shown = shownBy<{ members: { name: string; role: string; phone: string }[] }>({
      members: (members) => members.map((m) => `${m.name} · ${m.role} · ${m.phone}`).join('\n'),
    })
    const reordered = { members: [{ phone: '0661', role: 'LEADER', name: 'Fatima' }] }
    expect(differences(['members'], team('0661'), reordered, (f) => f, shown)).toEqual([])
    expect(differences(['members'], team('0661'), team('0662'), (f) => f, shown)).toEqual([
      { field: 'members', label: 'members', mine: 'Fatima · LEADER · 0661', theirs: 'Fatima · LEADER · 0662' },
    ])
  })

  it('offers the server’s value where only the server changed the field, and saves on its version', async () => {
    const read = { place: 'حي الوحدة', people: '60', notes: '', version: 1 }
    const form = reactive({ place: 'حي الوحدة', people: '64', notes: '' })
    const conflict = useVersionConflict({
      form,
      fields: ['place', 'people', 'notes'],
      read: async () => ({ ...theirs, version: 2 }),
      fieldsOf: ({ place, people, notes }) => ({ place, people, notes }),
      base: () => read,
      label: (f) => f,
    })
    await conflict.compare()
    expect(conflict.rows.value?.map((r) => [r.field, r.proposed ?? 'mine'])).toEqual([
      ['people', 'mine'],
      ['notes', 'theirs'],
    ])
    conflict.resolve({ people: 'mine', notes: 'theirs' })
    expect(form).toEqual({ place: 'حي الوحدة', people: '64', notes: 'Visite reportée' })
    expect(conflict.onVersion.value).toBe(2)
  })

  it('leaves the form as it is when the server’s record cannot be read', async () => {
    const form = reactive({ ...mine })
    const conflict = useVersionConflict({
      form,
      fields: ['place', 'people', 'notes'],
      read: () => Promise.reject(new TypeError('Failed to fetch')),
      fieldsOf: (record: typeof theirs & { version?: number }) => record,
      label: (f) => f,
    })
    await conflict.compare()
    expect(conflict.rows.value).toBeNull()
    expect(form).toEqual(mine)
  })
})
