// Test helpers: mount a component as the app would run it, against a fake API.
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import ToastService from 'primevue/toastservice'
import { vi } from 'vitest'
import type { Component } from 'vue'
import { createMemoryHistory } from 'vue-router'
import type { CurrentUser } from '@/api/types'
import { createAppI18n } from '@/i18n'
import { setCurrentUser, type Role } from '@/lib/auth'
import { setLocale, type Locale } from '@/lib/locale'
import { createAppRouter } from '@/router'

export function userWith(role: Role, overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    username: `${role}.test`,
    displayName: `Test ${role}`,
    roles: [role],
    directorate: 'LAA',
    ...(role === 'association-staff' ? { associationId: 7 } : {}),
    ...overrides,
  }
}

export interface AppOptions<C> {
  user: CurrentUser
  path?: string
  locale?: Locale
  mounting?: ComponentMountingOptions<C>
}

export async function mountInApp<C extends Component>(component: C, options: AppOptions<C>) {
  setCurrentUser(options.user)
  setLocale(options.locale ?? 'fr')
  const router = createAppRouter(createMemoryHistory())
  await router.push(options.path ?? '/')
  await router.isReady()
  const wrapper = mount(component, {
    ...options.mounting,
    attachTo: document.body,
    global: {
      plugins: [createAppI18n(), [PrimeVue, { theme: 'none' }], ToastService, ConfirmationService, router],
    },
  } as ComponentMountingOptions<C>)
  return { wrapper, router }
}

type Handler = (request: Request) => Response | Promise<Response>

export interface FakeApi {
  requests: Request[]
  /** The JSON bodies the SPA sent, in order. */
  bodies: unknown[]
}

/**
 * Stubs fetch with routes keyed by "METHOD /path" (no query string). A request nobody
 * expected fails the test with a 500-like answer that names it.
 */
export function fakeApi(routes: Record<string, Handler>): FakeApi {
  const api: FakeApi = { requests: [], bodies: [] }
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      api.requests.push(request)
      const text = await request.clone().text()
      if (text) api.bodies.push(parseBody(text, request))
      const key = `${request.method} ${new URL(request.url).pathname}`
      const handler = routes[key]
      if (!handler) return problem(500, { title: `No fake answer for ${key}` })
      return handler(request)
    }),
  )
  return api
}

/** JSON bodies parsed; any other (a PDF) as sent. */
function parseBody(text: string, request: Request): unknown {
  return (request.headers.get('Content-Type') ?? '').includes('json') ? JSON.parse(text) : text
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

export function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

export function page<T>(items: T[], size = 20) {
  return { items, page: 0, size, totalItems: items.length, totalPages: items.length ? 1 : 0 }
}
