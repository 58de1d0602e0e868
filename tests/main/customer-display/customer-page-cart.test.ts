import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView, Product, SaleChange } from '../../../src-preload/contract'
import { CHROMIUM_LAUNCH_OPTIONS, chromiumMissing } from '../../support/chromium'
import { BUILT_DISPLAY_PAGE } from '../../support/display-page'
import { needs } from '../../support/needs'
import { plainCipher } from '../../support/plain-cipher'

const SCREENSHOTS = join(process.cwd(), 'test-output/screenshots')
const MONITOR = { width: 1920, height: 1080 }
const PHONE = { width: 390, height: 844 }
const COFFEE: Product = {
  id: 'coffee',
  name: 'Coffee',
  priceCents: 250,
  colour: '',
  categoryId: '',
  code: '',
  soldOutOn: ''
}
const CAKE: Product = {
  id: 'cake',
  name: 'Käsekuchen mit Sahne',
  priceCents: 320,
  colour: '',
  categoryId: '',
  code: '',
  soldOutOn: ''
}
const SALE = {
  lines: [
    { kind: 'product', productId: 'coffee', quantity: 2 },
    { kind: 'product', productId: 'cake', quantity: 1 },
    { kind: 'amount', amountCents: 180 }
  ],
  tip: { kind: 'percent', percent: 10 }
}
const WIFI = { show: true, ssid: 'Café;Guest', password: 'cake:2026,"ok"' }

const plainSpaces = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim()

async function decodeShownQr(image: Locator): Promise<string> {
  const png = PNG.sync.read(await image.screenshot())
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)
  if (code === null) throw new Error(`no QR code could be read from the ${png.width}×${png.height} px image`)
  return code.data
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help}`)
}

async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `customer-${name}.png`), animations: 'disabled' })
}

beforeEach((context) => needs(context, chromiumMissing()))

describe(
  'customer display page in Chromium follows the sale: cart, QR, Paid, and the waits',
  { timeout: 90_000 },
  () => {
    let folder: string
    let backend: Backend
    let browser: Browser
    const contexts: BrowserContext[] = []
    const call = <T>(channel: string, request: unknown) =>
      dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<T>>
    const charge = async (sale: unknown) => {
      const charged = await call<LinkView>('charge', { sale })
      if (!charged.ok) throw new Error(charged.error.code)
      await call('watchLink', { linkId: charged.value.linkId })
      return charged.value
    }

    async function openWindow(viewport: { width: number; height: number }) {
      // Axe opens a page of its own in the page's context: one made with browser.newContext().
      const context = await browser.newContext({ viewport })
      contexts.push(context)
      const page = await context.newPage()
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
      })
      // Every QR the page is handed, as it paints them.
      const payLinks: string[] = []
      page.on('response', (response) => {
        if (new URL(response.url()).pathname !== '/state') return
        void response
          .json()
          .then((body: { payLink?: string }) => body.payLink !== undefined && payLinks.push(body.payLink))
          .catch(() => undefined)
      })
      await page.goto(backend.customerDisplay.windowUrl() ?? '')
      return { page, problems, payLinks }
    }

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'counter-customer-page-'))
      backend = await createBackend({
        storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
        booksPath: join(folder, 'books.sqlite'),
        cipher: plainCipher,
        fetch,
        customerDisplayPage: BUILT_DISPLAY_PAGE,
        testing: { watchIntervalMs: 100 }
      })
      const updated = await call('updateSettings', {
        customerWindow: true,
        paidScreenSeconds: 2,
        products: [COFFEE, CAKE],
        tips: { enabled: true, percentPresets: [10], roundUp: true },
        customerScreen: { idleMessage: 'Frischer Kuchen jeden Tag', wifi: WIFI }
      })
      if (!updated.ok) throw new Error(updated.error.code)
      if (chromiumMissing() === null) browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS)
    }, 60_000)
    afterEach(async () => {
      await Promise.all(contexts.splice(0).map((context) => context.close()))
    })
    afterAll(async () => {
      await browser?.close()
      await backend?.close()
      rmSync(folder, { recursive: true, force: true })
    })

    it('English, monitor: the cart with main’s names, tip and total → the QR beside the Wi-Fi QR → Paid', async () => {
      await call('updateSettings', { language: 'en' })
      const { page, problems } = await openWindow(MONITOR)
      await page.getByTestId('idle-screen').waitFor()
      expect(plainSpaces(await page.getByTestId('idle-message').textContent())).toBe('Frischer Kuchen jeden Tag')
      expect(await seriousAxeViolations(page)).toEqual([])

      await call('customerCart', { sale: SALE })
      await page.getByTestId('cart-screen').waitFor()
      const lines = await page.locator('.cart-line').allTextContents()
      expect(lines.map(plainSpaces)).toEqual(['2 × Coffee€5.00', 'Käsekuchen mit Sahne€3.20', 'Amount€1.80'])
      expect(plainSpaces(await page.getByTestId('cart-tip').textContent())).toBe('Tip €1.00')
      expect(plainSpaces(await page.getByTestId('cart-total').textContent())).toBe('€11.00')
      expect(await page.getByTestId('cart-discount').isHidden()).toBe(true)
      expect(await seriousAxeViolations(page)).toEqual([])
      await saveScreenshot(page, 'cart-monitor-en')

      const link = await charge(SALE)
      await call('customerCart', { sale: null })
      await page.getByTestId('qr-screen').waitFor()
      expect(await decodeShownQr(page.getByTestId('qr-image'))).toBe(link.payLink)
      expect(await page.getByText('No mobile data? Join our Wi-Fi').isVisible()).toBe(true)
      expect(await decodeShownQr(page.getByTestId('wifi-image'))).toBe(
        'WIFI:T:WPA;S:Café\\;Guest;P:cake\\:2026\\,\\"ok\\";;'
      )
      expect(await seriousAxeViolations(page)).toEqual([])
      await saveScreenshot(page, 'qr-wifi-monitor-en')

      await call('simulatePayment', { linkId: link.linkId })
      await page.getByTestId('paid-screen').waitFor()
      expect(plainSpaces(await page.getByTestId('paid-amount').textContent())).toBe('€11.00')
      await call('unwatchLink', {})
      await page.getByTestId('idle-screen').waitFor({ timeout: 5000 })
      expect(problems).toEqual([])
    })

    it('German, phone: Change after the QR asks to wait and never shows the old QR again; cancelled and expired too', async () => {
      await call('updateSettings', { language: 'de' })
      const { page, problems, payLinks } = await openWindow(PHONE)
      await page.locator('html[lang="de"]').waitFor({ state: 'attached' })
      await call('customerCart', { sale: SALE })
      await page.getByTestId('cart-screen').waitFor()
      expect(plainSpaces(await page.getByTestId('cart-total').textContent())).toBe('11,00 €')
      expect(plainSpaces(await page.locator('.cart-line').nth(2).textContent())).toBe('Betrag1,80 €')
      await saveScreenshot(page, 'cart-phone-de')

      const old = await charge(SALE)
      await call('customerCart', { sale: null })
      await page.getByTestId('qr-screen').waitFor()
      expect(await decodeShownQr(page.getByTestId('qr-image'))).toBe(old.payLink)
      await saveScreenshot(page, 'qr-wifi-phone-de')

      const changed = await call<SaleChange>('changeSale', { linkId: old.linkId })
      if (!changed.ok || !('sale' in changed.value.charge)) throw new Error('not changed')
      await page.getByTestId('changing-screen').waitFor()
      const shownFrom = payLinks.length
      expect(plainSpaces(await page.getByTestId('changing-screen').textContent())).toBe(
        'Bitte warten – der Betrag wird geändert Die Bestellung wird geändert. Ein neuer Zahlungscode folgt.'
      )
      expect(await page.getByTestId('qr-image').getAttribute('src')).toBeNull()
      expect(await seriousAxeViolations(page)).toEqual([])
      await saveScreenshot(page, 'changing-phone-de')
      const fewer = { ...changed.value.charge.sale, lines: changed.value.charge.sale.lines.slice(0, 1) }
      await call('customerCart', { sale: fewer })
      await page.getByTestId('cart-screen').waitFor()
      expect(plainSpaces(await page.getByTestId('cart-total').textContent())).toBe('5,50 €')
      const renewed = await charge(fewer)
      await page.getByTestId('qr-screen').waitFor()
      expect(await decodeShownQr(page.getByTestId('qr-image'))).toBe(renewed.payLink)
      expect(payLinks.slice(shownFrom)).not.toContain(old.payLink)

      await call('cancelSale', { linkId: renewed.linkId })
      await page.getByText('Der zuvor gezeigte Zahlungscode wurde storniert. Bitte nicht mehr verwenden.').waitFor()
      await call('unwatchLink', {})

      const third = await charge({ lines: [{ kind: 'amount', amountCents: 990 }], tip: { kind: 'none' } })
      await page.getByTestId('qr-screen').waitFor()
      // What paid detection does when SecPaid no longer lists the link on screen (expired or deleted there).
      backend.customerDisplay.linkClosed('expired')
      await page
        .getByText('Der zuvor gezeigte Zahlungscode ist nicht mehr gültig. Bitte nicht mehr verwenden.')
        .waitFor()
      expect(payLinks.slice(payLinks.lastIndexOf(third.payLink) + 1)).toEqual([])
      await call('unwatchLink', {})
      expect(problems).toEqual([])
    })
  }
)
