import { existsSync } from 'node:fs'

import { expect, type Locator, type Page } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

import type { SaleEvent } from '../../src-main/journal/sale-record'
import type { SimulatedLink } from '../../src-main/simulator'
import { journalText } from '../support/journal-rows'
import type { TestSecPaid } from '../support/test-secpaid'

/**
 * SecPaid's pay_link for a link id, written out here rather than imported from the simulator,
 * so a change to the link format shows up as a failing test.
 */
export const expectedPayLink = (linkId: number): string =>
  `https://app.secpaid.com/payment?link_id=${Buffer.from(String(linkId)).toString('base64')}`

/** What a phone camera would read: the element as rendered on screen, decoded with jsQR. */
export async function decodeQr(image: Locator): Promise<string> {
  const png = PNG.sync.read(await image.screenshot())
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length)
  const code = jsQR(pixels, png.width, png.height)
  if (code === null) throw new Error(`no QR code could be read from the ${png.width}×${png.height} px image`)
  return code.data
}

/** Taps keypad keys with the mouse, e.g. `['1', '2', 'decimal', '5']`. */
export async function tapKeys(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) await page.getByTestId(`key-${key}`).click()
}

/** The link the SecPaid created last; fails when it has none. */
export function newestLink(simulator: TestSecPaid): SimulatedLink {
  const link = simulator
    .links()
    .toSorted((a, b) => a.id - b.id)
    .at(-1)
  if (link === undefined) throw new Error('the simulator holds no link')
  return link
}

export const createLinkRequests = (simulator: TestSecPaid) =>
  simulator.requestLog().filter((request) => request.endpoint === 'createLink')

/** Intl writes "12,34 €" with a no-break (U+00A0) or narrow no-break (U+202F) space: compare with plain ones. */
export const plainSpaces = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()

/** Production mode with the key the fixture's `secpaid` simulator accepts, chosen through Settings as the owner would. */
export async function switchToProduction(page: Page, apiKey = 'sk_live_valid'): Promise<void> {
  await page.getByTestId('settings-button').click()
  // A controlled radio: it shows the choice once main has saved it, so `check()` could look too early.
  await page.getByTestId('settings-environment-production').click()
  await expect(page.getByTestId('settings-environment-production')).toBeChecked()
  await page.getByTestId('api-key-input').fill(apiKey)
  await page.getByTestId('save-api-key').click()
  await expect(page.getByTestId('api-key-status')).toHaveText('A key is set')
  await expect(page.getByTestId('demo-banner')).toBeHidden()
  await page.getByTestId('settings-close').click()
  await expect(page.getByTestId('amount-display')).toBeVisible()
}

/** How long the Paid screen stays, saved through Settings. */
export async function setPaidScreenSeconds(page: Page, seconds: number): Promise<void> {
  await page.getByTestId('settings-button').click()
  await page.getByTestId('settings-section-paid').click()
  await page.getByTestId('settings-paid-seconds').fill(String(seconds))
  await page.getByTestId('settings-paid-seconds').blur()
  await expect(page.getByTestId('settings-paid-seconds-status')).toHaveText('Saved')
  await page.getByTestId('settings-close').click()
  await expect(page.getByTestId('amount-display')).toBeVisible()
}

/** One sale as its journal lines tell it: what it was charged for, its link, and every status it went through. */
export interface JournaledSale {
  reference: string
  amountCents: number
  linkId: number | null
  statuses: SaleEvent['type'][]
}

/** The sales in the books, oldest first, read straight from the rows' lines (not through the app's reader). */
export function journaledSales(journalFile: string): JournaledSale[] {
  const text = existsSync(journalFile) ? journalText(journalFile) : ''
  const sales = new Map<string, JournaledSale>()
  for (const line of text.split('\n').filter((line) => line.trim() !== '')) {
    const event = JSON.parse(line) as SaleEvent
    const sale = sales.get(event.reference) ?? {
      reference: event.reference,
      amountCents: 0,
      linkId: null,
      statuses: []
    }
    if (event.type === 'creating') sale.amountCents = event.amountCents
    if (event.type === 'created') sale.linkId = event.linkId
    sale.statuses.push(event.type)
    sales.set(event.reference, sale)
  }
  return [...sales.values()]
}

/** The journaled sale that got this link; fails when there is none. */
export function journaledSaleOf(journalFile: string, linkId: number): JournaledSale {
  const sale = journaledSales(journalFile).find((candidate) => candidate.linkId === linkId)
  if (sale === undefined) throw new Error(`the journal holds no sale with link ${linkId}`)
  return sale
}

type Appearance = 'shown' | 'gone'

/**
 * Notes in the page the time (Date.now, the same clock as Node's) an element with this test id is first shown
 * (`shown`: in the DOM and visible, as the keypad stays in the DOM, hidden, under the QR and Paid screens) or first
 * not shown (`gone`), checked on every DOM change (attributes too), so neither a screen's timing nor a screen that
 * flashed by is missed between two looks of an `expect`. Read it with `firstNotedAt`.
 */
export async function noteFirst(page: Page, appearance: Appearance, testId: string): Promise<void> {
  await page.evaluate(
    ({ appearance, testId }) => {
      // This runs in the page; the tests' Node types know no DOM.
      const pageGlobals = globalThis as unknown as {
        document: { body: unknown; querySelector: (selector: string) => { checkVisibility: () => boolean } | null }
        MutationObserver: new (onChange: () => void) => { observe: (target: unknown, options: object) => void }
        __firstNoted?: Record<string, number>
      }
      const key = `${appearance}:${testId}`
      const noted = (pageGlobals.__firstNoted ??= {})
      delete noted[key]
      const selector = `[data-testid="${testId}"]`
      const check = () => {
        if (
          noted[key] === undefined &&
          (pageGlobals.document.querySelector(selector)?.checkVisibility() ?? false) === (appearance === 'shown')
        ) {
          noted[key] = Date.now()
        }
      }
      new pageGlobals.MutationObserver(check).observe(pageGlobals.document.body, {
        childList: true,
        subtree: true,
        attributes: true
      })
      check()
    },
    { appearance, testId }
  )
}

/** When the element was first shown (or gone) since `noteFirst`, or null when it has not been. */
export async function firstNotedAt(page: Page, appearance: Appearance, testId: string): Promise<number | null> {
  return page.evaluate(
    (key) => (globalThis as unknown as { __firstNoted?: Record<string, number> }).__firstNoted?.[key] ?? null,
    `${appearance}:${testId}`
  )
}

export interface SummaryFigure {
  count: number
  /** As shown, e.g. "€12.34". */
  amount: string
}

/** One figure of today's summary ("1 paid · €12.34") as its count and amount, whatever words stand around them. */
export async function summaryFigure(
  page: Page,
  testId: 'today-summary-sales' | 'today-summary-paid' | 'today-summary-pending'
): Promise<SummaryFigure | null> {
  const locator = page.getByTestId(testId)
  if ((await locator.count()) === 0) return null
  const text = plainSpaces(await locator.innerText())
  const amount = /€ ?\d[\d.,]*\d|\d[\d.,]*\d ?€/.exec(text)?.[0]
  const count = /\d+/.exec(amount === undefined ? text : text.replace(amount, ''))?.[0]
  return amount === undefined || count === undefined ? null : { count: Number(count), amount }
}
