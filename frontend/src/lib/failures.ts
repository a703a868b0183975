import { onBeforeUnmount, onMounted, reactive } from 'vue'
import type { Middleware } from 'openapi-fetch'

/**
 * What went wrong with the service, in one place for every page: the API unavailable for a while (503), too many
 * requests (429), the session ended. The banner (FailureBanner) shows it; reads are tried again by themselves; a
 * form's text is kept when the person must log in again.
 */
export const service = reactive({
  /** The API answers 503: unavailable since … (ms), a read tried again at … (ms). */
  unavailable: false,
  retryAt: 0,
  /** Back after being unavailable: said for a moment. */
  back: false,
  /** 429: requests refused until … (ms). */
  throttledUntil: 0,
  /** The session ended and could not be renewed: the person must log in again. */
  sessionEnded: false,
  /** A form's text kept through a new login was put back. */
  restored: false,
})

/** Thrown instead of sending a request when the session cannot be renewed; forms keep their text then. */
export class SessionEnded extends Error {
  constructor() {
    super('The session ended; log in again')
  }
}

/** How long to wait, from Retry-After (seconds), within sensible bounds. */
export function retryAfterMs(response: Response, fallbackSeconds = 5): number {
  const seconds = Number(response.headers.get('Retry-After'))
  const wait = Number.isFinite(seconds) && seconds > 0 ? seconds : fallbackSeconds
  return Math.min(30, Math.max(1, wait)) * 1000
}

/** Reads are tried again this many times while the service is unavailable (about a minute and a half). */
export const READ_RETRIES = 18

let backTimer: ReturnType<typeof setTimeout> | undefined

function recovered(): void {
  if (!service.unavailable) return
  service.unavailable = false
  service.back = true
  clearTimeout(backTimer)
  backTimer = setTimeout(() => (service.back = false), 6000)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The middleware that makes failures one thing: a read answered 503 or 429 waits as Retry-After says and is asked
 * again (with a fresh token), up to READ_RETRIES times; a write is not repeated (it may have been saved: the
 * problem says so) and its refusal goes to the form. Any answer other than 503 means the service is back.
 */
export function resilience(send: (request: Request) => Promise<Response>): Middleware {
  return {
    async onResponse({ request, response }) {
      if (response.status !== 503 && response.status !== 429) {
        recovered()
        return response
      }
      let answer = response
      const read = request.method === 'GET' || request.method === 'HEAD'
      for (let attempt = 0; ; attempt++) {
        const wait = retryAfterMs(answer)
        if (answer.status === 503) {
          service.unavailable = true
          service.retryAt = Date.now() + wait
        } else {
          service.throttledUntil = Date.now() + wait
        }
        if (!read || attempt >= READ_RETRIES) return answer
        await sleep(wait)
        answer = await send(request)
        if (answer.status !== 503 && answer.status !== 429) {
          recovered()
          return answer
        }
      }
    },
  }
}

// ---- What a person typed, kept across a new login ----

const DRAFT_PREFIX = 'forsa.draft:'
const openForms = new Map<string, Record<string, unknown>>()

function draftKey(name: string): string {
  return `${DRAFT_PREFIX}${window.location.pathname}${window.location.search}#${name}`
}

/**
 * Keeps a form's values through a new login: when the session ends, every open form's values are written in this
 * tab's storage before Keycloak is shown. The form puts them back with `restore()` once it has filled itself (from
 * the record it edits, or blank): they win over what the server holds, and the banner says so.
 */
export function useDraft(name: string, values: Record<string, unknown>): { restore: () => void } {
  onMounted(() => openForms.set(draftKey(name), values))
  onBeforeUnmount(() => openForms.delete(draftKey(name)))
  return {
    restore() {
      try {
        const key = draftKey(name)
        const kept = sessionStorage.getItem(key)
        if (!kept) return
        sessionStorage.removeItem(key)
        Object.assign(values, JSON.parse(kept))
        service.restored = true
      } catch {
        // no storage (a private window): nothing was kept
      }
    },
  }
}

/** Writes every open form's values, before the browser leaves for Keycloak. */
export function keepDrafts(): void {
  for (const [key, values] of openForms) {
    try {
      sessionStorage.setItem(key, JSON.stringify(values))
    } catch {
      // storage full or refused: the values are lost, as they would be without this
    }
  }
}
