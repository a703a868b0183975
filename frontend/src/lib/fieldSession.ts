import { ref } from 'vue'
import type { ClientConfig, CurrentUser } from '@/api/types'

/**
 * What lets the app open without a network after one visit: the configuration and who signed in last on this
 * device (their name, roles and place; no token and no child's data). Offline, the app opens as them: they see the
 * pages the service worker kept and record what they find; their writes wait in the outbox (lib/outbox) until the
 * network returns and they sign in again.
 */
const KEY = 'forsa.fieldSession'

export interface FieldSession {
  config: ClientConfig
  me: CurrentUser
}

/** True while the app runs from what this device kept, without a session with the server. */
export const offlineStart = ref(false)

export function rememberFieldSession(session: FieldSession): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(session))
  } catch {
    // a full or disabled storage only costs the offline start
  }
}

export function rememberedFieldSession(): FieldSession | null {
  try {
    const kept = localStorage.getItem(KEY)
    return kept ? (JSON.parse(kept) as FieldSession) : null
  } catch {
    return null
  }
}

/** Signing out on a device forgets who used it. */
export function forgetFieldSession(): void {
  localStorage.removeItem(KEY)
}

/** A failure to reach the server at all (not an answer of it). */
export function isNetworkFailure(error: unknown): boolean {
  return !navigator.onLine || error instanceof TypeError
}
