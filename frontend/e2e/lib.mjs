// What every browser journey uses: the app's address, a browser page that records what went
// wrong, signing in through the real Keycloak, screenshots, and PrimeVue's Select.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const APP_URL = (process.env.FORSA_APP_URL || 'http://localhost:8080').replace(/\/+$/, '')
export const OUTPUT = path.resolve(
  process.env.FORSA_E2E_OUTPUT || path.join(path.dirname(fileURLToPath(import.meta.url)), 'output'),
)
export const PASSWORD = 'demo'

// Keycloak and a cold JVM are slow on a small machine: wait generously, never sleep blindly.
export const LOGIN_TIMEOUT = 180_000
export const STEP_TIMEOUT = 60_000

export const byTestId = (id) => `[data-testid="${id}"]`

/** A fresh browser context (another device, in effect) with a page that records errors. */
export async function newPage(browser, { locale = 'fr-FR', viewport = { width: 1366, height: 900 } } = {}) {
  const context = await browser.newContext({
    viewport,
    locale,
    ignoreHTTPSErrors: false,
    reducedMotion: 'reduce', // charts drawn at once, so screenshots show the final figures
  })
  context.setDefaultTimeout(STEP_TIMEOUT)
  context.setDefaultNavigationTimeout(LOGIN_TIMEOUT)
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`HTTP ${response.status()} ${response.url()}`)
  })
  return { context, page, problems }
}

/**
 * A journey's page from start to end: on failure a screenshot named after the journey and the
 * page's last errors in the message; the context is closed whatever happens.
 */
export async function withPage(browser, evidence, body, options = {}) {
  const { context, page, problems } = await newPage(browser, options)
  try {
    await body(page, context)
  } catch (error) {
    await failureEvidence(page, `${evidence}-failure.png`)
    throw withContext(error, page, problems)
  } finally {
    await context.close()
  }
}

/** Waits for Keycloak's login page (the app sends the browser there) and answers it. */
export async function waitForLoginPage(page) {
  await page.waitForSelector('#username', { timeout: LOGIN_TIMEOUT })
  if (!new URL(page.url()).pathname.includes('/realms/')) {
    throw new Error(`expected the Keycloak login page, got ${page.url()}`)
  }
}

/** Fills Keycloak's login form and waits to be back in the app. */
export async function logIn(page, username) {
  await page.fill('#username', username)
  await page.fill('#password', PASSWORD)
  await Promise.all([
    page.waitForURL((url) => url.href.startsWith(APP_URL) && !url.pathname.includes('/realms/'), {
      timeout: LOGIN_TIMEOUT,
    }),
    page.click('#kc-login'),
  ])
}

/** Opens the app, which sends the browser to Keycloak, and signs in there. */
export async function signIn(page, username) {
  await page.goto(`${APP_URL}/`, { waitUntil: 'domcontentloaded' })
  await waitForLoginPage(page)
  await logIn(page, username)
}

export async function screenshot(page, file) {
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: path.join(OUTPUT, file), fullPage: true })
}

/** Picks an option of a PrimeVue Select unless it already shows it. */
export async function choose(page, testId, option) {
  const select = page.locator(byTestId(testId))
  const label = (await select.locator('.p-select-label').textContent())?.trim() ?? ''
  if (typeof option === 'string' ? label === option : option.test(label)) return
  // A Select still loading its options may not open on the first click: try again until it does.
  const overlay = page.locator('.p-select-overlay')
  for (let attempt = 1; ; attempt++) {
    await select.click()
    try {
      await overlay.waitFor({ state: 'visible', timeout: 5_000 })
      break
    } catch (error) {
      if (attempt === 3) throw error
    }
  }
  const item = page.locator('.p-select-overlay .p-select-option', { hasText: option }).first()
  await item.waitFor({ state: 'visible' })
  await item.click()
  await page.locator('.p-select-overlay').waitFor({ state: 'detached' })
}

/** The language and direction the page is written in. */
export function documentLanguage(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))
}

async function failureEvidence(page, file) {
  try {
    await page.screenshot({ path: path.join(OUTPUT, file), fullPage: true, timeout: 10_000 })
  } catch {
    // The page may be gone; the failure itself is reported anyway.
  }
}

function withContext(error, page, problems) {
  const lines = [error instanceof Error ? error.message.split('\n')[0] : String(error), `at ${page.url()}`]
  if (problems.length) lines.push(...problems.slice(-5))
  return new Error(lines.join(' | '))
}
