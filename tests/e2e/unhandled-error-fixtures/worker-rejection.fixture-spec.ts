import { test } from '../counter-fixture'

test('a test that leaves a rejection unhandled in the worker', async ({ page }) => {
  await page.setContent('<p>counter</p>')
  void Promise.reject(new Error('rejected in the worker'))
  await new Promise((resolve) => setTimeout(resolve, 50))
})
