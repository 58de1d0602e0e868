import { readFileSync } from 'node:fs'

import { expect, test } from './counter-fixture'
import { plainSpaces, tapKeys } from './counter-helpers'

test('device name, decimal entry and German, each saved on its own, survive a reload and are in the settings file', async ({
  counter
}) => {
  const { page } = counter

  await page.getByTestId('settings-button').click()
  await page.getByTestId('settings-section-counter').click()
  await page.getByTestId('settings-device-name').fill('till-7')
  // Typing saves once it pauses, or when the field is left, as here.
  await page.getByTestId('settings-entry-mode-decimal').click()
  await expect(page.getByTestId('settings-device-name-status')).toHaveText('Saved')
  await expect(page.getByTestId('settings-entry-mode-status')).toHaveText('Saved')
  await page.getByTestId('settings-language-de').click()
  await expect(page.getByTestId('settings-language-status')).toHaveText('Gespeichert')

  await counter.reload()

  await page.getByTestId('settings-button').click()
  await page.getByTestId('settings-section-counter').click()
  await expect(page.getByTestId('settings-device-name')).toHaveValue('till-7')
  await expect(page.getByTestId('settings-entry-mode-decimal')).toBeChecked()
  await expect(page.getByTestId('settings-language-de')).toBeChecked()
  await page.getByTestId('settings-close').click()

  // Decimal entry: 1, 2, comma, 3, 4 is twelve euros thirty-four, written the German way.
  await tapKeys(page, ['1', '2', 'decimal', '3', '4'])
  await expect(page.getByTestId('key-decimal')).toHaveText(',')
  await expect.poll(async () => plainSpaces(await page.getByTestId('amount-display').innerText())).toBe('12,34 €')
  await expect
    .poll(async () => plainSpaces(await page.getByTestId('charge-button').innerText()))
    .toBe('12,34 € kassieren')

  const stored = JSON.parse(readFileSync(counter.settingsFile, 'utf8')) as Record<string, unknown>
  expect(stored).toMatchObject({ deviceName: 'till-7', entryMode: 'decimal', language: 'de' })
})
