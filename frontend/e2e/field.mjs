// A caravan team's day on a phone (360×740) with a weak network: the stop's results and two children recorded
// with the network cut, kept on the phone and shown waiting; the network back, each sent once — also the one whose
// answer was lost on the way (it reached the server; the phone retries it with the same Idempotency-Key) — and the
// app opens again without a network.
import { APP_URL, byTestId, screenshot, signIn, withPage } from './lib.mjs'

/** Stop 7 of the demo caravan (Laâyoune, 25 October 2025) is still PLANNED: the team records its results. */
const STOP = '/caravans/1/stops/7'
const PHONE = { locale: 'ar-MA', viewport: { width: 360, height: 740 } }

async function waiting(page, count) {
  await page.waitForSelector(`${byTestId('outbox-count')}[data-count="${count}"]`)
}

async function recordAChild(page, first, last) {
  await page.click(byTestId('stop-case-new'))
  await page.waitForSelector(byTestId('case-form'))
  await page.fill(byTestId('case-firstNameAr'), first)
  await page.fill(byTestId('case-lastNameAr'), last)
  await page.click(byTestId('case-sex-F'))
  await page.click(byTestId('case-age-known-estimatedAge'))
  await page.fill(byTestId('case-estimatedAge'), '11')
  await page.click(byTestId('case-save'))
  await page.waitForSelector(byTestId('stop-form'))
}

async function fieldTeamRecordsWithoutNetwork(browser) {
  await withPage(
    browser,
    'field-offline',
    async (page, context) => {
      await signIn(page, 'assoc.tamayuz')
      await page.waitForSelector(byTestId('brand'))
      // the service worker (Workbox) takes the page at once and keeps the app shell
      await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 })
      await page.goto(`${APP_URL}${STOP}`)
      await page.waitForSelector(byTestId('stop-form'))
      // the record form once with the network, so the phone keeps the stop, its caravan and the communes
      await page.click(byTestId('stop-case-new'))
      await page.waitForSelector(byTestId('case-form'))
      await page.goBack()
      await page.waitForSelector(byTestId('stop-form'))

      await context.setOffline(true)
      await page.waitForSelector(byTestId('outbox-offline'))
      await page
        .locator(`${byTestId('stop-status-choice')} .p-togglebutton`)
        .nth(1)
        .click()
      await page.fill(byTestId('stop-householdsVisited'), '17')
      await page.fill(byTestId('stop-peopleReached'), '58')
      await page.click(byTestId('stop-save'))
      await waiting(page, 1)

      const run = String(Date.now()).slice(-6)
      const children = [
        ['هاجر', `الميدان ${run}`],
        ['سكينة', `الميدان ب${run}`],
      ]
      for (const [first, last] of children) await recordAChild(page, first, last)
      await waiting(page, 3)
      await page.click(byTestId('outbox-count'))
      await page.waitForSelector(byTestId('outbox-panel'))
      const states = await page
        .locator(byTestId('outbox-item'))
        .evaluateAll((items) => items.map((i) => i.dataset.state))
      if (states.length !== 3 || states.some((s) => s !== 'waiting')) throw new Error(`the queue shows ${states}`)
      await screenshot(page, 'field-offline-waiting.png')
      await page.keyboard.press('Escape')

      // the first child's answer is lost: the server records it, the phone never hears back
      let lost = false
      await page.route('**/api/v1/cases', async (route) => {
        if (!lost && route.request().method() === 'POST') {
          lost = true
          await route.fetch()
          await route.abort('failed')
          return
        }
        await route.continue()
      })
      await context.setOffline(false)
      await page.locator(byTestId('outbox-count')).waitFor({ state: 'detached', timeout: 90_000 })
      if (!lost) throw new Error('no answer was lost on the way')
      await page.unroute('**/api/v1/cases')

      // on the server: the stop done, each child exactly once
      await page.goto(`${APP_URL}${STOP}`)
      await page.waitForSelector(byTestId('stop-cases'))
      await page.waitForFunction(
        ([selector, names]) => names.every((n) => (document.querySelector(selector)?.textContent ?? '').includes(n)),
        [byTestId('stop-cases'), children.map(([, last]) => last)],
      )
      const listed = (await page.textContent(byTestId('stop-cases'))) ?? ''
      for (const [, last] of children) {
        const times = listed.split(last).length - 1
        if (times !== 1) throw new Error(`${last} is listed ${times} times at the stop`)
      }
      if ((await page.inputValue(byTestId('stop-peopleReached'))) !== '58')
        throw new Error('the stop does not show its 58 people reached')
      await screenshot(page, 'field-offline-sent.png')

      // the app opens again without a network, as the person who used this phone last
      await context.setOffline(true)
      await page.reload({ waitUntil: 'domcontentloaded' })
      await page.waitForSelector(byTestId('brand'))
      await page.waitForSelector(byTestId('outbox-offline'))
      await screenshot(page, 'field-offline-reopened.png')
      await context.setOffline(false)
    },
    PHONE,
  )
}

export const fieldJourneys = {
  fresh: [],
  demo: [
    [
      'a caravan team on a phone records a stop and two children without network; each reaches the server once',
      fieldTeamRecordsWithoutNetwork,
    ],
  ],
}
