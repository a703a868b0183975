import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, userWith } from '@/test/app'

const keycloak = vi.hoisted(() => ({
  init: vi.fn(async () => true),
  updateToken: vi.fn(async () => true),
  login: vi.fn(async () => {}),
  logout: vi.fn(async () => {}),
  token: 'access-token-1',
  onTokenExpired: undefined as (() => void) | undefined,
}))
const Keycloak = vi.hoisted(() =>
  vi.fn(function () {
    return keycloak
  }),
)
vi.mock('keycloak-js', () => ({ default: Keycloak }))

const { can, logInAgain, signIn } = await import('./auth')
const { api } = await import('./http')
const { service, SessionEnded } = await import('./failures')

afterEach(() => vi.clearAllMocks())

describe('permissions', () => {
  it.each([
    ['directorate-admin', true, true],
    ['directorate-staff', true, true],
    ['association-staff', true, false],
    ['academy-analyst', false, false],
    ['api-client', false, false],
  ] as const)('%s: may view associations %s, manage them %s', (role, view, manage) => {
    const user = userWith(role)
    expect(can('associations.view', user)).toBe(view)
    expect(can('associations.manage', user)).toBe(manage)
  })

  it('allows nothing to nobody', () => {
    expect(can('associations.view', null)).toBe(false)
  })
})

describe('sign-in and the API client', () => {
  it('signs in through Keycloak with PKCE, then sends a fresh bearer token with every call', async () => {
    const calls = fakeApi({ 'GET /api/v1/me': () => json(userWith('directorate-staff')) })

    await signIn({ keycloakUrl: 'http://localhost:8180', realm: 'forsa', clientId: 'forsa-spa' }, 'ar')
    expect(Keycloak).toHaveBeenCalledWith({ url: 'http://localhost:8180', realm: 'forsa', clientId: 'forsa-spa' })
    expect(keycloak.init).toHaveBeenCalledWith({
      onLoad: 'login-required',
      pkceMethod: 'S256',
      checkLoginIframe: false,
      locale: 'ar',
    })

    await api.GET('/api/v1/me')
    expect(keycloak.updateToken).toHaveBeenCalledWith(30)
    expect(calls.requests[0]!.headers.get('Authorization')).toBe('Bearer access-token-1')
  })

  it('sends nothing when the session cannot be refreshed, and asks the person to log in again', async () => {
    const calls = fakeApi({ 'GET /api/v1/me': () => json(userWith('directorate-staff')) })
    await signIn({ keycloakUrl: 'http://localhost:8180', realm: 'forsa', clientId: 'forsa-spa' }, 'fr')
    keycloak.updateToken.mockRejectedValueOnce(new Error('refresh token expired'))

    await expect(api.GET('/api/v1/me')).rejects.toBeInstanceOf(SessionEnded)
    expect(calls.requests).toHaveLength(0)
    expect(service.sessionEnded).toBe(true)
    // the person leaves only when they choose to, back to this very page
    expect(keycloak.login).not.toHaveBeenCalled()
    await logInAgain()
    expect(keycloak.login).toHaveBeenCalledWith(expect.objectContaining({ redirectUri: window.location.href }))
    // a renewed token ends the notice
    await api.GET('/api/v1/me')
    expect(service.sessionEnded).toBe(false)
  })
})
