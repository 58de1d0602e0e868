import type { Page } from '@playwright/test'

import { expect, test } from './counter-fixture'

const KEY = 'sk_live_valid'

/** Everything the page holds that a person or a script in it could read: markup, field values, storage. */
const everythingThePageHolds = (page: Page) =>
  page.evaluate(() => {
    const fieldValues = [...document.querySelectorAll('input, textarea')].map(
      (field) => (field as HTMLInputElement).value
    )
    const storage = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })
    return [document.documentElement.outerHTML, ...fieldValues, storage, document.cookie].join('\n')
  })

test('the API key typed into settings is gone from the DOM once saved, and never comes back after a reload', async ({
  counter
}) => {
  const { page } = counter
  await page.getByTestId('settings-button').click()
  await page.getByTestId('settings-environment-production').check()
  await page.getByTestId('api-key-input').fill(KEY)
  expect(await everythingThePageHolds(page), 'sanity: the check sees a key that is in a field').toContain(KEY)

  await page.getByTestId('save-api-key').click()
  await expect(page.getByTestId('api-key-status')).toHaveText('A key is set')
  expect(await everythingThePageHolds(page)).not.toContain(KEY)

  await page.getByTestId('test-connection').click()
  await expect(page.getByTestId('test-connection-result')).toBeVisible()
  expect(await everythingThePageHolds(page)).not.toContain(KEY)

  await counter.reload()
  await page.getByTestId('settings-button').click()
  await expect(page.getByTestId('api-key-status')).toHaveText('A key is set')
  await expect(page.getByTestId('api-key-input')).toHaveValue('')
  expect(await everythingThePageHolds(page)).not.toContain(KEY)
})
