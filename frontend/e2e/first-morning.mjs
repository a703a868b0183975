// What a new user meets on the first morning: every address of the app works when loaded
// directly (a reload, a bookmark, a link pasted in a message), and the app and Keycloak's login
// speak the browser's language, then the person's own choice on any device.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { request } from 'playwright-core'
import { APP_URL, byTestId, documentLanguage, logIn, screenshot, signIn, waitForLoginPage, withPage } from './lib.mjs'

const ROUTER = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'router.ts')

/** Demo records for the routes that take an id (support records have no demo rows: the page says so). */
const DEMO_IDS = {
  '/associations': 3,
  '/centres': 1,
  '/agreements': 2,
  '/learners': 1001,
  '/support/activities': 1,
  '/support/pupils': 1,
  '/campaigns': 1,
  '/caravans': 1,
  '/cases': 1,
}

/** Demo values of the routes' other parameters: the demo campaign, its caravan and the caravan's first stop. */
const DEMO_PARAMS = { campaignId: 1, caravanId: 1, stopId: 1 }

/**
 * Where the directorate admin lands instead: the home page opens on the associations, and the
 * pages where association staff record support send whoever may not do it home.
 */
const LANDS_ON = {
  '/': '/associations',
  '/support/activities/new': '/associations',
  '/support/pupils/new': '/associations',
}
/** Routes only the directorate's administrator may open: anyone else lands on their home page. */
const ADMIN_ONLY = new Set(['/webhooks'])

/** Every path of the router, read from its source, with a demo id in place of each parameter. */
async function routerPaths() {
  const source = await readFile(ROUTER, 'utf8')
  const paths = [...source.matchAll(/path: '([^']+)'/g)].map((m) => m[1])
  if (paths.length < 10) throw new Error(`only ${paths.length} routes found in ${ROUTER}`)
  return paths.map((route) => {
    if (route.startsWith('/:pathMatch')) return { route, path: '/no-such-page/for-sure', notFound: true }
    const concrete = route.replace(/\/:(\w+)\([^)]*\)/g, (_, name, offset) => {
      if (name !== 'id') {
        if (!(name in DEMO_PARAMS)) throw new Error(`no demo value for :${name} of ${route}`)
        return `/${DEMO_PARAMS[name]}`
      }
      const base = route.slice(0, offset)
      if (!(base in DEMO_IDS)) throw new Error(`no demo id for the parameter of ${route}`)
      return `/${DEMO_IDS[base]}`
    })
    if (concrete.includes(':')) throw new Error(`a parameter of ${route} has no demo value`)
    return { route, path: concrete, notFound: false }
  })
}

/** Loads a path as a direct link, then reloads it: both times the SPA, in the expected language. */
async function loadDirectly(page, { path: target, notFound }, language, admin) {
  for (const how of ['direct link', 'reload']) {
    const response = how === 'reload' ? await page.reload() : await page.goto(`${APP_URL}${target}`)
    const type = response?.headers()['content-type'] ?? ''
    if (response?.status() !== 200 || !type.startsWith('text/html')) {
      throw new Error(`${how} of ${target} answered ${response?.status()} ${type}, expected the app (200 text/html)`)
    }
    // back from Keycloak's silent sign-in, the app is mounted
    await page.waitForSelector(byTestId('brand'), { timeout: 60_000 })
    const expected = ADMIN_ONLY.has(target) && !admin ? '/associations' : (LANDS_ON[target] ?? target)
    const landed = await page
      .waitForFunction((p) => location.pathname === p, expected, { timeout: 10_000 })
      .then(() => true)
      .catch(() => false)
    if (!landed) {
      throw new Error(`${how} of ${target} ended at ${new URL(page.url()).pathname}`)
    }
    if (notFound) await page.waitForSelector(byTestId('not-found'))
    const { lang, dir } = await documentLanguage(page)
    if (lang !== language || dir !== (language === 'ar' ? 'rtl' : 'ltr')) {
      throw new Error(`${how} of ${target} is in ${lang}/${dir}, expected ${language}`)
    }
    const text = ((await page.textContent('body')) ?? '').trim()
    if (text.startsWith('{') || text.includes('"title":"Not found"')) throw new Error(`${how} of ${target} shows JSON`)
  }
}

/** Chooses a language with the switcher; answers Keycloak's answer to keeping it, or null when nothing changed. */
async function switchLanguage(page, language) {
  if ((await documentLanguage(page)).lang === language) return null
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/realms/forsa/account'),
    { timeout: 30_000 },
  )
  await page.selectOption(byTestId('lang-switch'), language)
  await page.waitForFunction((l) => document.documentElement.lang === l, language)
  return saved
}

/**
 * Two people at once, one working in French and one in Arabic (each choice kept with their account,
 * so every reload must come back in it), load every route as a direct link and reload it.
 */
async function everyRouteLoadsDirectlyInArabicAndFrench(browser) {
  const paths = await routerPaths()
  const walk = (user, language) =>
    withPage(browser, `every-route-directly-${language}`, async (page) => {
      await signIn(page, user)
      await page.waitForSelector(byTestId('brand'))
      const saved = await switchLanguage(page, language)
      if (saved && !saved.ok()) throw new Error(`keeping the language with the account answered ${saved.status()}`)
      for (const target of paths) await loadDirectly(page, target, language, user.startsWith('admin.'))
      if (language === 'ar') await screenshot(page, 'not-found-arabic.png')
      // give the account back the language the other journeys expect
      await switchLanguage(page, 'fr')
    })
  await Promise.all([walk('admin.laayoune', 'fr'), walk('staff.laayoune', 'ar')])
  console.log(`  ${paths.length} routes, each as a direct link and reloaded, in French and in Arabic`)
}

export { switchLanguage }

async function unknownApiPathsStayProblems() {
  const api = await request.newContext({ baseURL: APP_URL })
  try {
    for (const target of ['/api/v1/no-such-thing', '/api/nothing-here', '/api/v1/learners/1001/nothing']) {
      const response = await api.get(target)
      const type = response.headers()['content-type'] ?? ''
      // an anonymous caller: a known path answers 401 first, an unknown one 404, both as problem+json
      if (![401, 404].includes(response.status()) || !type.startsWith('application/problem+json')) {
        throw new Error(`GET ${target} answered ${response.status()} ${type}, expected a problem+json 404 or 401`)
      }
      if (response.status() === 404 && (await response.json()).status !== 404)
        throw new Error(`GET ${target}: bad problem`)
    }
    const unknown = await api.get('/api/v1/no-such-thing')
    if (unknown.status() !== 404)
      throw new Error(`GET /api/v1/no-such-thing answered ${unknown.status()}, expected 404`)
  } finally {
    await api.dispose()
  }
}

/**
 * A browser set to Arabic opens Forsa and Keycloak's login in Arabic; the person's choice of
 * French is kept with their account, so another device opens in French once they are known.
 */
async function anArabicBrowserLandsInArabic(browser) {
  const user = 'staff.boujdour'
  await withPage(
    browser,
    'arabic-browser',
    async (page) => {
      await page.goto(`${APP_URL}/`)
      await waitForLoginPage(page)
      const login = await documentLanguage(page)
      if (login.lang !== 'ar' || login.dir !== 'rtl')
        throw new Error(`Keycloak's login page is in ${login.lang}/${login.dir}`)
      const button = (
        (await page.locator('#kc-login').getAttribute('value')) ||
        (await page.textContent('#kc-login')) ||
        ''
      ).trim()
      if (!/[\u0600-\u06FF]/.test(button)) throw new Error(`the login button says "${button}", not Arabic`)
      await screenshot(page, 'keycloak-login-arabic.png')
      await logIn(page, user)
      await page.waitForSelector(byTestId('brand'))
      const app = await documentLanguage(page)
      if (app.lang !== 'ar' || app.dir !== 'rtl') throw new Error(`the app opened in ${app.lang}/${app.dir}`)
      const nav = (await page.textContent(byTestId('nav-associations'))) ?? ''
      if (!nav.includes('الجمعيات')) throw new Error(`the navigation says "${nav.trim()}"`)
      await screenshot(page, 'arabic-browser.png')
      const saved = await switchLanguage(page, 'fr')
      if (!saved.ok()) throw new Error(`keeping the choice with the account answered ${saved.status()}`)
    },
    { locale: 'ar-MA' },
  )
  await withPage(
    browser,
    'arabic-browser-second-device',
    async (page) => {
      await page.goto(`${APP_URL}/`)
      await waitForLoginPage(page)
      const login = await documentLanguage(page)
      if (login.lang !== 'ar') throw new Error(`before the person is known, Keycloak's page is in ${login.lang}`)
      await logIn(page, user)
      await page.waitForSelector(byTestId('brand'))
      await page.waitForFunction(() => document.documentElement.lang === 'fr')
      const nav = (await page.textContent(byTestId('nav-associations'))) ?? ''
      if (!nav.includes('Associations')) throw new Error(`the navigation says "${nav.trim()}", expected French`)
      // leave the account as the browser would have it
      await switchLanguage(page, 'ar')
    },
    { locale: 'ar-MA' },
  )
}

export const firstMorningJourneys = {
  fresh: [
    [
      'an Arabic browser opens Forsa and Keycloak in Arabic; a French choice follows the user to another device',
      anArabicBrowserLandsInArabic,
    ],
    ['unknown API paths stay problem+json 404s behind the SPA', unknownApiPathsStayProblems],
  ],
  demo: [
    [
      'every route of the router loads as a direct link and on reload, in French and in Arabic',
      everyRouteLoadsDirectlyInArabicAndFrench,
    ],
  ],
}
