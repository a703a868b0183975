import { describe, expect, it } from 'vitest'
import { userWith } from '@/test/app'
import { can, type Permission, type Role } from './auth'

const ROLES: Role[] = ['directorate-admin', 'directorate-staff', 'association-staff', 'academy-analyst', 'api-client']

// Who may do what in the SPA (the API enforces the same).
const EXPECTED: Record<Permission, Role[]> = {
  'associations.view': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'associations.manage': ['directorate-admin', 'directorate-staff'],
  'centres.view': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'centres.manage': ['directorate-admin', 'directorate-staff'],
  'agreements.view': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'agreements.manage': ['directorate-admin', 'directorate-staff'],
  'schoolYears.view': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'schoolYears.manage': ['directorate-admin'],
  'learners.view': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'learners.manage': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'learners.anonymise': ['directorate-admin'],
  'placements.manage': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'imports.manage': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'support.view': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'support.manage': ['association-staff'],
  'statistics.view': ['directorate-admin', 'directorate-staff', 'academy-analyst'],
  'statistics.allDirectorates': ['academy-analyst'],
  'campaigns.view': ['directorate-admin', 'directorate-staff', 'association-staff', 'academy-analyst'],
  'campaigns.manage': ['directorate-admin', 'directorate-staff'],
  'outreach.record': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'cases.view': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'cases.manage': ['directorate-admin', 'directorate-staff', 'association-staff'],
  'cases.erase': ['directorate-admin'],
  'webhooks.manage': ['directorate-admin'],
}

describe('permissions of the new screens', () => {
  it.each(Object.entries(EXPECTED))('%s', (permission, roles) => {
    const allowed = ROLES.filter((role) => can(permission as Permission, userWith(role)))
    expect(allowed).toEqual(roles)
  })

  it('give the academy analyst the statistics and the outreach to read, and no learner', () => {
    const analyst = userWith('academy-analyst')
    expect(Object.keys(EXPECTED).filter((p) => can(p as Permission, analyst))).toEqual([
      'statistics.view',
      'statistics.allDirectorates',
      'campaigns.view',
    ])
  })
})
