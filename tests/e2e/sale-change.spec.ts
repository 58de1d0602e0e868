import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { journalText } from '../support/journal-rows'
import { expect, test } from './counter-fixture'
import { journaledSales, newestLink, summaryFigure, tapKeys } from './counter-helpers'

const PRODUCTS = [
  { id: 'coffee', name: 'Coffee', priceCents: 250, colour: '' },
  { id: 'cake', name: 'Schwarzwälderkirschtortenstück', priceCents: 320, colour: '' }
]

const SIZES = [
  { width: 1024, height: 600, language: 'en', paid: '€5.70' },
  { width: 1920, height: 1080, language: 'de', paid: '5,70 €' }
] as const

for (const size of SIZES) {
  test(`${size.width}×${size.height} ${size.language}: three lines → QR → Change → one removed → Charge → the customer pays the new link`, async ({
    counter
  }) => {
    test.setTimeout(90_000)
    const { page, backend, demoSecPaid } = counter
    await page.setViewportSize({ width: size.width, height: size.height })
    const settings = { products: PRODUCTS, language: size.language }
    expect(await dispatchCounterCall(backend.handlers, 'updateSettings', settings)).toMatchObject({ ok: true })

    await page.getByTestId('quick-key-coffee').click()
    await page.getByTestId('quick-key-cake').click()
    await tapKeys(page, ['1', '0', '5', 'add'])
    await expect(page.getByTestId('sale-line')).toHaveCount(3)
    await page.getByTestId('charge-button').click()
    await expect(page.getByTestId('qr-screen')).toBeVisible()
    const old = newestLink(demoSecPaid)
    expect(old.amountCents).toBe(675)

    // The button is there for the cashier, whole and inside the window.
    const change = page.getByTestId('change-sale')
    const box = await change.boundingBox()
    expect(box).not.toBeNull()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(size.width)
    expect(box!.y + box!.height).toBeLessThanOrEqual(size.height)
    expect(box!.height).toBeGreaterThanOrEqual(44)
    await change.click()

    // The sale is back on the keypad as it was; the typed amount goes.
    await expect(page.getByTestId('qr-screen')).toBeHidden()
    await expect(page.getByTestId('sale-line')).toHaveCount(3)
    await page.getByTestId('sale-line-remove').nth(2).click()
    await expect(page.getByTestId('sale-line')).toHaveCount(2)
    await page.getByTestId('charge-button').click()
    await expect(page.getByTestId('qr-screen')).toBeVisible()
    const renewed = newestLink(demoSecPaid)
    expect(renewed.id).not.toBe(old.id)
    expect(renewed.amountCents).toBe(570)

    // The old link is deleted at SecPaid; the customer pays the new one.
    expect(demoSecPaid.links().map((link) => link.id)).toEqual([renewed.id])
    const deletes = demoSecPaid.requestLog().filter((request) => request.endpoint === 'deleteLink')
    expect(deletes.map((request) => request.status)).toEqual([200])
    expect(demoSecPaid.markPaid(renewed.id)).toBe(true)
    await expect(page.getByTestId('paid-screen')).toBeVisible()
    await page.getByTestId('paid-done').click()

    // The books: one paid sale, the old one cancelled and named by the new one as the sale it changed.
    await expect.poll(() => summaryFigure(page, 'today-summary-paid')).toEqual({ count: 1, amount: size.paid })
    const sales = journaledSales(counter.journalFile)
    expect(sales.map((sale) => sale.statuses.at(-1))).toEqual(['cancelled', 'paid'])
    expect(sales.filter((sale) => sale.statuses.includes('paid'))).toHaveLength(1)
    const creatingLines = journalText(counter.journalFile)
      .split('\n')
      .filter((line) => line.includes('"creating"'))
      .map((line) => JSON.parse(line) as { reference: string; replaces?: string })
    expect(creatingLines.map((line) => line.replaces)).toEqual([undefined, sales[0]!.reference])
  })
}
