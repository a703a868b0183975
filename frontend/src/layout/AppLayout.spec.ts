import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { fakeApi, json, mountInApp, page, userWith } from '@/test/app'
import { schoolYears } from '@/test/fixtures'
import AppLayout from './AppLayout.vue'

// What the statistics page, the academy analyst's home, asks for.
const statisticsPage = {
  'GET /api/v1/school-years': () => json(page(schoolYears)),
  'GET /api/v1/directorates': () => json(page([{ code: 'LAA', nameAr: 'العيون', nameFr: 'Laâyoune' }])),
  'GET /api/v1/statistics/beneficiaries': () =>
    json({
      schoolYear: '2025/2026',
      directorates: ['LAA'],
      groupBy: [],
      minimumCount: 5,
      total: 187,
      previousYearTotal: 88,
      cells: [],
    }),
  'GET /api/v1/statistics/agreements': () =>
    json({ schoolYear: '2025/2026', directorates: ['LAA'], asOf: '2026-01-15', agreements: [] }),
  'GET /api/v1/statistics/outreach': () =>
    json({
      schoolYear: '2025/2026',
      directorates: ['LAA'],
      groupBy: ['CAMPAIGN'],
      total: { identified: 0 },
      cells: [],
    }),
}

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
    expect(wrapper.find('[data-testid="header-webhooks"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('gives the directorate admin the way to the connected systems beside their name', async () => {
    fakeApi({
      'GET /api/v1/associations': () => json(page([])),
      'GET /api/v1/directorates/LAA/communes': () => json(page([])),
      'GET /api/v1/webhooks': () => json([]),
    })
    const { wrapper, router } = await mountInApp(AppLayout, {
      user: userWith('directorate-admin'),
      path: '/associations',
    })
    await flushPromises()
    const link = wrapper.find('[data-testid="header-webhooks"]')
    expect(link.attributes('title')).toBe('Systèmes connectés')
    await link.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('webhooks'))
    await flushPromises()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="webhooks-empty"]').exists()).toBe(true))
    wrapper.unmount()
  })

  it('starts the academy analyst on the statistics, with no associations entry', async () => {
    fakeApi(statisticsPage)
    const { wrapper, router } = await mountInApp(AppLayout, {
      user: userWith('academy-analyst'),
      path: '/associations',
    })
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('statistics')
    expect(wrapper.find('[data-testid="nav-associations"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="statistics-total"]').text()).toBe('187')
    expect(wrapper.find('[data-testid="association-new"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('takes the brand link of the academy analyst to the statistics', async () => {
    fakeApi(statisticsPage)
    const { wrapper, router } = await mountInApp(AppLayout, { user: userWith('academy-analyst'), path: '/' })
    await flushPromises()
    expect(wrapper.find('[data-testid="brand"]').attributes('href')).toBe('/')
    expect(router.currentRoute.value.name).toBe('statistics')
    wrapper.unmount()
  })

  it('keeps the friendly home for an account that may open no screen', async () => {
    fakeApi({})
    const { wrapper, router } = await mountInApp(AppLayout, { user: userWith('api-client'), path: '/' })
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home')
    expect(wrapper.find('[data-testid="home"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('opens the menu of a narrow window from the start of the line, with the same entries, and closes it on the way', async () => {
    fakeApi({
      'GET /api/v1/associations': () => json(page([])),
      'GET /api/v1/agreements': () => json(page([])),
      'GET /api/v1/directorates/LAA/communes': () => json(page([])),
      'GET /api/v1/school-years': () => json(page(schoolYears)),
    })
    const { wrapper, router } = await mountInApp(AppLayout, {
      user: userWith('directorate-staff'),
      path: '/associations',
      locale: 'ar',
    })
    await flushPromises()
    await wrapper.find('[data-testid="nav-menu"]').trigger('click')
    await flushPromises()
    const drawer = document.querySelector('[data-testid="nav-drawer"]')!
    expect(drawer).not.toBeNull()
    // Arabic reads from the right: the menu comes from there
    expect(document.querySelector('.p-drawer-right [data-testid="nav-menu-agreements"]')).not.toBeNull()
    const entries = [...drawer.querySelectorAll('[data-testid^="nav-menu-"]')].map((a) => a.getAttribute('data-testid'))
    expect(entries).toContain('nav-menu-agreements')
    expect(entries).toContain('nav-menu-logout')
    ;(drawer.querySelector('[data-testid="nav-menu-agreements"]') as HTMLElement).click()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('agreements'))
    await vi.waitFor(() => expect(document.querySelector('[data-testid="nav-drawer"]')).toBeNull())
    wrapper.unmount()
  })

  it('switches the page to Arabic, right to left', async () => {
    fakeApi(statisticsPage)
    const { wrapper } = await mountInApp(AppLayout, { user: userWith('academy-analyst') })
    await flushPromises()
    await wrapper.find('[data-testid="lang-switch"]').setValue('ar')
    expect(document.documentElement.dir).toBe('rtl')
    expect(wrapper.find('h1').text()).toBe('إحصائيات المستفيدين')
    expect(wrapper.find('[data-testid="nav-statistics"]').text()).toBe('الإحصائيات')
    wrapper.unmount()
  })

  it.each([
    [
      'directorate-admin',
      [
        'associations',
        'agreements',
        'centres',
        'campaigns',
        'learners',
        'imports',
        'support',
        'school-years',
        'statistics',
      ],
    ],
    [
      'directorate-staff',
      [
        'associations',
        'agreements',
        'centres',
        'campaigns',
        'learners',
        'imports',
        'support',
        'school-years',
        'statistics',
      ],
    ],
    [
      'association-staff',
      ['associations', 'agreements', 'centres', 'campaigns', 'learners', 'imports', 'support', 'school-years'],
    ],
    ['academy-analyst', ['campaigns', 'statistics']],
  ] as const)('gives %s the navigation entries of its role', async (role, entries) => {
    fakeApi({
      'GET /api/v1/associations': () => json(page([])),
      'GET /api/v1/directorates/LAA/communes': () => json(page([])),
      ...statisticsPage,
    })
    const { wrapper } = await mountInApp(AppLayout, { user: userWith(role), path: '/associations' })
    await flushPromises()
    const shown = wrapper.findAll('.main-nav [data-testid^="nav-"]').map((a) => a.attributes('data-testid'))
    expect(shown).toEqual(entries.map((name) => `nav-${name}`))
    wrapper.unmount()
  })

  it('sends the academy analyst to the statistics from the pages with personal data', async () => {
    fakeApi(statisticsPage)
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
      expect(router.currentRoute.value.name, path).toBe('statistics')
      wrapper.unmount()
    }
  })

  it('keeps association staff out of the statistics', async () => {
    fakeApi({
      'GET /api/v1/associations': () => json(page([])),
      'GET /api/v1/directorates/LAA/communes': () => json(page([])),
    })
    const { wrapper, router } = await mountInApp(AppLayout, {
      user: userWith('association-staff'),
      path: '/statistics',
    })
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('associations')
    wrapper.unmount()
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
