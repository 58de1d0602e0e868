import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import { type Browser, type BrowserContext, chromium, type Locator, type Page } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  type CustomerDisplayServer,
  startCustomerDisplayServer
} from '../../../src-main/customer-display/customer-display-server'
import { createCustomerViewState, type CustomerViewState } from '../../../src-main/customer-display/customer-view'
import type { DisplayPage } from '../../../src-main/customer-display/display-page-files'
import { randomToken } from '../../../src-main/customer-display/display-sessions'
import { CHROMIUM_LAUNCH_OPTIONS, chromiumMissing } from '../../support/chromium'
import { builtDisplayPage } from '../../support/display-page'
import { needs } from '../../support/needs'
import { displayRequest } from './display-http'

const CODE = '305817'
const WINDOW_SECRET = randomToken()
const PAY_LINK = 'https://app.secpaid.com/payment?link_id=OTkyOTE='
const SCREENSHOTS = join(process.cwd(), 'test-output/screenshots')
const MONITOR = { width: 1920, height: 1080 }
const PHONE = { width: 390, height: 844 }

/** Intl puts narrow no-break spaces (U+202F) or no-break spaces into "12,34 €": compare with plain ones. */
const plainSpaces = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim()

/** What a phone camera would read: the image as Chromium painted it, decoded with jsQR. */
async function decodeShownQr(image: Locator): Promise<string> {
  const png = PNG.sync.read(await image.screenshot())
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)
  if (code === null) throw new Error(`no QR code could be read from the ${png.width}×${png.height} px image`)
  return code.data
}

async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `customer-${name}.png`), animations: 'disabled' })
}

const launchChromium = () => chromium.launch(CHROMIUM_LAUNCH_OPTIONS)

// Without Chromium every test here is skipped with the reason before its hooks run (and fails under CI).
beforeEach((context) => needs(context, chromiumMissing()))

/** The few browser globals the layout check reads; this project's Node-side tsconfig has no DOM types. */
interface LaidOutElement {
  className: string
  scrollWidth: number
  clientWidth: number
  getBoundingClientRect(): { left: number; top: number; right: number; bottom: number; width: number }
  querySelectorAll(selector: string): ArrayLike<LaidOutElement>
}
interface LayoutGlobals {
  innerWidth: number
  innerHeight: number
  document: {
    documentElement: LaidOutElement & { scrollHeight: number }
    querySelector(selector: string): LaidOutElement | null
  }
}

/** Nothing scrolls and every visible element of the shown screen lies fully inside the viewport, unclipped. */
async function fitsViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document, innerWidth, innerHeight } = globalThis as unknown as LayoutGlobals
    const problems: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > innerWidth || root.scrollHeight > innerHeight) problems.push('the page scrolls')
    const shown = document.querySelector('[data-screen]:not([hidden])')
    for (const element of Array.from(shown?.querySelectorAll('*') ?? [])) {
      const box = element.getBoundingClientRect()
      const name = element.className
      if (box.width === 0) continue
      const outside = box.left < 0 || box.top < 0 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5
      if (outside) problems.push(`${name} leaves the viewport`)
      if (element.scrollWidth > element.clientWidth + 1) problems.push(`${name} is clipped`)
    }
    return problems
  })
}

/** What the page keeps in the browser: a paired display's token in localStorage, the own window's in sessionStorage. */
const storedCodes = (page: Page) =>
  page.evaluate(() => {
    const storage = globalThis as unknown as { sessionStorage: { length: number }; localStorage: { length: number } }
    return storage.sessionStorage.length + storage.localStorage.length
  })

const languageShown = (page: Page, language: 'de' | 'en') =>
  page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' })

/** Every request the page sends to the display server's API, with the credentials it carried. */
function recordApiRequests(page: Page) {
  const sent: { path: string; token: string | undefined; code: string | undefined }[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path !== '/state' && path !== '/pair') return
    const headers = request.headers()
    sent.push({ path, token: headers['x-display-token'], code: headers['x-pairing-code'] })
  })
  return sent
}

describe('customer display page in Chromium', { timeout: 60_000 }, () => {
  let browser: Browser
  let server: CustomerDisplayServer
  let view: CustomerViewState
  let clock = 0
  let pairingOpen = true
  const contexts: BrowserContext[] = []

  async function openPage(viewport: { width: number; height: number }, path: string, locale = 'en-US') {
    const context = await browser.newContext({ viewport, locale })
    contexts.push(context)
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`${message.type()}: ${message.text()}`)
    })
    await page.goto(`${server.localUrl.replace(/\/$/, '')}${path}`)
    return { page, problems }
  }

  beforeAll(async () => {
    view = createCustomerViewState('en')
    server = await startCustomerDisplayServer({
      host: '127.0.0.1',
      port: 0,
      pairingCode: CODE,
      windowSecret: WINDOW_SECRET,
      page: await builtDisplayPage(),
      view,
      now: () => clock,
      pairingOpen: () => pairingOpen
    })
    if (chromiumMissing() === null) browser = await launchChromium()
  }, 60_000)
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()))
    view.show({ screen: 'idle' })
    view.setLanguage('en')
    view.setDemo(false)
    server.setPairingCode(CODE)
    pairingOpen = true
    // A fresh ten minutes: wrong codes of one test never block the next.
    clock += 10 * 60_000
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('opened with #code it pairs without asking, drops the code from the address and welcomes; no CSP or script error', async () => {
    const { page, problems } = await openPage(MONITOR, `/#code=${CODE}`)
    await page.getByTestId('idle-screen').waitFor()
    expect(plainSpaces(await page.getByTestId('idle-screen').textContent())).toBe('Welcome')
    expect(new URL(page.url()).hash).toBe('')
    expect(await storedCodes(page)).toBe(1)
    expect(await fitsViewport(page)).toEqual([])
    await saveScreenshot(page, 'idle-monitor-en')
    view.setLanguage('de')
    await languageShown(page, 'de')
    expect(plainSpaces(await page.getByTestId('idle-screen').textContent())).toBe('Willkommen')
    expect(problems).toEqual([])
  })

  it('on a second monitor, English: the QR scans to the pay link and the amount reads €12.34', async () => {
    const { page, problems } = await openPage(MONITOR, `/#code=${CODE}`)
    await page.getByTestId('idle-screen').waitFor()
    view.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
    await page.getByTestId('qr-screen').waitFor()
    expect(plainSpaces(await page.getByTestId('qr-amount').textContent())).toBe('€12.34')
    expect(await page.getByText('Scan to pay').isVisible()).toBe(true)
    expect(await page.getByTestId('qr-image').getAttribute('alt')).toBe('QR code of the payment link')
    expect(await decodeShownQr(page.getByTestId('qr-image'))).toBe(PAY_LINK)
    const qrBox = await page.getByTestId('qr-image').boundingBox()
    expect(qrBox!.height).toBeGreaterThan(MONITOR.height * 0.85)
    expect(await fitsViewport(page)).toEqual([])
    await saveScreenshot(page, 'qr-monitor-en')
    expect(problems).toEqual([])
  })

  it('on a phone, German: the QR scans to the pay link and the amount reads 12,34 €', async () => {
    view.setLanguage('de')
    view.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
    const { page, problems } = await openPage(PHONE, `/#code=${CODE}`, 'de-DE')
    await page.getByTestId('qr-screen').waitFor()
    expect(plainSpaces(await page.getByTestId('qr-amount').textContent())).toBe('12,34 €')
    expect(await page.getByText('Zum Bezahlen scannen').isVisible()).toBe(true)
    expect(await decodeShownQr(page.getByTestId('qr-image'))).toBe(PAY_LINK)
    const qrBox = await page.getByTestId('qr-image').boundingBox()
    expect(qrBox!.width).toBeGreaterThan(PHONE.width * 0.85)
    expect(await fitsViewport(page)).toEqual([])
    await saveScreenshot(page, 'qr-phone-de')
    expect(problems).toEqual([])
  })

  it('a language switch while the QR is up repaints the amount: €12.34 becomes 12,34 €', async () => {
    view.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
    const { page } = await openPage(PHONE, `/#code=${CODE}`)
    await page.getByTestId('qr-screen').waitFor()
    expect(plainSpaces(await page.getByTestId('qr-amount').textContent())).toBe('€12.34')
    view.setLanguage('de')
    await languageShown(page, 'de')
    expect(plainSpaces(await page.getByTestId('qr-amount').textContent())).toBe('12,34 €')
  })

  it('shows the tip within the amount when the customer chose one, and nothing about a tip otherwise', async () => {
    view.show({ screen: 'qr', amountCents: 1100, payLink: PAY_LINK, tipCents: 100 })
    const { page, problems } = await openPage(PHONE, `/#code=${CODE}`)
    await page.getByTestId('qr-screen').waitFor()
    expect(plainSpaces(await page.getByTestId('qr-amount').textContent())).toBe('€11.00')
    expect(plainSpaces(await page.getByTestId('qr-tip').textContent())).toBe('Tip included: €1.00')
    expect(await fitsViewport(page)).toEqual([])
    view.setLanguage('de')
    await languageShown(page, 'de')
    expect(plainSpaces(await page.getByTestId('qr-tip').textContent())).toBe('inkl. Trinkgeld: 1,00 €')
    view.show({ screen: 'qr', amountCents: 1000, payLink: PAY_LINK })
    await page.getByTestId('qr-tip').waitFor({ state: 'hidden' })
    expect(problems).toEqual([])
  })

  it('switching to paid shows the check and "Paid – thank you" / "Bezahlt – danke" with the amount', async () => {
    view.show({ screen: 'qr', amountCents: 4999, payLink: PAY_LINK })
    const { page, problems } = await openPage(MONITOR, `/#code=${CODE}`)
    await page.getByTestId('qr-screen').waitFor()
    view.show({ screen: 'paid', amountCents: 4999 })
    await page.getByTestId('paid-screen').waitFor()
    expect(await page.getByTestId('qr-screen').isHidden()).toBe(true)
    expect(plainSpaces(await page.getByTestId('paid-thanks').textContent())).toBe('Paid – thank you')
    expect(plainSpaces(await page.getByTestId('paid-amount').textContent())).toBe('€49.99')
    expect(await fitsViewport(page)).toEqual([])
    await saveScreenshot(page, 'paid-monitor-en')
    view.setLanguage('de')
    await languageShown(page, 'de')
    expect(plainSpaces(await page.getByTestId('paid-thanks').textContent())).toBe('Bezahlt – danke')
    expect(plainSpaces(await page.getByTestId('paid-amount').textContent())).toBe('49,99 €')
    const phone = await openPage(PHONE, `/#code=${CODE}`)
    await phone.page.getByTestId('paid-screen').waitFor()
    expect(await fitsViewport(phone.page)).toEqual([])
    await saveScreenshot(phone.page, 'paid-phone-de')
    expect(problems).toEqual([])
  })

  it('in Demo mode every screen says "Demo – nothing is charged" above it, and the QR still scans and fits', async () => {
    const { page, problems } = await openPage(MONITOR, `/#code=${CODE}`)
    await page.getByTestId('idle-screen').waitFor()
    expect(await page.getByTestId('demo-notice').isHidden()).toBe(true)
    view.setDemo(true)
    await page.getByTestId('demo-notice').waitFor()
    expect(plainSpaces(await page.getByTestId('demo-notice').textContent())).toBe('Demo – nothing is charged')
    view.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
    await page.getByTestId('qr-screen').waitFor()
    const band = await page.getByTestId('demo-notice').boundingBox()
    const qrBox = await page.getByTestId('qr-image').boundingBox()
    expect(qrBox!.y).toBeGreaterThanOrEqual(band!.y + band!.height)
    expect(await decodeShownQr(page.getByTestId('qr-image'))).toBe(PAY_LINK)
    expect(await fitsViewport(page)).toEqual([])
    await saveScreenshot(page, 'qr-monitor-demo-en')
    view.setLanguage('de')
    await languageShown(page, 'de')
    expect(plainSpaces(await page.getByTestId('demo-notice').textContent())).toBe('Demo – es wird nichts berechnet')
    view.setDemo(false)
    await page.getByTestId('demo-notice').waitFor({ state: 'hidden' })
    expect(problems).toEqual([])
  })

  it('large amounts and the QR fit unclipped on phone, tablet, 800×600 window and monitor, both orientations', async () => {
    view.setLanguage('de')
    view.show({ screen: 'qr', amountCents: 123_456, payLink: PAY_LINK })
    const viewports = [
      PHONE,
      { width: 844, height: 390 },
      { width: 768, height: 1024 },
      { width: 1024, height: 768 },
      { width: 800, height: 600 },
      MONITOR
    ]
    for (const viewport of viewports) {
      const { page } = await openPage(viewport, `/#code=${CODE}`)
      await page.getByTestId('qr-screen').waitFor()
      const label = `${viewport.width}×${viewport.height}`
      expect(plainSpaces(await page.getByTestId('qr-amount').textContent()), label).toBe('1.234,56 €')
      expect(await fitsViewport(page), label).toEqual([])
      const qrBox = await page.getByTestId('qr-image').boundingBox()
      expect(qrBox!.width, label).toBeGreaterThan(Math.min(viewport.width, viewport.height) * 0.5)
      expect(await decodeShownQr(page.getByTestId('qr-image')), label).toBe(PAY_LINK)
      if (viewport.width === 1024) await saveScreenshot(page, 'qr-tablet-de')
    }
  })

  it('without a code it asks for one; a wrong code says "Wrong pairing code" and asks again; the right one pairs', async () => {
    view.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
    const { page } = await openPage(PHONE, '/')
    await page.getByTestId('pairing-screen').waitFor()
    expect(await page.getByText('Enter the pairing code').isVisible()).toBe(true)
    await saveScreenshot(page, 'pairing-phone-en')
    const apiRequests = recordApiRequests(page)
    await page.getByTestId('pairing-input').fill('12345')
    await page.getByTestId('pairing-button').click()
    expect(await page.getByTestId('pairing-screen').isVisible()).toBe(true)
    expect(apiRequests).toEqual([])
    await page.getByTestId('pairing-input').fill('')
    // Six digits submit on their own, as a customer would expect from a code field.
    await page.getByTestId('pairing-input').pressSequentially('000000')
    await page.getByText('Wrong pairing code').waitFor()
    expect(await page.getByTestId('pairing-input').inputValue()).toBe('')
    expect(await page.getByTestId('qr-screen').isHidden()).toBe(true)
    expect(await storedCodes(page)).toBe(0)
    await saveScreenshot(page, 'pairing-wrong-phone-en')
    await page.getByTestId('pairing-input').fill(CODE)
    await page.getByTestId('qr-screen').waitFor()
    expect(await decodeShownQr(page.getByTestId('qr-image'))).toBe(PAY_LINK)
    // Remembered for this tab: a reload stays paired.
    await page.reload()
    await page.getByTestId('qr-screen').waitFor()
    // The code went to /pair alone; every poll carried the session token instead.
    const polls = apiRequests.filter((request) => request.path === '/state')
    expect(polls.length).toBeGreaterThan(0)
    for (const poll of polls) {
      expect(poll.code).toBeUndefined()
      expect(poll.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    }
    expect(apiRequests.filter((request) => request.path === '/pair').map((request) => request.code)).toEqual([
      '000000',
      CODE
    ])
  })

  it('the own window opens with #window=<secret>: the view at once, no pairing, the secret gone from the address', async () => {
    view.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
    const context = await browser.newContext({ viewport: MONITOR })
    contexts.push(context)
    const page = await context.newPage()
    const apiRequests = recordApiRequests(page)
    await page.goto(`${server.localUrl}#window=${WINDOW_SECRET}`)
    await page.getByTestId('qr-screen').waitFor()
    expect(await decodeShownQr(page.getByTestId('qr-image'))).toBe(PAY_LINK)
    expect(new URL(page.url()).hash).toBe('')
    expect(apiRequests.length).toBeGreaterThan(0)
    expect(apiRequests.every((request) => request.path === '/state' && request.token === WINDOW_SECRET)).toBe(true)
    expect(apiRequests.some((request) => request.code !== undefined)).toBe(false)
    await page.reload()
    await page.getByTestId('qr-screen').waitFor()
  })

  it('while wrong codes block pairing, the own window and a display paired before keep showing the sale', async () => {
    const own = await openPage(MONITOR, `/#window=${WINDOW_SECRET}`)
    const paired = await openPage(PHONE, `/#code=${CODE}`)
    await own.page.getByTestId('idle-screen').waitFor()
    await paired.page.getByTestId('idle-screen').waitFor()
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      await displayRequest(server.port, '/pair', { method: 'POST', code: '000000' })
    }
    expect((await displayRequest(server.port, '/pair', { method: 'POST', code: CODE })).status).toBe(429)
    view.show({ screen: 'qr', amountCents: 777, payLink: PAY_LINK })
    for (const { page } of [own, paired]) {
      await page.getByTestId('qr-screen').waitFor()
      expect(await decodeShownQr(page.getByTestId('qr-image'))).toBe(PAY_LINK)
    }
    // A newcomer is told to wait, in the display's words.
    const newcomer = await openPage(PHONE, '/')
    await newcomer.page.getByTestId('pairing-input').fill(CODE)
    await newcomer.page.getByText('Too many wrong codes – try again in a minute').waitFor()
    expect(await newcomer.page.getByTestId('qr-screen').isHidden()).toBe(true)
    expect([...own.problems, ...paired.problems]).toEqual([])
  })

  it('a new code sends paired displays back to the pairing screen, without calling it wrong; the own window goes on', async () => {
    const own = await openPage(MONITOR, `/#window=${WINDOW_SECRET}`)
    const paired = await openPage(PHONE, `/#code=${CODE}`)
    await own.page.getByTestId('idle-screen').waitFor()
    await paired.page.getByTestId('idle-screen').waitFor()
    server.setPairingCode('640192')
    await paired.page.getByTestId('pairing-screen').waitFor()
    expect(await paired.page.getByTestId('pairing-error').textContent()).toBe('')
    expect(await storedCodes(paired.page)).toBe(0)
    view.show({ screen: 'paid', amountCents: 1234 })
    await own.page.getByTestId('paid-screen').waitFor()
    await paired.page.getByTestId('pairing-input').fill('640192')
    await paired.page.getByTestId('paid-screen').waitFor()
  })

  it('a display paired once stays paired when its tab is closed and opened again: no code asked', async () => {
    const context = await browser.newContext({ viewport: PHONE })
    contexts.push(context)
    const first = await context.newPage()
    await first.goto(`${server.localUrl}#code=${CODE}`)
    await first.getByTestId('idle-screen').waitFor()
    await first.close()
    view.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
    const reopened = await context.newPage()
    const apiRequests = recordApiRequests(reopened)
    await reopened.goto(server.localUrl)
    await reopened.getByTestId('qr-screen').waitFor()
    expect(apiRequests.some((request) => request.path === '/pair')).toBe(false)
  })

  it('pairing stopped at the counter: the right code is answered so, in the display’s words; paired ones go on', async () => {
    const paired = await openPage(PHONE, `/#code=${CODE}`)
    await paired.page.getByTestId('idle-screen').waitFor()
    pairingOpen = false
    const { page } = await openPage(PHONE, '/', 'de-DE')
    await page.getByTestId('pairing-input').fill(CODE)
    await page.getByText('Koppeln ist an der Kasse angehalten – bitte beim Personal fragen').waitFor()
    view.show({ screen: 'qr', amountCents: 777, payLink: PAY_LINK })
    await paired.page.getByTestId('qr-screen').waitFor()
  })

  it('a wrong code in the address is refused the same way', async () => {
    const { page } = await openPage(MONITOR, '/#code=111111', 'de-DE')
    await page.getByText('Falscher Kopplungscode').waitFor()
    expect(await page.getByTestId('pairing-screen').isVisible()).toBe(true)
  })
})

describe('customer display page when the counter goes away', { timeout: 60_000 }, () => {
  let page: DisplayPage
  beforeAll(async () => {
    page = await builtDisplayPage()
  })
  const start = (view: CustomerViewState, port = 0) =>
    startCustomerDisplayServer({ host: '127.0.0.1', port, pairingCode: CODE, windowSecret: null, page, view })

  it('replaces a standing QR with "Connecting" once the server stops answering', async () => {
    const view = createCustomerViewState('en')
    view.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
    const server = await start(view)
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({ viewport: PHONE })
      await page.goto(`${server.localUrl}#code=${CODE}`)
      await page.getByTestId('qr-screen').waitFor()
      await server.close()
      await page.getByTestId('connecting-screen').waitFor({ timeout: 10_000 })
      expect(await page.getByTestId('qr-screen').isHidden()).toBe(true)
      await saveScreenshot(page, 'connecting-phone-en')
    } finally {
      await browser.close()
    }
  })

  it('after the counter restarts (its sessions gone), a paired display pairs again by itself with its code', async () => {
    const view = createCustomerViewState('en')
    const server = await start(view)
    const browser = await launchChromium()
    let restarted: CustomerDisplayServer | null = null
    try {
      const display = await browser.newPage({ viewport: PHONE })
      await display.goto(`${server.localUrl}#code=${CODE}`)
      await display.getByTestId('idle-screen').waitFor()
      await server.close()
      await display.getByTestId('connecting-screen').waitFor({ timeout: 10_000 })
      view.show({ screen: 'qr', amountCents: 4321, payLink: PAY_LINK })
      restarted = await start(view, server.port)
      await display.getByTestId('qr-screen').waitFor({ timeout: 10_000 })
      expect(await decodeShownQr(display.getByTestId('qr-image'))).toBe(PAY_LINK)
    } finally {
      await browser.close()
      await restarted?.close()
    }
  })
})
