import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from '@/api/schema'
import { accessToken } from './auth'
import { resilience } from './failures'
import { currentLocale } from './locale'

const bearerToken: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken()
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    return request
  },
}

// Lets the server word its messages (validation ones above all) in the reader's language.
const language: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLocale.value)
    return request
  },
}

/**
 * The typed API client. The API lives on the SPA's own origin, hence the empty base URL.
 * `fetch` is looked up at call time rather than captured, so tests can stub it.
 */
export const api = createClient<paths>({
  baseUrl: '',
  fetch: (request) => globalThis.fetch(request),
  headers: { Accept: 'application/json, application/problem+json' },
})

/** A request sent again (a read the service refused for a while), with a token fresh at that moment. */
async function sendAgain(request: Request): Promise<Response> {
  const again = new Request(request)
  const token = await accessToken()
  if (token) again.headers.set('Authorization', `Bearer ${token}`)
  return globalThis.fetch(again)
}

api.use(bearerToken, language, resilience(sendAgain))
