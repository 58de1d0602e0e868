import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { spreadsheetRows } from '../support/spreadsheet-csv'
import { expect, test } from './counter-fixture'
import { journaledSaleOf, newestLink, plainSpaces, summaryFigure, tapKeys } from './counter-helpers'

const pad = (value: number) => String(value).padStart(2, '0')
const localToday = () => {
  const now = new Date()
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

test('after a paid and a cancelled sale, today’s summary counts them and the CSV it saves lists both exactly', async ({
  counter
}) => {
  const { page, demoSecPaid, savedFolder } = counter
  const simulator = demoSecPaid

  await tapKeys(page, ['1', '2', '3', '4'])
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  const paid = newestLink(simulator).id
  await page.getByTestId('simulate-payment').click()
  await expect(page.getByTestId('paid-screen')).toBeVisible()
  await page.getByTestId('paid-done').click()

  await tapKeys(page, ['5', '6', '0'])
  await page.getByTestId('note-input').fill('=SUM(A1) Tisch "4", Bar')
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  const cancelled = newestLink(simulator).id
  await page.getByTestId('cancel-sale').click()
  await page.getByTestId('confirm-cancel').click()
  await expect(page.getByTestId('amount-display')).toBeVisible()

  // A cancelled sale is counted apart: it took no money and waits for none.
  await expect.poll(() => summaryFigure(page, 'today-summary-sales')).toEqual({ count: 1, amount: '€12.34' })
  await expect.poll(() => summaryFigure(page, 'today-summary-paid')).toEqual({ count: 1, amount: '€12.34' })
  await expect.poll(() => summaryFigure(page, 'today-summary-pending')).toEqual({ count: 0, amount: '€0.00' })
  await expect
    .poll(async () => plainSpaces(await page.getByTestId('today-summary').innerText()))
    .toMatch(/\b1 cancelled\b|\bcancelled 1\b/i)

  // The counter's Export CSV is the day close's export for the summed-up day: one row builder, one formatter, one
  // save path (main's save dialog, which the bridge answers with its folder).
  const day = localToday()
  await page.getByTestId('export-csv').click()
  const csvFile = join(savedFolder, `secpaid-sales-${day}_${day}.csv`)
  await expect.poll(() => existsSync(csvFile), { timeout: 5_000 }).toBe(true)
  const text = readFileSync(csvFile, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)

  const [header, ...rows] = spreadsheetRows(text.slice(1), ',')
  expect(header).toEqual([
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
    // Typed amounts at the shop's default rate: main's VAT split, per rate used.
    'Gross 19 % (EUR)',
    'Net 19 % (EUR)',
    'VAT 19 % (EUR)',
    'Refund gross 19 % (EUR)',
    'Refund VAT 19 % (EUR)'
  ])
  const column = (name: string) => header?.indexOf(name) ?? -1
  const pick = (row: string[]) => ({
    reference: row[column('Reference')],
    linkId: row[column('SecPaid link')],
    amount: row[column('Amount (EUR)')],
    status: row[column('Status')],
    note: row[column('Note')],
    date: row[column('Date')]
  })
  expect(rows.map(pick)).toEqual([
    {
      reference: journaledSaleOf(counter.journalFile, paid).reference,
      linkId: String(paid),
      amount: '12.34',
      status: 'Paid',
      note: '',
      date: day
    },
    {
      reference: journaledSaleOf(counter.journalFile, cancelled).reference,
      linkId: String(cancelled),
      amount: '5.60',
      status: 'Cancelled',
      // Quotes and commas survive the quoting; a leading = is defused so a spreadsheet never runs it as a formula.
      note: `'=SUM(A1) Tisch "4", Bar`,
      date: day
    }
  ])
})
