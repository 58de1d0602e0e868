import { expect, test } from './counter-fixture'
import { tapKeys } from './counter-helpers'
import { touchProblems } from './touch-targets'

const NO_PROBLEMS = { tooSmall: [], tooClose: [] }

test('every touch target on the main screens is big enough and 8 px from the next, at 1024×600 and in portrait', async ({
  counter
}) => {
  const { page } = counter
  // A waiting link, so the pending list has a row with its cancel button.
  await tapKeys(page, ['3', '5', '0'])
  await page.getByTestId('note-input').fill('table 4')
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()

  for (const size of [
    { width: 1024, height: 600 },
    { width: 800, height: 1280 }
  ]) {
    await page.setViewportSize(size)
    const at = `${size.width}×${size.height}`
    expect.soft(await touchProblems(page), `QR screen ${at}`).toEqual(NO_PROBLEMS)

    await page.keyboard.press('Escape')
    await expect(page.getByTestId('keypad')).toBeFocused()
    await tapKeys(page, ['1'])
    expect.soft(await touchProblems(page), `counter ${at}`).toEqual(NO_PROBLEMS)
    if (size.width < 900) await page.getByTestId('pending-toggle').click()
    await expect(page.getByTestId('pending-items').locator('[data-testid^="pending-item-"]')).toHaveCount(1)
    expect.soft(await touchProblems(page), `pending list ${at}`).toEqual(NO_PROBLEMS)
    if (size.width < 900) await page.getByTestId('pending-toggle').click()

    await page.getByTestId('settings-button').click()
    await expect(page.getByTestId('settings-screen')).toBeVisible()
    expect.soft(await touchProblems(page), `settings ${at}`).toEqual(NO_PROBLEMS)
    await page.getByTestId('settings-close').click()

    if (size.width < 900) await page.getByTestId('pending-toggle').click()
    await page.getByTestId('pending-items').locator('[data-testid^="pending-item-"]').first().click()
    await expect(page.getByTestId('qr-screen')).toBeVisible()
  }
  await page.getByTestId('simulate-payment').click()
  await expect(page.getByTestId('paid-screen')).toBeVisible()
  expect.soft(await touchProblems(page), 'Paid screen').toEqual(NO_PROBLEMS)
})
