import type { RouteLocationNormalized, Router } from 'vue-router'

interface Navigations {
  /** The navigation under way (its page may still be loading), or null. */
  pending: RouteLocationNormalized | null
  waiting: (() => void)[]
}

const tracked = new WeakMap<Router, Navigations>()

/**
 * Follows the router's navigations, so that whoever writes in the address by themselves (a list keeping its filters
 * there) can wait for one under way: vue-router cancels a navigation still loading its page when another starts,
 * even a replace that changes nothing, and a menu entry chosen while a list loads would be lost.
 */
export function trackNavigations(router: Router): void {
  if (tracked.has(router)) return
  const state: Navigations = { pending: null, waiting: [] }
  tracked.set(router, state)
  const ended = (to: RouteLocationNormalized) => {
    if (state.pending !== to) return
    state.pending = null
    for (const resume of state.waiting.splice(0)) resume()
  }
  router.beforeEach((to) => {
    state.pending = to
  })
  router.afterEach(ended)
  router.onError((_error, to) => ended(to))
}

/** The end of the navigation under way, or null when none is. */
export function navigationEnd(router: Router): Promise<void> | null {
  const state = tracked.get(router)
  if (!state?.pending) return null
  return new Promise((resolve) => state.waiting.push(resolve))
}
