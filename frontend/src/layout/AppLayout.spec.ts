import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import AppLayout from './AppLayout.vue'

describe('AppLayout', () => {
  it('shows directorate staff the associations entry and their name', async () => {
    fakeApi({
      'GET /api/v1/associations': () => json(page([])),
      'GET /api/v1/directorates/LAA/communes': () => json(page([])),
    })
    const { wrapper } = await mountInApp(AppLayout, { user: userWith('directorate-staff'), path: '/associations' })
    await flushPromises()
    expect(wrapper.find('[data-testid="nav-associations"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="user-name"]').text()).toBe('Test directorate-staff')
    wrapper.unmount()
  })

  it('gives the academy analyst no associations entry and a friendly home instead', async () => {
    fakeApi({})
    const { wrapper, router } = await mountInApp(AppLayout, { user: userWith('academy-analyst'), path: '/associations' })
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home')
    expect(wrapper.find('[data-testid="nav-associations"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="home"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="association-new"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('switches the page to Arabic, right to left', async () => {
    fakeApi({})
    const { wrapper } = await mountInApp(AppLayout, { user: userWith('academy-analyst') })
    await flushPromises()
    await wrapper.find('[data-testid="lang-switch"]').setValue('ar')
    expect(document.documentElement.dir).toBe('rtl')
    expect(wrapper.find('[data-testid="home"]').text()).toContain('مرحبًا')
    wrapper.unmount()
  })

  it.each([
    ['directorate-admin', ['associations', 'agreements', 'centres', 'learners', 'imports', 'support', 'school-years']],
    ['directorate-staff', ['associations', 'agreements', 'centres', 'learners', 'imports', 'support', 'school-years']],
    ['association-staff', ['associations', 'agreements', 'centres', 'learners', 'imports', 'support', 'school-years']],
    ['academy-analyst', []],
  ] as const)('gives %s the navigation entries of its role', async (role, entries) => {
    fakeApi({
      'GET /api/v1/associations': () => json(page([])),
      'GET /api/v1/directorates/LAA/communes': () => json(page([])),
    })
    const { wrapper } = await mountInApp(AppLayout, { user: userWith(role), path: '/associations' })
    await flushPromises()
    const shown = wrapper.findAll('.main-nav [data-testid^="nav-"]').map((a) => a.attributes('data-testid'))
    expect(shown).toEqual(entries.map((name) => `nav-${name}`))
    wrapper.unmount()
  })

  it('sends the academy analyst home from the pages with personal data', async () => {
    fakeApi({})
    for (const path of [
      '/learners',
      '/learners/new',
      '/centres/5',
      '/agreements/8',
      '/school-years',
      '/imports',
      '/support',
      '/support/activities/3',
      '/support/pupils/4',
    ]) {
      const { wrapper, router } = await mountInApp(AppLayout, { user: userWith('academy-analyst'), path })
      await flushPromises()
      expect(router.currentRoute.value.name, path).toBe('home')
      wrapper.unmount()
    }
  })

  it('keeps association staff out of the forms of directorate staff', async () => {
    fakeApi({
      'GET /api/v1/associations': () => json(page([])),
      'GET /api/v1/directorates/LAA/communes': () => json(page([])),
    })
    for (const path of ['/centres/new', '/centres/5/edit', '/agreements/new', '/agreements/8/edit']) {
      const { wrapper, router } = await mountInApp(AppLayout, { user: userWith('association-staff'), path })
      await flushPromises()
      expect(router.currentRoute.value.name, path).toBe('associations')
      wrapper.unmount()
    }
  })

  it('keeps directorate staff out of the forms that record support, which associations alone record', async () => {
    fakeApi({
      'GET /api/v1/associations': () => json(page([])),
      'GET /api/v1/directorates/LAA/communes': () => json(page([])),
    })
    for (const path of ['/support/activities/new', '/support/pupils/new']) {
      const { wrapper, router } = await mountInApp(AppLayout, { user: userWith('directorate-staff'), path })
      await flushPromises()
      expect(router.currentRoute.value.name, path).toBe('associations')
      wrapper.unmount()
    }
  })
})
