import { expect, test } from './counter-fixture'
import { tapKeys } from './counter-helpers'
import { type Box, boxesOf, LANGUAGES, outsideViewport, SCREEN_SIZES, sizeName, useLanguage } from './screen-sizes'

const KEYPAD_AND_CHARGE = '[data-testid^="key-"], [data-testid="charge-button"], [data-testid="amount-display"]'

const tooSmall = (boxes: Box[], min: number) =>
  boxes
    .filter((box) => box.name !== 'amount-display')
    .filter((box) => box.right - box.left < min - 0.5 || box.bottom - box.top < min - 0.5)
    .map((box) => `${box.name} is ${Math.round(box.right - box.left)}×${Math.round(box.bottom - box.top)}`)

test('keypad and Charge are fully in view at every size, in both languages, with the Demo banner and an uncertain sale', async ({
  counter
}) => {
  const { page, demoSecPaid } = counter
  await expect(page.getByTestId('demo-banner')).toBeVisible()

  const check = async (situation: string) => {
    for (const language of LANGUAGES) {
      await useLanguage(counter, language)
      for (const size of SCREEN_SIZES) {
        await page.setViewportSize(size)
        const label = `${situation}, ${language}, ${sizeName(size)}`
        const boxes = await boxesOf(page, KEYPAD_AND_CHARGE)
        // 10 digits, 00, + (a line), ⌫, C, Charge, the amount.
        expect(boxes.length, label).toBe(16)
        expect(outsideViewport(boxes, size), label).toEqual([])
        expect(tooSmall(boxes, 64), label).toEqual([])
        // Nothing of the page itself scrolls: what is out of view could not be reached without finding the scrollbar.
        const pageScrolls = await page.evaluate(
          () =>
            document.documentElement.scrollHeight > window.innerHeight + 1 ||
            document.body.scrollHeight > window.innerHeight + 1
        )
        expect(pageScrolls, label).toBe(false)
      }
    }
  }

  await tapKeys(page, ['4', '2', '0', '0'])
  await check('Demo')

  // The answer to the charge is lost, and so are the look-up and the list refresh that follow: the sale is uncertain.
  demoSecPaid.injectFaults('resetAfterProcessing', 1, 'createLink')
  demoSecPaid.injectFaults('connectionReset', 2, 'getMyUnusedLinks')
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('uncertain-sale')).toBeVisible()
  await check('Demo with an uncertain sale')
  await expect(page.getByTestId('uncertain-sale')).toBeVisible()
})
