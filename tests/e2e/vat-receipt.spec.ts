import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Page } from '@playwright/test'

import type { Backend } from '../../src-main/backend'
import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { expect, test } from './counter-fixture'
import { newestLink, plainSpaces, tapKeys } from './counter-helpers'
import { pdfText } from './pdf-text'

const OUTPUT = join(process.cwd(), 'test-output/receipts')
const SHOP = { name: 'Hofladen Sonnenblume', address: 'Feldweg 3\n14467 Potsdam', vatId: 'DE123456789' }
const TAX = { rates: [19, 7, 0], defaultRate: 19, smallBusiness: false, taxNumber: '046/123/45678' }

const settle = async (backend: Backend, patch: unknown) =>
  expect(await dispatchCounterCall(backend.handlers, 'updateSettings', patch)).toMatchObject({ ok: true })

/** The receipt of `reference` as a PDF, its text with every space removed (text items may split anywhere). */
async function receiptPdfText(page: Page, reference: string, name: string): Promise<string> {
  await page.goto(`${new URL(page.url()).origin}/#receipt=${encodeURIComponent(reference)}`)
  await page.reload()
  await expect(page.getByTestId('receipt')).toBeVisible()
  await expect(page).toHaveTitle('receipt-ready')
  const pdf = await page.pdf({ width: '80mm' })
  mkdirSync(OUTPUT, { recursive: true })
  writeFileSync(join(OUTPUT, `${name}.pdf`), pdf)
  return plainSpaces((await pdfText(pdf)).text).replace(/ /g, '')
}

const has = (text: string, expected: string) => expect(text, expected).toContain(expected.replace(/\s/g, ''))

test('a mixed-rate sale prints VAT per rate on its receipt, in English and German; a Kleinunternehmer prints the note', async ({
  counter
}) => {
  test.setTimeout(90_000)
  const { page, backend, demoSecPaid } = counter
  await settle(backend, {
    shop: SHOP,
    tax: TAX,
    products: [
      { id: 'coffee', name: 'Kaffee', priceCents: 250, colour: '', vatRate: 19 },
      { id: 'bread', name: 'Brot', priceCents: 321, colour: '', vatRate: 7 }
    ]
  })
  await page.reload()

  // Coffee at 19 %, bread at 7 %, and a typed 1.00 € the cashier puts at 0 %.
  const quickKeys = page.getByRole('group', { name: 'Quick keys' })
  await quickKeys.getByRole('button', { name: /Kaffee/ }).click()
  await quickKeys.getByRole('button', { name: /Brot/ }).click()
  await tapKeys(page, ['1', '0', '0'])
  await page.getByTestId('vat-rate-0').click()
  await tapKeys(page, ['add'])
  await expect(page.getByTestId('sale-total')).toHaveText('€6.71')
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  const reference = newestLink(demoSecPaid).recipientNote!.split(' ')[0]!
  await page.getByTestId('simulate-payment').click()
  await expect(page.getByTestId('paid-screen')).toContainText('€6.71')

  const english = await receiptPdfText(page, reference, 'receipt-vat-en')
  has(english, SHOP.name)
  has(english, 'Feldweg 3')
  has(english, `VAT ID ${SHOP.vatId}`)
  has(english, `Tax no. ${TAX.taxNumber}`)
  // 2.50 · 100/119 = 2.1008 → 2.10; 3.21 · 100/107 = 3.00; 0 % leaves 1.00 net.
  has(english, '19 %: gross €2.50, net €2.10, VAT €0.40')
  has(english, '7 %: gross €3.21, net €3.00, VAT €0.21')
  has(english, '0 %: gross €1.00, net €1.00, VAT €0.00')
  has(english, '€6.71')

  await settle(backend, { language: 'de' })
  const german = await receiptPdfText(page, reference, 'receipt-vat-de')
  has(german, `St.-Nr. ${TAX.taxNumber}`)
  has(german, '19 %: Brutto 2,50 €, Netto 2,10 €, USt. 0,40 €')
  has(german, '7 %: Brutto 3,21 €, Netto 3,00 €, USt. 0,21 €')
  has(german, '0 %: Brutto 1,00 €, Netto 1,00 €, USt. 0,00 €')

  // As a Kleinunternehmer the shop shows no VAT: the receipt carries the § 19 UStG note instead.
  await settle(backend, { tax: { ...TAX, smallBusiness: true }, language: 'en' })
  await page.goto(new URL(page.url()).origin)
  await page.reload()
  await tapKeys(page, ['5', '0', '0'])
  await expect(page.getByTestId('vat-rate-19')).toHaveCount(0)
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  const exemptReference = newestLink(demoSecPaid).recipientNote!.split(' ')[0]!
  await page.getByTestId('simulate-payment').click()
  await expect(page.getByTestId('paid-screen')).toContainText('€5.00')
  const exempt = await receiptPdfText(page, exemptReference, 'receipt-vat-exempt-en')
  has(exempt, 'According to § 19 UStG no VAT is charged (small business).')
  expect(exempt).not.toContain('gross€')
})
