import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Page } from '@playwright/test'

import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import type { ReceiptPaper } from '../../src-preload/contract'
import { expect, test } from './counter-fixture'
import { newestLink, plainSpaces, tapKeys } from './counter-helpers'
import { pdfText } from './pdf-text'

const OUTPUT = join(process.cwd(), 'test-output/receipts')
// 30 characters, the longest a product name may be, without a space to break at.
const LONG_NAME = 'Schwarzwälderkirschtortenstück'
const SHOP = {
  name: 'Café Blau am Marktplatz – Bäckerei, Konditorei und Rösterei',
  address: 'Hauptstraße 1\n10115 Berlin',
  vatId: 'DE123456789'
}
const PAPER_MM: Record<ReceiptPaper, number> = { mm58: 58, mm80: 80, a4: 210 }
const MM_TO_PX = 96 / 25.4

/** Fills a settings field and leaves it, which saves it; waits for the section to say so. */
async function fillAndLeave(page: Page, testId: string, value: string, statusTestId: string) {
  await page.getByTestId(testId).fill(value)
  await page.getByTestId(testId).blur()
  await expect(page.getByTestId(statusTestId)).toHaveText('Saved')
}

/** Elements of the receipt whose right edge lies beyond the paper, as "class: right edge". */
function overflowingElements(page: Page, paperWidthPx: number): Promise<string[]> {
  return page.evaluate((width) => {
    const found: string[] = []
    for (const element of document.querySelectorAll('[data-testid="receipt"], [data-testid="receipt"] *')) {
      const right = element.getBoundingClientRect().right
      if (right > width + 0.5) found.push(`${element.className || element.tagName}: ${right.toFixed(1)}`)
    }
    if (document.documentElement.scrollWidth > Math.ceil(width)) found.push('document scrolls sideways')
    return found
  }, paperWidthPx)
}

test('a sale of quick keys, a typed amount and a tip is charged, paid, and its receipt prints on every paper', async ({
  counter
}) => {
  test.setTimeout(90_000)
  const { page, backend, demoSecPaid } = counter

  // The owner sets up quick keys, the shop and tips in Settings; each change saves on its own.
  await page.getByTestId('settings-button').click()
  await page.getByTestId('settings-section-products').click()
  await page.getByTestId('product-add').click()
  // Leaving the name before a price is given says what is missing; with the price the product saves.
  await page.getByTestId('product-name').fill(LONG_NAME)
  await fillAndLeave(page, 'product-price', '3.20', 'products-save-status')
  await page.getByTestId('settings-section-shop').click()
  await fillAndLeave(page, 'shop-name', SHOP.name, 'shop-save-status')
  await page.getByTestId('shop-address').fill(SHOP.address)
  await page.getByTestId('shop-address').blur()
  await fillAndLeave(page, 'shop-vat-id', SHOP.vatId, 'shop-save-status')
  await page.getByTestId('settings-section-tips').click()
  await page.getByTestId('tips-enabled').click()
  await expect(page.getByTestId('tips-save-status')).toHaveText('Saved')
  await page.getByTestId('settings-close').click()

  // Two of the cake by quick key (a second tap asks how many), one typed amount, a 10 % tip.
  const cake = page.getByRole('group', { name: 'Quick keys' }).getByRole('button')
  await cake.click()
  await cake.click()
  await page.getByTestId('quantity-input').fill('2')
  await page.getByTestId('quantity-set').click()
  await tapKeys(page, ['1', '5', '0', 'add'])
  await page.getByTestId('tip-percent-10').click()
  // 2 × 3.20 + 1.50 = 7.90; 10 % = 0.79
  await expect(page.getByTestId('sale-tip')).toHaveText('€0.79')
  await expect(page.getByTestId('sale-total')).toHaveText('€8.69')
  await expect(page.getByTestId('charge-button')).toHaveText('Charge €8.69')
  mkdirSync(OUTPUT, { recursive: true })
  await page.screenshot({ path: join(OUTPUT, 'counter-running-list-tip.png') })
  await page.getByTestId('charge-button').click()

  await expect(page.getByTestId('qr-screen')).toBeVisible()
  const link = newestLink(demoSecPaid)
  expect(link.amountCents).toBe(869)
  expect(link.recipientNote).toMatch(new RegExp(`^POS-\\S+ 2×${LONG_NAME}$`))
  const reference = link.recipientNote!.split(' ')[0]!
  await page.getByTestId('simulate-payment').click()
  await expect(page.getByTestId('paid-screen')).toContainText('€8.69')

  const receiptUrl = `${new URL(page.url()).origin}/#receipt=${encodeURIComponent(reference)}`
  for (const paper of ['mm58', 'mm80', 'a4'] as const) {
    const receipt = { paper, printerName: '', silentPrint: false, printOnPaid: false }
    expect(await dispatchCounterCall(backend.handlers, 'updateSettings', { receipt })).toMatchObject({ ok: true })
    const widthPx = PAPER_MM[paper] * MM_TO_PX
    await page.setViewportSize({ width: Math.floor(widthPx), height: 900 })
    await page.goto(receiptUrl)
    await page.reload()
    await expect(page.getByTestId('receipt')).toBeVisible()
    await expect(page).toHaveTitle('receipt-ready')
    expect(await overflowingElements(page, widthPx), paper).toEqual([])
    // The long name wraps inside the paper instead of widening it.
    const nameBox = await page.locator('.receipt-item-name').first().boundingBox()
    expect(nameBox!.x + nameBox!.width).toBeLessThanOrEqual(widthPx)

    const pdf = await page.pdf({ width: `${PAPER_MM[paper]}mm`, preferCSSPageSize: paper === 'a4' })
    writeFileSync(join(OUTPUT, `receipt-${paper}.pdf`), pdf)
    await page.screenshot({ path: join(OUTPUT, `receipt-${paper}.png`), fullPage: true })
    const { text } = await pdfText(pdf)
    const flat = plainSpaces(text).replace(/ /g, '')
    const has = (expected: string) => expect(flat, `${paper}: ${expected}`).toContain(expected.replace(/\s/g, ''))
    has(SHOP.name)
    has('Hauptstraße 1')
    has('10115 Berlin')
    has(`VAT ID ${SHOP.vatId}`)
    has(LONG_NAME)
    has('2 × €3.20')
    has('€6.40')
    has('Amount')
    has('€1.50')
    has('Subtotal')
    has('€7.90')
    has('Tip (for the shop)')
    has('€0.79')
    has('Total')
    has('€8.69')
    has(reference)
    has(String(link.id))
    has('Paid with SecPaid')
    // The date and time of the payment, as the page wrote it.
    has(plainSpaces((await page.getByTestId('receipt-time').textContent()) ?? 'no time'))
  }
})
