import type { Page } from '@playwright/test'

import type { TestSecPaid } from '../support/test-secpaid'
import { expect, test } from './counter-fixture'
import { decodeQr, expectedPayLink, newestLink, tapKeys } from './counter-helpers'

/** Charges one sale with a note, goes back to the keypad and returns the id of the link it made. */
async function chargeWithNote(page: Page, simulator: TestSecPaid, keys: string[], note: string): Promise<number> {
  await tapKeys(page, keys)
  await page.getByTestId('note-input').fill(note)
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  const linkId = newestLink(simulator).id
  await page.getByTestId('back-to-keypad').click()
  return linkId
}

test('pending links list each charged sale, search narrows them by note, and a tapped link shows its QR again', async ({
  counter
}) => {
  const { page, demoSecPaid } = counter
  const pendingItems = page.getByTestId('pending-list').locator('[data-testid^="pending-item-"]')
  await expect(page.getByTestId('pending-empty')).toBeVisible()

  const tableLinkId = await chargeWithNote(page, demoSecPaid, ['1', '2', '3', '4'], 'table 4')
  const tableItem = page.getByTestId(`pending-item-${tableLinkId}`)
  await expect(tableItem).toContainText('€12.34')
  await expect(tableItem).toContainText('table 4')

  const terraceLinkId = await chargeWithNote(page, demoSecPaid, ['5', '0', '0'], 'terrace 9')
  const terraceItem = page.getByTestId(`pending-item-${terraceLinkId}`)
  await expect(terraceItem).toContainText('€5.00')
  await expect(terraceItem).toContainText('terrace 9')
  await expect(pendingItems).toHaveCount(2)

  await page.getByTestId('pending-search').fill('terrace')
  await expect(tableItem).toBeHidden()
  await expect(pendingItems).toHaveCount(1)
  await expect(terraceItem).toBeVisible()

  await terraceItem.click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  await expect(page.getByTestId('qr-amount')).toHaveText('€5.00')
  expect(await decodeQr(page.getByTestId('qr-image'))).toBe(expectedPayLink(terraceLinkId))
})
