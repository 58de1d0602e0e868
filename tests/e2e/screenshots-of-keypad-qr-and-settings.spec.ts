import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { PNG } from 'pngjs'
import type { Page } from '@playwright/test'
import { expect, test } from './counter-fixture'
import { tapKeys } from './counter-helpers'

/** Full-window screenshots for people to look at, in test-output/screenshots/ (gitignored). */
async function saveScreenshot(page: Page, name: string): Promise<void> {
  const configFile = test.info().config.configFile
  const projectRoot = configFile === undefined ? process.cwd() : join(dirname(configFile), '../..')
  const folder = join(projectRoot, 'test-output/screenshots')
  mkdirSync(folder, { recursive: true })
  const path = join(folder, `${name}.png`)
  await page.screenshot({ path, animations: 'disabled' })
  const png = PNG.sync.read(readFileSync(path))
  expect([png.width, png.height]).toEqual([1280, 800])
}

test('screenshots of the keypad, the QR screen and the settings are saved for review', async ({ counter }) => {
  const { page } = counter

  await tapKeys(page, ['1', '9', '9', '0'])
  await page.getByTestId('note-input').fill('table 4')
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-image')).toBeVisible()
  await saveScreenshot(page, 'qr-screen')

  await page.getByTestId('back-to-keypad').click()
  await expect(page.getByTestId('pending-list').locator('[data-testid^="pending-item-"]')).toHaveCount(1)
  await tapKeys(page, ['1', '2', '3', '4'])
  await expect(page.getByTestId('amount-display')).toHaveText('€12.34')
  await saveScreenshot(page, 'keypad')

  await page.getByTestId('settings-button').click()
  await expect(page.getByTestId('settings-screen')).toBeVisible()
  await saveScreenshot(page, 'settings')
})
