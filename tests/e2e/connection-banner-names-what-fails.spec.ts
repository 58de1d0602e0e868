import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { expect, test } from './counter-fixture'
import { switchToProduction, tapKeys } from './counter-helpers'
import { boxesOf, outsideViewport, saveScreenshot, sizeName, useLanguage } from './screen-sizes'

const FIT_SIZES = [
  { width: 1024, height: 600 },
  { width: 1920, height: 1080 }
] as const

/** SecPaid's last good answer, as the banner says it: to the minute. */
const LAST_ANSWER_EN = /Last answer \d{2}:\d{2}\.$/

/** Test connection in Settings: one request to SecPaid at the list's priority, its answer seen by main. */
async function testConnection(page: Page): Promise<void> {
  await page.getByTestId('settings-button').click()
  await page.getByTestId('test-connection').click()
  await expect(page.getByTestId('test-connection-result')).toBeVisible()
  await page.getByTestId('settings-close').click()
  await expect(page.getByTestId('amount-display')).toBeVisible()
}

/** Axe's serious and critical findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))
}

/** The control's centre hits the control itself: nothing covers it. */
async function uncovered(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((element) => {
    const box = element.getBoundingClientRect()
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return hit !== null && element.contains(hit)
  })
}

test('the banner names what fails – SecPaid unreachable, a server error, the rate limit, a refused key – with the last answer', async ({
  counter
}) => {
  test.setTimeout(120_000)
  const { page, secpaid } = counter
  await switchToProduction(page)
  await testConnection(page)
  await expect(page.getByTestId('connection-banner')).toHaveCount(0)

  // SecPaid's port closed: refused, offline; the outage's own sentence and what fails.
  await counter.stopSecPaid()
  await tapKeys(page, ['4', '5', '0'])
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('offline-banner')).toHaveText(
    /^SecPaid cannot be reached, so no payment link was created\./
  )
  await expect(page.getByTestId('connection-problem')).toHaveText(
    /^SecPaid cannot be reached: the connection was refused\. Last answer \d{2}:\d{2}\.$/
  )
  await expect(page.getByRole('alert')).toHaveCount(1)

  // The banner fits at the smallest and the largest landscape size, and the top bar's "?" is not covered.
  for (const size of FIT_SIZES) {
    await page.setViewportSize(size)
    await saveScreenshot(page, 'connection', `banner-unreachable-${sizeName(size)}-en`)
    expect(outsideViewport(await boxesOf(page, '[data-testid="connection-banner"]'), size)).toEqual([])
    expect(await uncovered(page, 'help-button'), sizeName(size)).toBe(true)
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  expect(await seriousViolations(page)).toEqual([])
  // The keypad keeps its Charge in view under the banner.
  for (const size of FIT_SIZES) {
    await page.setViewportSize(size)
    expect(outsideViewport(await boxesOf(page, '[data-testid="charge-button"]'), size), sizeName(size)).toEqual([])
  }
  await page.setViewportSize({ width: 1280, height: 800 })

  await counter.startSecPaid()
  await testConnection(page)
  await expect(page.getByTestId('connection-banner')).toHaveCount(0)

  counter.secpaid.injectFaults('http500', 1, 'getMyUnusedLinks')
  await testConnection(page)
  await expect(page.getByTestId('connection-problem')).toHaveText(/^SecPaid has a server error \(HTTP 500\)\. /)
  await expect(page.getByTestId('connection-problem')).toHaveText(LAST_ANSWER_EN)
  await expect(page.getByTestId('offline-banner')).toHaveCount(0)

  // German, the same fault.
  await useLanguage(counter, 'de')
  await expect(page.getByTestId('connection-problem')).toHaveText(
    /^SecPaid hat einen Serverfehler \(HTTP 500\)\. Letzte Antwort \d{2}:\d{2}\.$/
  )
  await useLanguage(counter, 'en')

  // A 429 that names its wait: the time of the next try, to the second.
  counter.secpaid.injectFaults('http429RetryAfter', 2, 'getMyUnusedLinks')
  await page.getByTestId('settings-button').click()
  await page.getByTestId('test-connection').click()
  await expect(page.getByTestId('connection-problem')).toHaveText(
    /^SecPaid’s rate limit: too many requests on this key\. Next try at \d{2}:\d{2}:\d{2}\. Last answer \d{2}:\d{2}\.$/
  )
  await expect(page.getByTestId('test-connection-result')).toBeVisible({ timeout: 30_000 })

  // A key SecPaid does not know: refused (401), though SecPaid was reached.
  await page.getByTestId('api-key-input').fill('sk_live_wrong')
  await page.getByTestId('save-api-key').click()
  await expect(page.getByTestId('api-key-status')).toHaveText('A key is set')
  await page.getByTestId('test-connection').click()
  // The key's budget was halved by the 429s: the request may wait its turn.
  await expect(page.getByTestId('test-connection-result')).toHaveText('The API key was rejected by SecPaid', {
    timeout: 30_000
  })
  await expect(page.getByTestId('connection-problem')).toHaveText(
    /^SecPaid refuses the API key \(HTTP 401\): check the key in Settings\. (No answer from SecPaid since the start|Last answer \d{2}:\d{2})\.$/
  )
  expect(secpaid.requestLog().some((request) => request.status === 401)).toBe(true)
})

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true })

  test('the help opens from the top bar by touch and by keyboard, fits, and Escape closes it', async ({ counter }) => {
    const { page } = counter
    for (const size of FIT_SIZES) {
      await page.setViewportSize(size)
      await page.getByTestId('help-button').tap()
      const help = page.getByRole('dialog', { name: 'When the network goes away' })
      await expect(help).toBeVisible()
      await expect(page.getByTestId('offline-help-close')).toBeFocused()
      await saveScreenshot(page, 'connection', `help-${sizeName(size)}-en`)
      expect(await seriousViolations(page), sizeName(size)).toEqual([])
      expect(outsideViewport(await boxesOf(page, '[data-testid="offline-help"] :is(h2, button)'), size)).toEqual([])
      expect(await uncovered(page, 'offline-help-close')).toBe(true)
      await page.keyboard.press('Escape')
      await expect(help).toHaveCount(0)

      // By keyboard: the button takes the focus and Space presses it (Enter is the keypad's Charge); F1 anywhere.
      await page.getByTestId('help-button').focus()
      await page.keyboard.press('Space')
      await expect(help).toBeVisible()
      await page.keyboard.press('Escape')
      await expect(help).toHaveCount(0)
      await page.keyboard.press('F1')
      await expect(help).toBeVisible()
      await page.getByTestId('offline-help-close').click()
      await expect(help).toHaveCount(0)
    }
  })
})
