import { test } from '../counter-fixture'

test('a page that leaves a rejection unhandled', async ({ page }) => {
  await page.setContent('<p>counter</p>')
  await page.evaluate(() => {
    void Promise.reject(new Error('rejected in the page'))
  })
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)))
})
