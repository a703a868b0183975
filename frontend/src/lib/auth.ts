import Keycloak from 'keycloak-js'
import { computed, shallowRef } from 'vue'
import type { ClientConfig, CurrentUser } from '@/api/types'
import { forgetFieldSession } from './fieldSession'
import { keepDrafts, service, SessionEnded } from './failures'
import { currentLocale } from './locale'

export type Role = 'directorate-admin' | 'directorate-staff' | 'association-staff' | 'academy-analyst' | 'api-client'

/** What the SPA lets a person do; the backend enforces the same rules on every request. */
export type Permission =
  | 'associations.view'
  | 'associations.manage'
  | 'centres.view'
  | 'centres.manage'
  | 'agreements.view'
  | 'agreements.manage'
  | 'schoolYears.view'
  | 'schoolYears.manage'
  | 'learners.view'
  | 'learners.manage'
  | 'learners.anonymise'
  | 'placements.manage'
  | 'imports.manage'
  | 'support.view'
  | 'support.manage'
  | 'statistics.view'
  | 'statistics.allDirectorates'
  | 'campaigns.view'
  | 'campaigns.manage'
  | 'outreach.record'
  | 'cases.view'
  | 'cases.manage'
  | 'cases.erase'
  | 'webhooks.manage'

// People who see personal data (learners) and the directorate's records; the academy analyst
// sees the statistics and its directorates' outreach, never a learner.
const DIRECTORATE: readonly Role[] = ['directorate-admin', 'directorate-staff']
const OPERATORS: readonly Role[] = [...DIRECTORATE, 'association-staff']

const PERMISSIONS: Record<Permission, readonly Role[]> = {
  'associations.view': OPERATORS,
  'associations.manage': DIRECTORATE,
  'centres.view': OPERATORS,
  'centres.manage': DIRECTORATE,
  'agreements.view': OPERATORS,
  'agreements.manage': DIRECTORATE,
  'schoolYears.view': OPERATORS,
  'schoolYears.manage': ['directorate-admin'],
  // Association staff record the learners and placements of the centres they operate.
  'learners.view': OPERATORS,
  'learners.manage': OPERATORS,
  // Erasing a learner's personal data cannot be undone: the directorate's administrator alone does it.
  'learners.anonymise': ['directorate-admin'],
  'placements.manage': OPERATORS,
  // Whoever records learners may bring many of them in from a file.
  'imports.manage': OPERATORS,
  // Support is given and recorded by associations; the directorate follows it without changing it.
  'support.view': OPERATORS,
  'support.manage': ['association-staff'],
  // Counts only, never a learner: the directorate sees its own, the academy those of its directorates.
  'statistics.view': [...DIRECTORATE, 'academy-analyst'],
  'statistics.allDirectorates': ['academy-analyst'],
  // Campaigns, caravans and stops name no learner (a caravan's team is staff): the academy follows them too.
  'campaigns.view': [...OPERATORS, 'academy-analyst'],
  // The directorate plans campaigns and sends caravans out; their partners take part.
  'campaigns.manage': DIRECTORATE,
  // Whoever is in the field counts the people a campaign reached and records a caravan's stops.
  'outreach.record': OPERATORS,
  // The children a caravan found are personal data: followed by whoever records learners, never by the academy.
  'cases.view': OPERATORS,
  'cases.manage': OPERATORS,
  // Erasing a child's personal data cannot be undone: the directorate's administrator alone does it.
  'cases.erase': ['directorate-admin'],
  // Which systems are told of the directorate's changes, and whether they were: its administrator's concern.
  'webhooks.manage': ['directorate-admin'],
}

let keycloak: Keycloak | undefined

const user = shallowRef<CurrentUser | null>(null)

/** The signed-in person, as GET /api/v1/me describes them. */
export const currentUser = computed(() => user.value)

export function setCurrentUser(value: CurrentUser | null): void {
  user.value = value
}

export function hasRole(role: Role, who: CurrentUser | null = user.value): boolean {
  return who?.roles?.includes(role) ?? false
}

export function can(permission: Permission, who: CurrentUser | null = user.value): boolean {
  return PERMISSIONS[permission].some((role) => hasRole(role, who))
}

/**
 * Sends the browser to Keycloak unless a session exists; resolves once signed in. The login
 * page speaks the language chosen in the app.
 */
export async function signIn(config: ClientConfig, locale: string): Promise<void> {
  if (!config.keycloakUrl || !config.realm || !config.clientId) {
    throw new Error('The client configuration lacks the Keycloak URL, realm or client id')
  }
  const instance = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId })
  instance.onTokenExpired = () => {
    instance.updateToken(30).catch(() => (service.sessionEnded = true))
  }
  await instance.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, locale })
  keycloak = instance
}

/**
 * A fresh access token (refreshed when it expires within 30 s), or undefined before sign-in. When the session cannot
 * be renewed (it ended in Keycloak), the request is not sent: the person is asked to log in again, and what they
 * typed is kept (lib/failures).
 */
export async function accessToken(): Promise<string | undefined> {
  if (!keycloak) return undefined
  try {
    await keycloak.updateToken(30)
  } catch {
    service.sessionEnded = true
    throw new SessionEnded()
  }
  service.sessionEnded = false
  return keycloak.token
}

/** Back to Keycloak's login, and then to this very page, with the open forms' text kept. */
export async function logInAgain(): Promise<void> {
  keepDrafts()
  await keycloak?.login({ locale: currentLocale.value, redirectUri: window.location.href })
}

/** The language the signed-in person chose last, kept by Keycloak with their account (the `locale` claim). */
export function userLocale(): string | undefined {
  const claim = (keycloak?.tokenParsed as { locale?: unknown } | undefined)?.locale
  return typeof claim === 'string' ? claim : undefined
}

/**
 * Keeps the person's language with their account (Keycloak's account API: the `locale` user
 * attribute), so it follows them to another device and Keycloak's own pages speak it too.
 * Answers whether it was kept; the app works in that language either way.
 */
export async function saveUserLocale(locale: string): Promise<boolean> {
  if (!keycloak?.authServerUrl || !keycloak.realm || userLocale() === locale) return userLocale() === locale
  const url = `${keycloak.authServerUrl.replace(/\/+$/, '')}/realms/${encodeURIComponent(keycloak.realm)}/account`
  try {
    const token = await accessToken()
    if (!token) return false
    const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Content-Type': 'application/json' }
    const read = await fetch(url, { headers })
    if (!read.ok) return false
    const account = (await read.json()) as { attributes?: Record<string, unknown> }
    const saved = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...account, attributes: { ...(account.attributes ?? {}), locale: [locale] } }),
    })
    if (!saved.ok) return false
    // a fresh token carries the new choice, so a reload keeps it
    await keycloak.updateToken(-1).catch(() => undefined)
    return true
  } catch {
    return false
  }
}

export async function signOut(): Promise<void> {
  forgetFieldSession()
  await keycloak?.logout({ redirectUri: `${window.location.origin}/` })
}
