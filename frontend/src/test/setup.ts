import 'fake-indexeddb/auto'
import { setUploadLimits } from '@/lib/limits'
// What a browser has and jsdom lacks, for the tests that run in jsdom.
if (typeof window !== 'undefined') {
  // A browser resolves a relative URL against the page; Node's Request (which jsdom leaves in
  // place) does not. openapi-fetch builds its requests from paths such as '/api/v1/me'.
  const NodeRequest = globalThis.Request
  globalThis.Request = class PageRequest extends NodeRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, window.location.href) : input, init)
    }
  }

  // No media queries: PrimeVue's overlays ask for one. Nothing matches here.
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList

  // No layout either, so nothing ever resizes.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
}

// The limits a server announces in GET /api/v1/config (main.ts sets them at start-up).
setUploadLimits({ maxDocumentBytes: 10 * 1024 * 1024, maxImportBytes: 64 * 1024 * 1024 })
