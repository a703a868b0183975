import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { createAppI18n } from '@/i18n'
import { choice, useServerList } from './list'
import { trackNavigations } from './navigation'

const List = defineComponent({
  setup() {
    const list = useServerList({
      filters: { status: choice(['active', 'inactive']) },
      fetch: async () => ({ data: { items: [], totalItems: 0 }, response: new Response() }),
      loadErrorKey: 'errors.network',
    })
    return () => h('button', { onClick: () => (list.filters.status = 'inactive') })
  },
})
const Other: Component = () => h('p', 'other')

/** A router whose second page loads only when the test says so, as a page's code arrives over the network. */
function routerWithSlowPage() {
  let arrive!: (page: Component) => void
  const arriving = new Promise<Component>((resolve) => (arrive = resolve))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/list', component: List },
      { path: '/other', component: () => arriving },
    ],
  })
  trackNavigations(router)
  return { router, arrive: () => arrive(Other) }
}

async function mountAt(router: ReturnType<typeof createRouter>, path: string) {
  await router.push(path)
  await router.isReady()
  return mount(RouterView, { global: { plugins: [createAppI18n(), router] } })
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('a list keeping its state in the address', () => {
  it('lets a page chosen while it loads open, though the page is still arriving when the list writes', async () => {
    const { router, arrive } = routerWithSlowPage()
    const wrapper = await mountAt(router, '/list')
    const leaving = router.push('/other')
    await wrapper.find('button').trigger('click') // the list reloads and would write its filter
    await tick()
    await flushPromises()
    arrive()
    await leaving
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/other')
    wrapper.unmount()
  })

  it('writes its filter once a navigation on its own page has landed', async () => {
    const { router } = routerWithSlowPage()
    const wrapper = await mountAt(router, '/list')
    const staying = router.replace({ query: { tab: 'x' } })
    await wrapper.find('button').trigger('click')
    await staying
    await tick()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ tab: 'x', status: 'inactive' })
    wrapper.unmount()
  })
})
