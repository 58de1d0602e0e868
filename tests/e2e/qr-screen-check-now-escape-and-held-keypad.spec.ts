import { expect, test } from './counter-fixture'
import { plainSpaces, tapKeys } from './counter-helpers'

test('while a charge is in flight the keypad is held; on the QR screen Check now asks once, Escape goes back to the focused keypad', async ({
  counter
}) => {
  const { page, demoSecPaid } = counter
  await tapKeys(page, ['2', '5', '0'])
  await page.getByTestId('note-input').fill('table 9')

  // SecPaid answers slowly: keys typed meanwhile are refused, visibly, and change nothing.
  demoSecPaid.setLatency(1500)
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('amount-held')).toHaveText('Held while the link is made')
  await page.keyboard.press('7')
  // A finger taps whatever the key says; `force` taps the held (aria-disabled) key as one would.
  await page.getByTestId('key-clear').click({ force: true })
  await expect(page.getByTestId('amount-display')).toHaveText('€2.50')
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  demoSecPaid.setLatency(0)
  const [link] = demoSecPaid.links()
  expect(link?.amountCents).toBe(250)

  // The customer sees amount and "Scan to pay"; the note, reference and the link's age are the cashier's.
  await expect(page.getByTestId('back-to-keypad')).toBeFocused()
  await expect(page.getByTestId('qr-note')).toHaveText('table 9')
  await expect(page.getByTestId('qr-reference')).toHaveText(/^POS-/)
  await expect(page.getByTestId('qr-age')).toHaveText('Link made this minute')

  // Three taps on Check now cost SecPaid one look-up.
  const payInLookups = () =>
    demoSecPaid.requestLog().filter((request) => request.endpoint === 'getPayInTransactions').length
  const before = payInLookups()
  for (let tap = 0; tap < 3; tap += 1) await page.getByTestId('check-now').click()
  await expect(page.getByTestId('check-now-result')).toHaveText(/^Not paid yet \(checked at \d{1,2}:\d{2}:\d{2}/)
  await counter.settleIpc()
  expect(payInLookups() - before).toBe(1)

  // Escape on the QR screen: back to the keypad, which has the focus, so digits typed next count.
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('qr-screen')).toHaveCount(0)
  await expect(page.getByTestId('keypad')).toBeFocused()
  await page.keyboard.press('4')
  await expect(page.getByTestId('amount-display')).toHaveText('€0.04')

  // Escape on the Paid screen goes back too.
  await page.getByTestId('pending-items').locator('[data-testid^="pending-item-"]').first().click()
  await page.getByTestId('simulate-payment').click()
  await expect(page.getByTestId('paid-screen')).toBeVisible()
  expect(plainSpaces(await page.getByTestId('paid-screen').innerText())).toContain('€2.50')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('paid-screen')).toHaveCount(0)
  await expect(page.getByTestId('keypad')).toBeFocused()
})
