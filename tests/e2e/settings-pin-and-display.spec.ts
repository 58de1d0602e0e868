import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

import type { Page } from '@playwright/test'

import { expect, test } from './counter-fixture'

/** For people to look at, beside the other screenshots in test-output/screenshots/ (gitignored). */
async function saveScreenshot(page: Page, name: string): Promise<void> {
  const configFile = test.info().config.configFile
  const projectRoot = configFile === undefined ? process.cwd() : join(dirname(configFile), '../..')
  const folder = join(projectRoot, 'test-output/screenshots')
  mkdirSync(folder, { recursive: true })
  await page.screenshot({ path: join(folder, `${name}.png`), animations: 'disabled' })
}

test('a PIN set in settings guards them next time; the customer window shows a pairing code that pairs', async ({
  counter
}) => {
  const { page, backend } = counter

  // No PIN yet: settings open at once. Set one, typed twice.
  await page.getByTestId('settings-button').click()
  await expect(page.getByTestId('settings-screen')).toBeVisible()
  await page.getByTestId('settings-section-security').click()
  await page.getByTestId('settings-pin-new').fill('2468')
  await page.getByTestId('settings-pin-repeat').fill('2468')
  await page.getByTestId('settings-pin-save').click()
  await expect(page.getByTestId('settings-pin-message')).toHaveText('The PIN was saved.')
  await expect(page.getByTestId('settings-pin-status')).toHaveText('A PIN protects the settings')

  // Closing locks them: reopening asks for the PIN and shows nothing of the settings before it is right.
  await page.getByTestId('settings-close').click()
  await expect(page.getByTestId('charge-button')).toBeVisible()
  await page.getByTestId('settings-button').click()
  await expect(page.getByTestId('pin-dialog')).toBeVisible()
  await expect(page.getByTestId('settings-screen')).toBeHidden()
  await saveScreenshot(page, 'settings-pin-dialog')

  await page.getByTestId('pin-input').fill('1357')
  await page.getByTestId('pin-submit').click()
  await expect(page.getByTestId('pin-error')).toHaveText('Wrong PIN. Please try again.')
  await expect(page.getByTestId('settings-screen')).toBeHidden()

  for (const digit of ['2', '4', '6', '8']) await page.getByTestId(`pin-key-${digit}`).click()
  await page.getByTestId('pin-submit').click()
  await expect(page.getByTestId('settings-screen')).toBeVisible()
  await expect(page.getByTestId('pin-dialog')).toBeHidden()

  // The unlock lets owner calls through: switch the customer window on.
  await page.getByTestId('settings-section-display').click()
  await page.getByTestId('settings-customer-window').click()
  await expect(page.getByTestId('settings-customer-window-status')).toHaveText('Saved')
  await expect(page.getByTestId('settings-customer-window')).toBeChecked()
  const pairingCode = page.getByTestId('pairing-code')
  await expect(pairingCode).toHaveText(/^\d{6}$/)
  await pairingCode.scrollIntoViewIfNeeded()
  await saveScreenshot(page, 'settings-customer-display')

  // The code on screen is the one the display server pairs with: traded once for a token, the token shows the view.
  const windowUrl = backend.customerDisplay.windowUrl()
  expect(windowUrl).not.toBeNull()
  const pairWith = (code: string) =>
    fetch(new URL('pair', windowUrl ?? '').href, { method: 'POST', headers: { 'x-pairing-code': code } })
  const stateWith = (token: string) =>
    fetch(new URL('state', windowUrl ?? '').href, { headers: { 'x-display-token': token } })
  const pairing = await pairWith((await pairingCode.textContent()) ?? '')
  expect(pairing.status).toBe(200)
  const { token } = (await pairing.json()) as { token: string }
  const paired = await stateWith(token)
  expect(paired.status).toBe(200)
  expect(await paired.json()).toMatchObject({ screen: 'idle' })

  // A new code takes over at once: the display paired with the old one, and the old code, are refused.
  const oldCode = (await pairingCode.textContent()) ?? ''
  await page.getByTestId('new-pairing-code').click()
  await expect(pairingCode).not.toHaveText(oldCode)
  await expect(pairingCode).toHaveText(/^\d{6}$/)
  expect((await stateWith(token)).status).toBe(401)
  const stale = await pairWith(oldCode)
  expect(stale.status).toBe(401)
})
