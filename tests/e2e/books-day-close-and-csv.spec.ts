import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { berlinDate } from '../../src-main/secpaid/berlin-time'
import { createSecPaidClient } from '../../src-main/secpaid/client'
import { spreadsheetRows } from '../support/spreadsheet-csv'
import { expect, test } from './counter-fixture'
import { newestLink, plainSpaces, tapKeys } from './counter-helpers'
import { pdfText } from './pdf-text'

const pad = (value: number) => String(value).padStart(2, '0')
const localToday = () => {
  const now = new Date()
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The rows of a saved CSV, which must begin with the byte-order mark spreadsheets need to read UTF-8. */
function savedCsvRows(text: string, separator: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true)
  return spreadsheetRows(text.slice(1), separator)
}

test('the day close lists a link paid at SecPaid that this till does not know; CSV opens as columns in en and de', async ({
  counter
}) => {
  const { page, demoSecPaid, savedFolder, backend } = counter
  await tapKeys(page, ['1', '2', '3', '4', '5', '6'])
  await page.getByTestId('note-input').fill('Grüße, "Tisch 4"')
  await page.getByTestId('charge-button').click()
  await page.getByTestId('simulate-payment').click()
  await page.getByTestId('paid-screen').click()
  const ours = newestLink(demoSecPaid)
  // Another till (or app) on the same key sells too; its payment reaches SecPaid, not this journal.
  const otherTill = createSecPaidClient({ baseUrl: demoSecPaid.baseUrl, getApiKey: () => 'demo-key', fetch })
  const foreign = await otherTill.createLink({ amountCents: 4200, recipientNote: 'POS-bar-20261127-zzzzz-0001' })
  if (!foreign.ok) throw new Error('the other till could not charge')
  demoSecPaid.markPaid(foreign.value.id)

  await page.getByTestId('nav-day-close').click()
  const report = page.getByTestId('day-close-report')
  await expect(report).toBeVisible()
  const secpaid = plainSpaces(await page.getByTestId('day-close-secpaid').innerText())
  // SecPaid's 1 % fee per payment: 12.35 € of 1,234.56 € and 0.42 € of 42.00 €.
  expect(secpaid).toContain('Payments 2 Gross €1,276.56 Fees €12.77 Net €1,263.79')
  await expect(page.getByTestId('difference-unknown_here')).toHaveCount(1)
  expect(plainSpaces(await page.getByTestId('difference-unknown_here').innerText())).toBe(
    `Paid at SecPaid, unknown here: link ${foreign.value.id}, €42.00 (POS-bar-20261127-zzzzz-0001)`
  )
  await expect(page.locator('[data-testid^="difference-"]')).toHaveCount(1)

  const day = localToday()
  const csvFile = join(savedFolder, `secpaid-sales-${day}_${day}.csv`)
  await page.getByTestId('day-close-csv').click()
  await expect(page.getByText('Saved.')).toBeVisible()
  const english = savedCsvRows(readFileSync(csvFile, 'utf8'), ',')
  expect(english[0]).toEqual([
    'Date',
    'Time',
    'Till',
    'Reference',
    'Note',
    'Amount (EUR)',
    'Tip (EUR)',
    'Status',
    'SecPaid link',
    'Refund (EUR)',
    'Failure (code)',
    'Tip for the staff (EUR)',
    'Tip for the shop (EUR)',
    // A typed amount at the shop's default rate: main's VAT split, per rate used.
    'Gross 19 % (EUR)',
    'Net 19 % (EUR)',
    'VAT 19 % (EUR)',
    'Refund gross 19 % (EUR)',
    'Refund VAT 19 % (EUR)'
  ])
  expect(english).toHaveLength(2)
  expect(english[1]?.slice(13, 16)).toEqual(['1234.56', '1037.45', '197.11'])
  expect(english[1]?.[0]).toBe(day)
  expect(english[1]?.slice(4, 10)).toEqual(['Grüße, "Tisch 4"', '1234.56', '', 'Paid', String(ours.id), ''])

  await backend.handlers.updateSettings({ language: 'de' })
  await expect(page.getByTestId('day-close-csv')).toHaveText('CSV exportieren')
  await page.getByTestId('day-close-csv').click()
  await expect(page.getByText('Gespeichert.')).toBeVisible()
  const german = savedCsvRows(readFileSync(csvFile, 'utf8'), ';')
  expect(german[0]?.[5]).toBe('Betrag (EUR)')
  expect(german[1]?.[0]).toBe(`${day.slice(8)}.${day.slice(5, 7)}.${day.slice(0, 4)}`)
  expect(german[1]?.slice(4, 8)).toEqual(['Grüße, "Tisch 4"', '1234,56', '', 'Bezahlt'])
  // What a German spreadsheet makes of the amount column: the number itself, in cents exactly.
  expect(Math.round(Number(german[1]?.[5]?.replace(',', '.')) * 100)).toBe(123456)
})

test('the day close prints and saves as a PDF that holds the report and none of the screen’s controls', async ({
  counter
}) => {
  const { page, demoSecPaid, savedFolder } = counter
  await tapKeys(page, ['2', '5', '0', '0'])
  await page.getByTestId('charge-button').click()
  await page.getByTestId('simulate-payment').click()
  await page.getByTestId('paid-screen').click()
  await tapKeys(page, ['9', '9'])
  await page.getByTestId('charge-button').click()
  await page.getByTestId('back-to-keypad').click()
  expect(demoSecPaid.links()).toHaveLength(2)

  await page.getByTestId('nav-day-close').click()
  await expect(page.getByTestId('day-close-report')).toBeVisible()
  await page.getByTestId('day-close-print').click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.getByTestId('day-close-pdf').click()
  await expect(page.getByText('Saved.')).toBeVisible()

  const day = localToday()
  const pdf = readFileSync(join(savedFolder, `secpaid-day-close-${day}_${day}.pdf`))
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const { pages: totalPages, text } = await pdfText(pdf)
  const printed = plainSpaces(text)
  expect(totalPages).toBe(1)
  for (const line of ['Day close:', 'Paid 1 €25.00', 'Waiting 1 €0.99', 'Gross €25.00', 'No differences']) {
    expect(printed).toContain(line)
  }
  for (const control of ['Back to the keypad', 'Export CSV', 'Save as PDF', 'Saved.', 'History']) {
    expect(printed).not.toContain(control)
  }
})

test('the day close follows the money to the bank: sold, paid, fees, paid out by SecPaid’s approved payout, in print and CSV', async ({
  counter
}) => {
  const { page, demoSecPaid, savedFolder } = counter
  await tapKeys(page, ['2', '5', '0', '0'])
  await page.getByTestId('charge-button').click()
  await page.getByTestId('simulate-payment').click()
  await page.getByTestId('paid-screen').click()
  const paidOn = newestLink(demoSecPaid).paidOn
  if (paidOn === null) throw new Error('the simulated payment left no time')
  // The night's payout of the payment's (Berlin) date, approved: SecPaid's 1 % fee leaves €24.75 for the bank.
  const secPaidDay = berlinDate(paidOn)
  const [payout] = demoSecPaid.runPayouts(secPaidDay)
  expect(demoSecPaid.approvePayout(payout?.payoutId ?? 0)).toBe(true)

  await page.getByTestId('nav-day-close').click()
  const moneyWay = page.getByTestId('day-close-money-way')
  await expect(moneyWay).toBeVisible()
  const day = localToday()
  // A payout is filed under SecPaid's German date: late in a day west of Berlin (an hour before midnight UTC), that is
  // already tomorrow's, so the close runs to SecPaid's day and the payout shows on that day's row, whatever the hour.
  const lastDay = secPaidDay > day ? secPaidDay : day
  if (lastDay !== day) {
    await page.getByTestId('day-close-to').fill(lastDay)
    await page.getByTestId('day-close-show').click()
    await expect(moneyWay.getByTestId(`money-way-${lastDay}`)).toBeVisible()
  }
  const cellsOf = async (rowDay: string) =>
    (await moneyWay.getByTestId(`money-way-${rowDay}`).locator('td').allInnerTexts()).map(plainSpaces)
  const paidOutToday = secPaidDay === day ? '€24.75' : '€0.00'
  expect(await cellsOf(day)).toEqual(['€25.00', '€25.00', '−€0.25', paidOutToday, '€0.00'])
  if (lastDay !== day) expect(await cellsOf(lastDay)).toEqual(['€0.00', '€0.00', '€0.00', '€24.75', '€0.00'])
  expect(plainSpaces(await moneyWay.getByTestId('payout-approved').innerText())).toContain(
    `€24.75 to the bank (€25.00 less fees), approved, ${payout?.transactionId}`
  )

  await page.getByTestId('day-close-payouts-csv').click()
  await expect(page.getByText('Saved.')).toBeVisible()
  const rows = savedCsvRows(readFileSync(join(savedFolder, `secpaid-payouts-${day}_${lastDay}.csv`), 'utf8'), ',')
  expect(rows).toEqual([
    [
      'Date',
      'Sold at the counter (EUR)',
      'Paid by customers (EUR)',
      'Fees (EUR)',
      'Paid out to the bank (EUR)',
      'Still on its way (EUR)',
      'Of that in a payout under way (EUR)'
    ],
    [day, '25.00', '25.00', '0.25', paidOutToday.slice(1), '0.00', '0.00'],
    ...(lastDay === day ? [] : [[lastDay, '0.00', '0.00', '0.00', '24.75', '0.00', '0.00']])
  ])

  await page.getByTestId('day-close-pdf').click()
  await expect(page.getByText('Saved.')).toBeVisible()
  const { text } = await pdfText(readFileSync(join(savedFolder, `secpaid-day-close-${day}_${lastDay}.pdf`)))
  const printed = plainSpaces(text)
  expect(printed).toContain('From the counter to the bank')
  expect(printed).toContain(`€24.75 to the bank (€25.00 less fees), approved, ${payout?.transactionId}`)
  expect(printed).not.toContain('Export payouts CSV')
})
