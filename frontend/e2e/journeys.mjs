// Browser journeys through the real app and the real Keycloak.
//   FORSA_APP_URL     where the app runs (default http://localhost:8080)
//   FORSA_E2E_OUTPUT  folder for screenshots (default e2e/output beside this script)
//   CHROMIUM_PATH     the browser (default Debian's /usr/bin/chromium)
//   FORSA_E2E_PHASE   fresh (default): the journeys of an empty app; demo: those of an app
//                     loaded with the demo data
// Prints PASS/FAIL per journey, then "N passed, N failed"; exits 1 when any failed.
import { mkdir } from 'node:fs/promises'
import { chromium, request } from 'playwright-core'
import { caseJourneys } from './cases.mjs'
import { fieldJourneys } from './field.mjs'
import { firstMorningJourneys, switchLanguage } from './first-morning.mjs'
import { houseJourneys } from './house.mjs'
import { APP_URL, byTestId, choose, LOGIN_TIMEOUT, OUTPUT, screenshot, signIn, STEP_TIMEOUT, withPage } from './lib.mjs'

const PHASE = process.env.FORSA_E2E_PHASE || 'fresh'
const ASSOCIATION_NAME = 'جمعية التميز للمرأة والطفل'

function isAssociationList(response) {
  const url = new URL(response.url())
  return response.request().method() === 'GET' && url.pathname === '/api/v1/associations'
}

/** Fills the new-association form and saves; answers whether the app went back to the list. */
async function createAssociation(page, nameAr) {
  await page.fill(byTestId('association-nameAr'), nameAr)
  await page.fill(byTestId('association-nameFr'), 'Association Excellence pour la femme et l’enfant')
  await page.fill(byTestId('association-acronym'), 'AEFE')
  await page.fill(byTestId('association-phone'), '0528 99 00 11')
  await page.fill(byTestId('association-email'), 'contact@tamayuz.example')
  const listLoaded = page.waitForResponse(isAssociationList, { timeout: STEP_TIMEOUT }).catch(() => null)
  await page.click(byTestId('association-save'))
  const outcome = await Promise.race([
    page.waitForURL((url) => url.pathname === '/associations', { timeout: STEP_TIMEOUT }).then(() => 'list'),
    page.waitForSelector(byTestId('form-error'), { timeout: STEP_TIMEOUT }).then(() => 'error'),
  ])
  if (outcome === 'list') await listLoaded
  return outcome
}

async function directorateStaffCreatesAnAssociationInArabic(browser) {
  await withPage(browser, 'directorate-staff-arabic', async (page) => {
    await signIn(page, 'staff.laayoune')
    await page.waitForSelector(byTestId('associations-table'))

    await page.selectOption(byTestId('lang-switch'), 'ar')
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar')

    await page.click(byTestId('association-new'))
    let name = ASSOCIATION_NAME
    if ((await createAssociation(page, name)) === 'error') {
      // Only when the exact name is refused (already there): retry once with a run-unique suffix.
      const refusal = await page.textContent(byTestId('form-error'))
      name = `${ASSOCIATION_NAME} ${Date.now().toString(36).slice(-4)}`
      console.log(`note: the exact name was refused (${refusal?.trim()}); using «${name}»`)
      if ((await createAssociation(page, name)) !== 'list') {
        throw new Error(`saving failed: ${(await page.textContent(byTestId('form-error')))?.trim()}`)
      }
    }

    const table = page.locator(byTestId('associations-table'))
    const tableSettled = () => table.locator('.p-datatable-mask').waitFor({ state: 'detached' })
    await tableSettled()
    const row = table.locator('tbody tr', { hasText: name })
    if ((await row.count()) === 0) {
      // Not on the first page of a longer list: find it the way a person would.
      await Promise.all([
        page.waitForResponse((r) => isAssociationList(r) && new URL(r.url()).searchParams.has('q')),
        page.fill(byTestId('association-search'), name),
      ])
    }
    await row.first().waitFor({ state: 'visible' })
    await tableSettled()

    const dir = await page.evaluate(() => document.documentElement.dir)
    if (dir !== 'rtl') throw new Error(`document.documentElement.dir is "${dir}", expected "rtl"`)
    await screenshot(page, 'directorate-staff-arabic.png')
    // the choice is kept with the account: give it back its French for the journeys that follow
    await switchLanguage(page, 'fr')
  })
}

async function associationStaffCannotCreateAssociations(browser) {
  const api = await request.newContext({ baseURL: APP_URL })
  try {
    await withPage(browser, 'association-staff', async (page) => {
      const authorisedCall = page.waitForRequest(
        (r) => r.url().startsWith(`${APP_URL}/api/v1/`) && Boolean(r.headers().authorization),
        { timeout: LOGIN_TIMEOUT },
      )
      authorisedCall.catch(() => {}) // awaited below; a failure before that must not go unhandled
      await signIn(page, 'assoc.tamayuz')
      const authorization = (await authorisedCall).headers().authorization
      if (!/^Bearer \S+$/.test(authorization)) throw new Error(`unexpected Authorization header: ${authorization}`)

      await page.waitForSelector(byTestId('associations-table'))
      await page.waitForSelector(byTestId('user-name'), { state: 'attached' })
      if ((await page.locator(byTestId('association-new')).count()) !== 0) {
        throw new Error('association staff see the "new association" button')
      }

      await page.locator(`${byTestId('associations-table')} .p-datatable-mask`).waitFor({ state: 'detached' })
      const response = await api.post('/api/v1/associations', {
        headers: { Authorization: authorization, Accept: 'application/json, application/problem+json' },
        data: { nameAr: 'جمعية لا يحق لها الإنشاء' },
      })
      const contentType = response.headers()['content-type'] ?? ''
      if (response.status() !== 403) {
        throw new Error(`POST /api/v1/associations as association staff answered ${response.status()}, expected 403`)
      }
      if (!contentType.startsWith('application/problem+json')) {
        throw new Error(`the 403 came as "${contentType}", expected application/problem+json`)
      }
      await screenshot(page, 'association-staff.png')
    })
  } finally {
    await api.dispose()
  }
}

// Demo data: the E2C_NG centre of association 3 (assoc.tamayuz) in Hay Al Wahda, with free
// places in 2025/2026, whose age reference date is 2025-12-31.
const DEMO_SCHOOL_YEAR = '2025/2026'
const HAY_AL_WAHDA = /Hay Al Wahda|حي الوحدة/
const BIRTH_DATE = '2010-03-15' // 15 at 2025-12-31: both NFE_BASIC (8-15) and E2C_NG (15-18)

/** Arabic letters the name matching never folds together, to make a name unique for the run. */
function arabicRunSuffix() {
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي'
  let n = Date.now()
  let word = ''
  while (n > 0 && word.length < 6) {
    word = letters[n % letters.length] + word
    n = Math.floor(n / letters.length)
  }
  return word
}

async function associationStaffRegisterAndPlaceALearner(browser) {
  await withPage(browser, 'association-staff-placement', async (page) => {
    await signIn(page, 'assoc.tamayuz')
    await page.click(byTestId('nav-learners'))
    await page.waitForSelector(byTestId('learners-table'))
    await page.click(byTestId('learner-new'))
    await page.waitForSelector(byTestId('learner-form'))

    const firstName = 'سلمى'
    const lastName = `بن ${arabicRunSuffix()}`
    await page.fill(byTestId('learner-lastNameAr'), lastName)
    await page.fill(byTestId('learner-firstNameAr'), firstName)
    await page.fill(byTestId('learner-birthDate'), BIRTH_DATE)

    // The eligibility shows as soon as the birth date is there, before saving.
    const eligibility = page.locator(byTestId('eligibility'))
    await eligibility.locator(byTestId('eligible-NFE_BASIC')).waitFor({ state: 'visible' })
    await eligibility.locator(byTestId('eligible-E2C_NG')).waitFor({ state: 'visible' })
    const age = (await page.textContent(byTestId('eligibility-age')))?.trim() ?? ''
    if (!/\b15\b/.test(age)) throw new Error(`the eligibility gives the age as "${age}", expected 15`)

    await page.click(byTestId('learner-sex-F'))
    await page.click(byTestId('learner-save'))
    const saved = await Promise.race([
      page.waitForURL((url) => /^\/learners\/\d+$/.test(url.pathname)).then(() => 'saved'),
      page.waitForSelector(byTestId('learner-duplicate')).then(() => 'duplicate'),
      page.waitForSelector(byTestId('form-error')).then(() => 'error'),
    ])
    if (saved === 'duplicate') {
      // Only if the run-unique name met an earlier one: it is another person.
      await page.click(byTestId('learner-confirm-distinct'))
      await page.waitForURL((url) => /^\/learners\/\d+$/.test(url.pathname))
    } else if (saved === 'error') {
      throw new Error(`registering failed: ${(await page.textContent(byTestId('form-error')))?.trim()}`)
    }
    await page.waitForSelector(byTestId('learner-name'))

    await page.click(byTestId('learner-place'))
    await page.waitForSelector(byTestId('placement-dialog'))
    await choose(page, 'placement-school-year', DEMO_SCHOOL_YEAR)
    // the centres of the programme are fetched when it is chosen
    await Promise.all([
      page
        .waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/centres' && r.request().method() === 'GET', {
          timeout: 15_000,
        })
        .catch(() => {}), // already chosen: nothing to fetch
      page.locator(byTestId('placement-programme-E2C_NG')).click(),
    ])
    await choose(page, 'placement-centre', HAY_AL_WAHDA)
    const [placed] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/placements',
      ),
      page.click(byTestId('placement-save')),
    ])
    if (placed.status() !== 201) {
      const body = await placed.json().catch(() => ({}))
      throw new Error(`placing answered ${placed.status()}: ${body.detail ?? body.title ?? ''}`)
    }
    await page.locator(byTestId('placement-dialog')).waitFor({ state: 'detached' })

    const link = page.locator(`${byTestId('learner-placements')} [data-testid^="placement-centre-link-"]`).first()
    await link.waitFor({ state: 'visible' })
    await link.click()
    await page.waitForURL((url) => /^\/centres\/\d+$/.test(url.pathname))
    const heading = (await page.textContent(byTestId('centre-name')))?.trim() ?? ''
    if (!HAY_AL_WAHDA.test(heading)) throw new Error(`the centre page is "${heading}", expected Hay Al Wahda`)
    await choose(page, 'centre-school-year', DEMO_SCHOOL_YEAR)

    const learners = page.locator(byTestId('centre-learners'))
    await learners.locator('.p-datatable-mask').waitFor({ state: 'detached' })
    await learners
      .locator('tbody tr', { hasText: `${firstName} ${lastName}` })
      .first()
      .waitFor({ state: 'visible' })
    // A settled page for the screenshot: the waiting list loaded, the confirmations gone.
    await page.locator(`${byTestId('centre-waiting')} .p-datatable-mask`).waitFor({ state: 'detached' })
    await page
      .locator('.p-toast-message')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => {})
    await screenshot(page, 'association-staff-placement.png')
  })
}

const isStatistics = (r) => new URL(r.url()).pathname === '/api/v1/statistics/beneficiaries'

/** The E2C_NG beneficiaries in a statistics answer (cells by programme and sex). */
async function e2cBeneficiaries(answer) {
  if (answer.status() !== 200) throw new Error(`the statistics answered ${answer.status()}`)
  const body = await answer.json()
  const cells = body.cells.filter((c) => c.programme === 'E2C_NG')
  return { body, cells: cells.length, count: cells.reduce((sum, c) => sum + c.count, 0) }
}

/**
 * Directorate staff read the figures of the directorate's announcement, exactly: 187 E2C_NG
 * beneficiaries in Laâyoune in 2025/2026, 88 the year before. Runs before any journey adds a
 * learner to the demo data.
 */
async function directorateStaffReadTheirFigures(browser) {
  await withPage(browser, 'directorate-staff-statistics', async (page) => {
    await signIn(page, 'staff.laayoune')
    const first = page.waitForResponse(isStatistics)
    await page.click(byTestId('nav-statistics'))
    let current = await first
    await page.waitForSelector(byTestId('statistics-headline'))
    if (new URL(current.url()).searchParams.get('schoolYear') !== DEMO_SCHOOL_YEAR) {
      ;[current] = await Promise.all([
        page.waitForResponse(
          (r) => isStatistics(r) && new URL(r.url()).searchParams.get('schoolYear') === DEMO_SCHOOL_YEAR,
        ),
        choose(page, 'statistics-schoolYear', DEMO_SCHOOL_YEAR),
      ])
    }
    const now = await e2cBeneficiaries(current)
    if (now.body.roundedTo !== 1) throw new Error(`directorate staff get counts rounded to ${now.body.roundedTo}`)
    if (now.count !== 187) throw new Error(`E2C_NG beneficiaries of Laâyoune in 2025/2026: ${now.count}, expected 187`)
    const [previous] = await Promise.all([
      page.waitForResponse((r) => isStatistics(r) && new URL(r.url()).searchParams.get('schoolYear') === '2024/2025'),
      choose(page, 'statistics-schoolYear', '2024/2025'),
    ])
    const before = await e2cBeneficiaries(previous)
    if (before.count !== 88)
      throw new Error(`E2C_NG beneficiaries of Laâyoune in 2024/2025: ${before.count}, expected 88`)
    if (await page.locator(byTestId('statistics-rounded')).count())
      throw new Error('exact figures are marked as rounded')
  })
}

/**
 * The regional academy's analyst lands on the statistics and sees Laâyoune's figures rounded to 5,
 * without the small groups, and no learner anywhere.
 */
async function academyAnalystReadsRoundedFigures(browser) {
  await withPage(browser, 'academy-analyst-statistics', async (page) => {
    await signIn(page, 'analyst.academy')
    await page.waitForURL((url) => url.pathname === '/statistics')
    await page.waitForSelector(byTestId('statistics-headline'))
    await choose(page, 'statistics-schoolYear', DEMO_SCHOOL_YEAR)
    const [answer] = await Promise.all([
      page.waitForResponse((r) => isStatistics(r) && new URL(r.url()).searchParams.get('directorate') === 'LAA'),
      choose(page, 'statistics-directorate', /Laâyoune|العيون/),
    ])
    const { body, cells, count } = await e2cBeneficiaries(answer)
    if (body.roundedTo !== 5 || body.minimumCount !== 5) throw new Error('the academy gets unrounded counts')
    if (body.cells.some((c) => c.count % 5 !== 0 || c.count < 5))
      throw new Error('a count is not rounded, or too small')
    // Each published figure is within 5 of its group's count (a noise of at most 3, then the
    // nearest 5), and the noise comes from the database's own secret: the figures are summed
    // over the E2C_NG groups (one per sex), so their sum is within 5 per group of 187.
    if (cells === 0 || Math.abs(count - 187) > 5 * cells)
      throw new Error(`E2C_NG beneficiaries of Laâyoune: ${count} over ${cells} groups, expected 187 ± ${5 * cells}`)
    await page.locator(byTestId('statistics-rounded')).waitFor({ state: 'visible' })
    const text = (await page.textContent('body')) ?? ''
    if (text.includes('MASSAR')) throw new Error('the analyst sees personal data')
    await page.locator(byTestId('statistics-table')).waitFor({ state: 'visible' })
    await screenshot(page, 'academy-analyst-statistics.png')
  })
}

const JOURNEYS_BY_PHASE = {
  fresh: [
    ['directorate staff create an association in Arabic', directorateStaffCreatesAnAssociationInArabic],
    ['association staff cannot create associations', associationStaffCannotCreateAssociations],
  ],
  demo: [
    [
      'directorate staff read their E2C_NG figures exactly (187, and 88 the year before)',
      directorateStaffReadTheirFigures,
    ],
    ['the academy analyst reads them rounded to 5, without small groups', academyAnalystReadsRoundedFigures],
    [
      'association staff register a 15-year-old and place them at Hay Al Wahda',
      associationStaffRegisterAndPlaceALearner,
    ],
  ],
}
// the outage journey (the house's last) stops the database: it comes last
// FORSA_E2E_ONLY=words runs only the journeys whose name holds them (while working on one)
const ONLY = process.env.FORSA_E2E_ONLY
const ALL = JOURNEYS_BY_PHASE[PHASE] && [
  ...JOURNEYS_BY_PHASE[PHASE],
  ...firstMorningJourneys[PHASE],
  ...caseJourneys[PHASE],
  ...fieldJourneys[PHASE],
  ...houseJourneys[PHASE],
]
const JOURNEYS = ALL && (ONLY ? ALL.filter(([name]) => name.includes(ONLY)) : ALL)

async function main() {
  if (!JOURNEYS) {
    console.log(`FAIL FORSA_E2E_PHASE: "${PHASE}" is neither ${Object.keys(JOURNEYS_BY_PHASE).join(' nor ')}`)
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
  await mkdir(OUTPUT, { recursive: true })
  let passed = 0
  let failed = 0
  let browser
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    })
  } catch (error) {
    for (const [name] of JOURNEYS)
      console.log(`FAIL ${name}: the browser did not start: ${error.message.split('\n')[0]}`)
    console.log(`0 passed, ${JOURNEYS.length} failed`)
    process.exit(1)
  }
  for (const [name, journey] of JOURNEYS) {
    try {
      await journey(browser)
      passed++
      console.log(`PASS ${name}`)
    } catch (error) {
      failed++
      console.log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  await browser.close()
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed > 0 ? 1 : 0)
}

await main()
