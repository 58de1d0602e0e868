import { expect, test } from './counter-fixture'
import { createLinkRequests, tapKeys } from './counter-helpers'

test.describe('amounts that cannot be charged disable Charge and say why', () => {
  test('zero asks for an amount, and neither Charge nor Enter sends anything', async ({ counter }) => {
    const { page, demoSecPaid } = counter
    const chargeButton = page.getByTestId('charge-button')
    await tapKeys(page, ['0', '00'])
    await expect(page.getByTestId('amount-display')).toHaveText('€0.00')
    await expect(chargeButton).toHaveText('Enter an amount')
    await expect(chargeButton).toBeDisabled()

    await chargeButton.click({ force: true })
    await page.keyboard.press('Enter')
    await counter.settleIpc()
    expect(counter.ipcCalls).not.toContain('charge')
    expect(createLinkRequests(demoSecPaid)).toEqual([])
    await expect(page.getByTestId('qr-screen')).toBeHidden()
  })

  test('one cent above the €5,000.00 maximum names the maximum; the maximum itself can be charged', async ({
    counter
  }) => {
    const { page, demoSecPaid } = counter
    const chargeButton = page.getByTestId('charge-button')
    await tapKeys(page, ['5', '0', '0', '0', '0', '1'])
    await expect(page.getByTestId('amount-display')).toHaveText('€5,000.01')
    await expect(chargeButton).toHaveText('Maximum is €5,000.00')
    await expect(chargeButton).toBeDisabled()

    await chargeButton.click({ force: true })
    await page.keyboard.press('Enter')
    await counter.settleIpc()
    expect(counter.ipcCalls).not.toContain('charge')
    expect(createLinkRequests(demoSecPaid)).toEqual([])
    await expect(page.getByTestId('qr-screen')).toBeHidden()

    await tapKeys(page, ['backspace', '0'])
    await expect(chargeButton).toHaveText('Charge €5,000.00')
    await expect(chargeButton).toBeEnabled()
  })
})
