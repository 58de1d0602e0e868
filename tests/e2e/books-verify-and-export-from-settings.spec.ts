import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

import { openBooksDatabase } from '../../src-main/journal/books-database'
import { writeBooksHead } from '../../src-main/journal/books-head'
import { appendRows, paidSale } from '../support/books-rows'
import { expect, test } from './counter-fixture'

test('Settings → Books verifies the books and exports a period into the folder chosen in the dialog', async ({
  counter
}) => {
  const { page, journalFile, savedFolder } = counter
  // The books as the store keeps them in the data folder (until the store lands, written here row by row).
  const dataFolder = dirname(journalFile)
  const database = openBooksDatabase(join(dataFolder, 'books.sqlite'))
  appendRows(database, paidSale('POS-1', 1250, '2026-12-07T10:00:00.000Z'))
  const head = appendRows(database, paidSale('POS-2', 990, '2026-12-07T11:00:00.000Z'))
  database.close()
  writeBooksHead(dataFolder, head)

  await page.getByTestId('settings-button').click()
  await page.getByTestId('settings-section-books').click()
  await page.getByTestId('books-verify').click()
  await expect(page.getByTestId('books-verify-result')).toHaveText(
    `The books verify: 6 rows, head ${head.hash.slice(0, 12)}.`
  )

  await page.getByTestId('books-export-from').fill('2026-12-01')
  await page.getByTestId('books-export-to').fill('2026-12-31')
  await page.getByTestId('books-export').click()
  const exported = join(savedFolder, 'secpaid-audit-2026-12-01_2026-12-31')
  await expect(page.getByTestId('books-export-result')).toHaveText(`6 rows exported to ${exported}.`)
  expect(readdirSync(exported)).toEqual(expect.arrayContaining(['index.xml', 'status_changes.csv', 'chain_heads.csv']))

  await page.getByTestId('books-backup-choose').click()
  await expect(page.getByTestId('books-backup-folder')).toHaveText(`Backup folder: ${savedFolder}`)
  await page.getByTestId('books-backup-now').click()
  await expect(page.getByTestId('books-backup-last')).toContainText(`(6 rows, head ${head.hash.slice(0, 12)})`)
})
