import { expect, test } from './counter-fixture'
import { tapKeys } from './counter-helpers'
import { LANGUAGES, SCREEN_SIZES, sizeName, useLanguage } from './screen-sizes'
import { touchProblems } from './touch-targets'

const NO_PROBLEMS = { tooSmall: [], tooClose: [] }

// One page per size; the language switches in place, as the owner switches it in Settings.
for (const size of SCREEN_SIZES) {
  test(`every touch target on the main screens is big enough and 8 px from the next at ${sizeName(size)}, in English and German`, async ({
    counter
  }) => {
    const { page } = counter
    const folded = size.width < 900
    await page.setViewportSize(size)
    // A waiting link, so the pending list has a row with its cancel button.
    await tapKeys(page, ['3', '5', '0'])
    await page.getByTestId('note-input').fill('table 4')
    await page.getByTestId('charge-button').click()
    await expect(page.getByTestId('qr-screen')).toBeVisible()

    for (const language of LANGUAGES) {
      await useLanguage(counter, language)
      const at = `${sizeName(size)} ${language}`
      expect.soft(await touchProblems(page), `QR screen ${at}`).toEqual(NO_PROBLEMS)

      await page.keyboard.press('Escape')
      await expect(page.getByTestId('keypad')).toBeFocused()
      await tapKeys(page, ['1'])
      expect.soft(await touchProblems(page), `counter ${at}`).toEqual(NO_PROBLEMS)
      await page.getByTestId('help-button').click()
      await expect(page.getByTestId('offline-help')).toBeVisible()
      expect.soft(await touchProblems(page), `help ${at}`).toEqual(NO_PROBLEMS)
      await page.keyboard.press('Escape')
      await expect(page.getByTestId('offline-help')).toHaveCount(0)
      if (folded) await page.getByTestId('pending-toggle').click()
      await expect(page.getByTestId('pending-items').locator('[data-testid^="pending-item-"]')).toHaveCount(1)
      expect.soft(await touchProblems(page), `pending list ${at}`).toEqual(NO_PROBLEMS)
      if (folded) await page.getByTestId('pending-toggle').click()

      await page.getByTestId('settings-button').click()
      await expect(page.getByTestId('settings-screen')).toBeVisible()
      expect.soft(await touchProblems(page), `settings ${at}`).toEqual(NO_PROBLEMS)
      await page.getByTestId('settings-close').click()

      if (folded) await page.getByTestId('pending-toggle').click()
      await page.getByTestId('pending-items').locator('[data-testid^="pending-item-"]').first().click()
      await expect(page.getByTestId('qr-screen')).toBeVisible()
    }
    await page.getByTestId('simulate-payment').click()
    await expect(page.getByTestId('paid-screen')).toBeVisible()
    for (const language of LANGUAGES) {
      await useLanguage(counter, language)
      expect.soft(await touchProblems(page), `Paid screen ${sizeName(size)} ${language}`).toEqual(NO_PROBLEMS)
    }
  })
}
