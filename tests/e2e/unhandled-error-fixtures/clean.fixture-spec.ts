import { expect, test } from '../counter-fixture'

test('a page with nothing unhandled', async ({ page }) => {
  await page.setContent('<p>counter</p>')
  await expect(page.locator('p')).toHaveText('counter')
})
