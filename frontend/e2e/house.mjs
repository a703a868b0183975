// The house's promises, in a real browser against the real app: a list's state survives a reload, a refusal is
// said beside its field in the reader's language, the navigation fits a desktop and a phone in both directions,
// and an outage of the database is said and recovered from by itself.
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP_URL, byTestId, choose, documentLanguage, screenshot, signIn, withPage } from './lib.mjs'
import { switchLanguage } from './first-morning.mjs'

const LAUNCHER = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'forsa')
const EXCELLENCE = 'جمعية التميز للمرأة والطفل'

/** The learners' list, filtered and on its second page, is the same list after a reload and from a shared link. */
async function aListKeepsItsFiltersAndPageThroughAReload(browser) {
  await withPage(browser, 'list-reload', async (page) => {
    await signIn(page, 'staff.laayoune')
    await page.click(byTestId('nav-learners'))
    await page.waitForSelector(byTestId('learners-table'))
    const answered = page.waitForResponse((r) => r.url().includes('/api/v1/learners?') && r.url().includes('sex=M'))
    await choose(page, 'learner-sex-filter', 'Garçon')
    await answered
    await page.locator(`${byTestId('learners-table')} .p-paginator-next`).click()
    await page.waitForFunction(() => new URL(location.href).searchParams.get('page') === '2')
    const before = await visibleList(page)
    if (!before.report.startsWith('21')) throw new Error(`the second page reads "${before.report}"`)

    await page.reload()
    await page.waitForSelector(`${byTestId('learners-table')} tbody tr:not(.p-datatable-empty-message)`)
    const after = await visibleList(page)
    const url = new URL(page.url())
    if (url.searchParams.get('sex') !== 'M' || url.searchParams.get('page') !== '2') {
      throw new Error(`after a reload the address is ${url.search}`)
    }
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      throw new Error(`after a reload the list differs: ${JSON.stringify(before)} then ${JSON.stringify(after)}`)
    }
    if (!(await page.textContent(byTestId('learner-sex-filter')))?.includes('Garçon')) {
      throw new Error('the sex filter no longer shows its value after a reload')
    }
    await screenshot(page, 'list-after-reload.png')
  })
}

async function visibleList(page) {
  await page.locator(`${byTestId('learners-table')} .p-datatable-mask`).waitFor({ state: 'detached' })
  const report = ((await page.textContent(`${byTestId('learners-table')} .p-paginator-current`)) ?? '').trim()
  const names = await page.locator(`${byTestId('learners-table')} tbody tr td:first-child`).allTextContents()
  return { report, names: names.map((n) => n.trim()) }
}

/** Registering an association whose Arabic name exists: the server's refusal, in Arabic, beside the name. */
async function aRefusalIsSaidBesideItsFieldInArabic(browser) {
  await withPage(
    browser,
    'refusal-arabic',
    async (page) => {
      await signIn(page, 'staff.boujdour')
      await page.waitForSelector(byTestId('brand'))
      await switchLanguage(page, 'ar')
      await page.goto(`${APP_URL}/associations/new`)
      await page.waitForSelector(byTestId('association-nameAr'))
      const existing = `${EXCELLENCE} — بوجدور`
      // the first one is accepted, the second with the same name is refused beside its field
      for (const attempt of [1, 2]) {
        await page.goto(`${APP_URL}/associations/new`)
        await page.fill(byTestId('association-nameAr'), existing)
        const saved = page.waitForResponse(
          (r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/associations'),
        )
        await page.click(byTestId('association-save'))
        const answer = await saved
        if (attempt === 1 && ![201, 409].includes(answer.status()))
          throw new Error(`creating answered ${answer.status()}`)
        if (attempt === 2 && answer.status() !== 409) throw new Error(`the same name again answered ${answer.status()}`)
      }
      const beside = ((await page.textContent(byTestId('error-nameAr'))) ?? '').trim()
      if (!/[\u0600-\u06FF]/.test(beside) || /[A-Za-z]{4,}/.test(beside)) {
        throw new Error(`beside the name: "${beside}", not an Arabic sentence`)
      }
      if ((await documentLanguage(page)).dir !== 'rtl') throw new Error('the page is not right to left')
      await screenshot(page, 'refusal-beside-field-arabic.png')
      await switchLanguage(page, 'fr')
    },
    { locale: 'fr-FR' },
  )
}

/** Screenshots of the navigation and of a list, on a desktop and on a phone, in Arabic and in French. */
async function theNavigationFitsADesktopAndAPhone(browser) {
  const sizes = [
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ]
  for (const language of ['fr', 'ar']) {
    for (const [device, viewport] of sizes) {
      await withPage(
        browser,
        `navigation-${device}-${language}`,
        async (page) => {
          await signIn(page, 'admin.laayoune')
          await page.waitForSelector(byTestId('brand'))
          await switchLanguage(page, language)
          await page.goto(`${APP_URL}/learners`)
          await page.waitForSelector(`${byTestId('learners-table')} tbody tr:not(.p-datatable-empty-message)`)
          await page.locator(`${byTestId('learners-table')} .p-datatable-mask`).waitFor({ state: 'detached' })
          if (device === 'desktop') {
            // every entry is on screen, none hidden behind a scroll
            const hidden = await page.evaluate(() =>
              [...document.querySelectorAll('.main-nav [data-testid^="nav-"]')]
                .filter((a) => {
                  const box = a.getBoundingClientRect()
                  return box.width === 0 || box.right > window.innerWidth + 1 || box.left < -1
                })
                .map((a) => a.getAttribute('data-testid')),
            )
            const count = await page.locator('.main-nav [data-testid^="nav-"]').count()
            if (count !== 9 || hidden.length) throw new Error(`${count} entries, hidden: ${hidden.join(', ')}`)
            await screenshot(page, `navigation-desktop-${language}.png`)
          } else {
            if (await page.locator('.main-nav').isVisible()) throw new Error('the desktop navigation shows on a phone')
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
            if (overflow > 1) throw new Error(`the list page is ${overflow}px wider than the phone`)
            await screenshot(page, `learners-phone-${language}.png`)
            await page.click(byTestId('nav-menu'))
            const drawer = page.locator(byTestId('nav-drawer'))
            await drawer.waitFor({ state: 'visible' })
            const box = await drawer.boundingBox()
            const fromTheRight = box.x + box.width >= 359
            if ((language === 'ar') !== fromTheRight) throw new Error(`the menu opens on the wrong side in ${language}`)
            await screenshot(page, `navigation-phone-${language}.png`)
            await page.click(byTestId('nav-menu-agreements'))
            await page.waitForSelector(byTestId('agreements-table'))
          }
          if (language === 'ar') await switchLanguage(page, 'fr')
        },
        { viewport },
      )
    }
  }
}

/**
 * The database stops under the app (killed, as a crash would): a page reading says the service is unavailable and
 * tries again by itself; once the database is back, it says so and shows the list. Run last: the database the app
 * uses is the one started again here.
 */
async function anOutageIsSaidAndRecoveredFromByItself(browser) {
  const dir = process.env.FORSA_E2E_DB_DIR
  const port = process.env.FORSA_E2E_DB_PORT
  if (!dir || !port)
    throw new Error('FORSA_E2E_DB_DIR and FORSA_E2E_DB_PORT are unset: run the journeys with ./forsa test')
  await withPage(browser, 'service-unavailable', async (page) => {
    await signIn(page, 'staff.laayoune')
    await page.click(byTestId('nav-learners'))
    await page.waitForSelector(`${byTestId('learners-table')} tbody tr`)

    const pid = Number((await readFile(path.join(dir, 'mysqld.pid'), 'utf8')).trim())
    process.kill(pid, 'SIGKILL')
    await page.fill(byTestId('learner-search'), 'ابراهيم')
    await page.waitForSelector(byTestId('failure-unavailable'), { timeout: 60_000 })
    await screenshot(page, 'service-unavailable.png')

    // the database starts again (it stops with this process)
    spawn(LAUNCHER, ['mariadb', dir, port], { stdio: 'ignore' })
    await page.waitForSelector(byTestId('failure-back'), { timeout: 120_000 })
    await page.waitForSelector(`${byTestId('learners-table')} tbody tr`)
    const rows = await page.locator(`${byTestId('learners-table')} tbody tr`).count()
    if (!rows) throw new Error('the list is empty once the service is back')
    await screenshot(page, 'service-back.png')
  })
}

export const houseJourneys = {
  fresh: [],
  demo: [
    ['a list keeps its filters and page through a reload and a shared link', aListKeepsItsFiltersAndPageThroughAReload],
    ['a refusal is said beside its field in Arabic', aRefusalIsSaidBesideItsFieldInArabic],
    ['the navigation fits a desktop and a phone, in French and in Arabic', theNavigationFitsADesktopAndAPhone],
    ['an outage of the database is said, then recovered from by itself', anOutageIsSaidAndRecoveredFromByItself],
  ],
}
