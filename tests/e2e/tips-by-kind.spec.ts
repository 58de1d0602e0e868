import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { expect, test } from './counter-fixture'
import { newestLink, plainSpaces, tapKeys } from './counter-helpers'
import { pdfText } from './pdf-text'

test('a staff tip chosen in Settings is on the receipt’s PDF as the staff’s, and apart in the day close', async ({
  counter
}) => {
  const { page, backend, demoSecPaid } = counter
  expect(
    await dispatchCounterCall(backend.handlers, 'updateSettings', {
      tips: { enabled: true, percentPresets: [10], roundUp: false }
    })
  ).toMatchObject({ ok: true })

  await page.getByTestId('settings-button').click()
  await page.getByTestId('settings-section-tips').click()
  await expect(page.getByTestId('tip-kind-shop')).toBeChecked()
  await page.getByTestId('tip-kind-staff').check()
  await expect(page.getByTestId('tip-kind-status')).toHaveText('Saved')
  await page.getByTestId('settings-close').click()

  // 20.00 € and a 10 % tip: 2.00 € for the staff.
  await tapKeys(page, ['2', '0', '0', '0', 'add'])
  await page.getByTestId('tip-percent-10').click()
  await expect(page.getByTestId('charge-button')).toHaveText('Charge €22.00')
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  const reference = newestLink(demoSecPaid).recipientNote!.split(' ')[0]!
  await page.getByTestId('simulate-payment').click()
  await expect(page.getByTestId('paid-screen')).toBeVisible()
  await page.keyboard.press('Escape')

  await page.getByTestId('nav-day-close').click()
  await page.getByTestId('day-close-show').click()
  const staff = page.getByTestId('day-close-tips-staff')
  await expect(staff).toBeVisible()
  expect(plainSpaces(await staff.innerText())).toBe('For the staff (pay out) 1 €2.00')
  expect(plainSpaces(await page.getByTestId('day-close-tips-shop').innerText())).toBe('For the shop (revenue) 0 €0.00')

  await page.goto(`${new URL(page.url()).origin}/#receipt=${encodeURIComponent(reference)}`)
  await page.reload()
  await expect(page.getByTestId('receipt-tip-kind')).toHaveText('Tip (for the staff)')
  await expect(page).toHaveTitle('receipt-ready')
  const { text } = await pdfText(await page.pdf({ width: '80mm' }))
  expect(plainSpaces(text)).toContain('Tip (for the staff) €2.00')
})
