import { readFile } from 'node:fs/promises'
import { expect, test } from './counter-fixture'
import { journaledSaleOf, newestLink, plainSpaces, summaryFigure, tapKeys } from './counter-helpers'

/** Parses the export's quoted CSV (every field quoted, "" for a quote inside) into rows of fields. */
function parseCsv(text: string): string[][] {
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)/g)].map((match) => (match[1] ?? match[2] ?? '').replaceAll('""', '"'))
    )
}

test('after a paid and a cancelled sale, today’s summary counts them and the CSV download lists both exactly', async ({
  counter
}) => {
  const { page, demoSecPaid } = counter
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

  const downloading = page.waitForEvent('download')
  await page.getByTestId('export-csv').click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^secpaid-counter-sales-\d{8}\.csv$/)
  const path = await download.path()
  const text = await readFile(path, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)

  const [header, ...rows] = parseCsv(text.slice(1))
  expect(header).toEqual([
    'reference',
    'link_id',
    'amount_eur',
    'status',
    'note',
    'created_at',
    'paid_at',
    'cancelled_at',
    'failure'
  ])
  const column = (name: string) => header?.indexOf(name) ?? -1
  const pick = (row: string[]) => ({
    reference: row[column('reference')],
    linkId: row[column('link_id')],
    amount: row[column('amount_eur')],
    status: row[column('status')],
    note: row[column('note')],
    paidAt: row[column('paid_at')] !== '',
    cancelledAt: row[column('cancelled_at')] !== ''
  })
  expect(rows.map(pick)).toEqual([
    {
      reference: journaledSaleOf(counter.journalFile, paid).reference,
      linkId: String(paid),
      amount: '12.34',
      status: 'paid',
      note: '',
      paidAt: true,
      cancelledAt: false
    },
    {
      reference: journaledSaleOf(counter.journalFile, cancelled).reference,
      linkId: String(cancelled),
      amount: '5.60',
      status: 'cancelled',
      // Quotes and commas survive the quoting; a leading = is defused so a spreadsheet never runs it as a formula.
      note: `'=SUM(A1) Tisch "4", Bar`,
      paidAt: false,
      cancelledAt: true
    }
  ])
})
