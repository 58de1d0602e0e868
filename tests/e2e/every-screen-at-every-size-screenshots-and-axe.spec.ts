import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { expect, test } from './counter-fixture'
import { tapKeys } from './counter-helpers'
import { LANGUAGES, saveScreenshot, SCREEN_SIZES, type ScreenLanguage, sizeName, useLanguage } from './screen-sizes'

const SETTINGS_SECTIONS = [
  'connection',
  'counter',
  'paid',
  'links',
  'display',
  'security',
  'books',
  'products'
] as const

/** A bakery's catalogue: three categories, a long German name, codes, and more keys than fit. */
const CATALOGUE = {
  categories: [
    { id: 'drinks', name: 'Getränke', colour: '#1546c8' },
    { id: 'cake', name: 'Kuchen', colour: '#aa5500' },
    { id: 'snacks', name: 'Snacks', colour: '' }
  ],
  products: Array.from({ length: 45 }, (_, index) => ({
    id: `p${index}`,
    name: index === 0 ? 'Schwarzwälderkirschtortenstück' : `Brezel ${index}`,
    priceCents: 250 + index,
    colour: '',
    categoryId: ['drinks', 'cake', 'snacks'][index % 3] ?? 'snacks',
    code: `B${index}`,
    soldOutOn: ''
  }))
}

/** Axe's serious and critical findings on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))
}

test('every main screen at the five sizes in both languages: screenshots under test-output/, no serious axe finding', async ({
  counter
}) => {
  test.setTimeout(180_000)
  const { page } = counter
  // Paid stays until Escape, long enough for its screenshots.
  expect(
    await dispatchCounterCall(counter.backend.handlers, 'updateSettings', { paidScreenSeconds: 60 })
  ).toMatchObject({ ok: true })
  const findings: string[] = []

  const shoot = async (
    language: ScreenLanguage,
    screen: string,
    sizes: readonly { width: number; height: number }[] = SCREEN_SIZES
  ) => {
    for (const size of sizes) {
      await page.setViewportSize(size)
      await saveScreenshot(page, 'screens', `${screen}-${sizeName(size)}-${language}`)
    }
    // Axe looks at the screen as a laptop shows it, or at the one size the screen exists at.
    await page.setViewportSize(sizes.length === 1 && sizes[0] !== undefined ? sizes[0] : { width: 1280, height: 800 })
    for (const finding of await seriousViolations(page)) findings.push(`${screen} (${language}): ${finding}`)
  }

  for (const language of LANGUAGES) {
    await useLanguage(counter, language)
    await page.setViewportSize({ width: 1280, height: 800 })

    // A sale left waiting, so the pending list has a row.
    await tapKeys(page, ['1', '9', '9', '0'])
    await page.getByTestId('note-input').fill('table 4')
    await page.getByTestId('charge-button').click()
    await expect(page.getByTestId('qr-image')).toBeVisible()
    await shoot(language, 'qr')
    await page.keyboard.press('Escape')

    await tapKeys(page, ['1', '2', '3', '4'])
    await expect(page.getByTestId('pending-items').locator('[data-testid^="pending-item-"]')).not.toHaveCount(0)
    await shoot(language, 'counter')

    // The catalogue on the keypad screen: tabs, a line of it in the sale, then a search's hits.
    expect(await dispatchCounterCall(counter.backend.handlers, 'updateSettings', CATALOGUE)).toMatchObject({ ok: true })
    await page.getByTestId('quick-key-p0').click()
    await shoot(language, 'catalogue')
    await page.keyboard.press('b')
    await page.keyboard.type('rezel 1')
    await shoot(language, 'catalogue-search')
    await page.keyboard.press('Escape')
    await page.getByTestId('sale-clear').click()

    // The help for when the network goes away, over the keypad screen.
    await page.getByTestId('help-button').click()
    await expect(page.getByTestId('offline-help')).toBeVisible()
    await shoot(language, 'help')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('offline-help')).toHaveCount(0)

    // Narrow screens fold the pending links into a sheet: it is a screen of its own there.
    await page.setViewportSize({ width: 800, height: 1280 })
    await page.getByTestId('pending-toggle').click()
    await shoot(language, 'pending-list', [{ width: 800, height: 1280 }])
    await page.getByTestId('pending-toggle').click()
    await page.setViewportSize({ width: 1280, height: 800 })

    await page.getByTestId('charge-button').click()
    await page.getByTestId('simulate-payment').click()
    await expect(page.getByTestId('paid-screen')).toBeVisible()
    await shoot(language, 'paid')
    await page.keyboard.press('Escape')

    // The books: the day's sales (one paid, one waiting) and the day close, at every size too.
    await page.getByTestId('nav-history').click()
    await expect(page.locator('[data-testid^="history-sale-"]')).not.toHaveCount(0)
    await shoot(language, 'history')
    await page.getByTestId('history-screen').getByRole('button').first().click()
    await page.getByTestId('nav-day-close').click()
    await expect(page.getByTestId('day-close-report')).toBeVisible()
    await shoot(language, 'day-close')
    await page.getByTestId('day-close-screen').getByRole('button').first().click()
    await expect(page.getByTestId('keypad')).toBeVisible()

    await page.getByTestId('settings-button').click()
    for (const section of SETTINGS_SECTIONS) {
      await page.getByTestId(`settings-section-${section}`).click()
      await shoot(language, `settings-${section}`)
    }
    await page.getByTestId('settings-close').click()
    await expect(page.getByTestId('keypad')).toBeFocused()
  }

  expect(findings).toEqual([])
})
