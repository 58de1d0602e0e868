import { expect, test } from './counter-fixture'
import { createLinkRequests, journaledSales, plainSpaces, switchToProduction, tapKeys } from './counter-helpers'

test('a sale still uncertain after a restart blocks Charge in the new window until Check again settles it', async ({
  counter
}) => {
  const { page, secpaid } = counter
  await switchToProduction(page)

  // The answer to the charge is lost, and so are the look-up and the list refresh that follow.
  secpaid.injectFaults('resetAfterProcessing', 1, 'createLink')
  secpaid.injectFaults('connectionReset', 2, 'getMyUnusedLinks')
  await tapKeys(page, ['1', '9', '0', '0'])
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('uncertain-sale')).toBeVisible()
  const [sale] = journaledSales(counter.journalFile)
  expect(sale?.statuses).toEqual(['creating'])

  // SecPaid goes down and main restarts: start-up cannot settle the sale, so it stays uncertain.
  await counter.stopSecPaid()
  const restarted = await counter.restartBackend()
  await restarted.reconcile()
  await counter.reload()

  const uncertain = page.getByTestId('uncertain-sale')
  await expect(uncertain).toBeVisible()
  expect(plainSpaces(await uncertain.innerText())).toContain(`${sale?.reference} · €19.00`)
  await tapKeys(page, ['5', '0', '0'])
  const chargeButton = page.getByTestId('charge-button')
  await expect(chargeButton).toBeDisabled()
  await expect(chargeButton).toHaveText('Check the last sale first')
  await page.keyboard.press('Enter')
  await counter.settleIpc()
  expect(counter.ipcCalls.filter((channel) => channel === 'charge')).toHaveLength(1)

  // SecPaid is back (without the link it had made): Check again proves no link exists and creates it, once.
  await counter.startSecPaid()
  await page.getByTestId('resolve-sale').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  await expect(page.getByTestId('qr-amount')).toHaveText('€19.00')
  expect(
    createLinkRequests(secpaid).map((request) => (request.body as { recipient_note: string }).recipient_note)
  ).toEqual([sale?.reference])
})
