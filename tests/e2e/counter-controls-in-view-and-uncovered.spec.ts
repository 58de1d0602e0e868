import type { Page } from '@playwright/test'

import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { createSecPaidClient } from '../../src-main/secpaid/client'
import { expect, test } from './counter-fixture'
import { tapKeys } from './counter-helpers'
import { LANGUAGES, saveScreenshot, SCREEN_SIZES, sizeName, useLanguage } from './screen-sizes'

/** A product name as long as German makes them, at the 30 characters Settings allow. */
const LONG_PRODUCT_NAME = 'Schwarzwälder Kirschtorte groß'

/** What the cashier must be able to press without scrolling, whatever else the screen holds. */
const ALWAYS_IN_VIEW = ['note-input', 'resolve-sale', 'charge-button', 'settings-button', 'pending-search']

/**
 * Every visible control of the page, and what is wrong with it: a box not wholly inside the viewport, or another
 * element on top at its centre (`elementFromPoint`), so a tap would miss it. A control inside a box that scrolls
 * (the pending links, the sale's lines, the side column's upper part) is measured only while it lies within that
 * box's visible part: the rest is reached by scrolling, except the controls of `ALWAYS_IN_VIEW`.
 */
async function unreachableControls(page: Page, alsoInView: readonly string[] = []): Promise<string[]> {
  return page.evaluate(
    (alwaysInView) => {
      /** The boxes that scroll around `element`, and the first box that clips it without scrolling, if any. */
      const containersOf = (element: Element) => {
        const scrollers: DOMRect[] = []
        let clipper: Element | null = null
        for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
          const { overflowX, overflowY } = getComputedStyle(parent)
          const scrollable = (overflow: string) => overflow === 'auto' || overflow === 'scroll'
          const scrolls =
            (scrollable(overflowY) && parent.scrollHeight > parent.clientHeight + 1) ||
            (scrollable(overflowX) && parent.scrollWidth > parent.clientWidth + 1)
          if (scrolls) scrollers.push(parent.getBoundingClientRect())
          else if (clipper === null && (overflowX !== 'visible' || overflowY !== 'visible')) clipper = parent
        }
        return { scrollers, clipper }
      }
      // Controls, and the top bar's "Today" heading, which the buttons beside it once covered.
      const controls = [
        ...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], .today-summary-title')
      ]
      const problems: string[] = []
      for (const control of controls) {
        // A screen kept laid out under another (the keypad under the QR) is inert: nobody can press it.
        if (control.closest('[inert]') !== null) continue
        const style = getComputedStyle(control)
        if (style.visibility === 'hidden' || style.display === 'none') continue
        const box = control.getBoundingClientRect()
        if (box.width === 0 && box.height === 0) continue
        const testId = control.getAttribute('data-testid')
        const name =
          testId ??
          `${control.tagName.toLowerCase()} "${(control.textContent ?? control.getAttribute('aria-label') ?? '').trim()}"`
        const where = `${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`
        const { scrollers, clipper } = containersOf(control)
        const scrolledTo = (port: DOMRect) =>
          box.top >= port.top - 0.5 &&
          box.bottom <= port.bottom + 0.5 &&
          box.left >= port.left - 0.5 &&
          box.right <= port.right + 0.5
        if (!scrollers.every(scrolledTo)) {
          if (testId !== null && alwaysInView.includes(testId)) problems.push(`${name} scrolled out of view (${where})`)
          continue
        }
        if (clipper !== null) {
          const clip = clipper.getBoundingClientRect()
          const inside =
            box.left >= clip.left - 0.5 &&
            box.right <= clip.right + 0.5 &&
            box.top >= clip.top - 0.5 &&
            box.bottom <= clip.bottom + 0.5
          if (!inside) problems.push(`${name} clipped by ${clipper.className} (${where})`)
        }
        if (box.left < -0.5 || box.top < -0.5 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5) {
          problems.push(`${name} outside the window at ${where}`)
          continue
        }
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        // A label's own parts (text, icon) or the label wrapping an input count as the control itself.
        if (hit === null || !(control.contains(hit) || (hit.contains(control) && hit.tagName === 'LABEL'))) {
          const by = hit === null ? 'nothing' : (hit.getAttribute('data-testid') ?? hit.className ?? hit.tagName)
          problems.push(`${name} covered at its centre by ${String(by)} (${where})`)
        }
      }
      return problems
    },
    [...ALWAYS_IN_VIEW, ...alsoInView]
  )
}

test('with ten lines, a tip, a note, 58 links waiting and an uncertain sale, every control is in view and uncovered', async ({
  counter
}) => {
  test.setTimeout(240_000)
  const { page, demoSecPaid } = counter
  expect(
    await dispatchCounterCall(counter.backend.handlers, 'updateSettings', {
      tips: { enabled: true, percentPresets: [5, 10, 15], roundUp: true },
      products: [
        { id: 'cake', name: LONG_PRODUCT_NAME, priceCents: 450, colour: '' },
        { id: 'coffee', name: 'Kaffee', priceCents: 320, colour: '' }
      ]
    })
  ).toMatchObject({ ok: true })

  // Links other tills (or earlier sales) left waiting, made at the Demo SecPaid directly.
  const client = createSecPaidClient({ baseUrl: demoSecPaid.baseUrl, getApiKey: () => 'demo-key', fetch })
  for (let index = 0; index < 58; index += 1) {
    const made = await client.createLink({ amountCents: 150 + index, recipientNote: `POS-other-${index}` })
    expect(made.ok).toBe(true)
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  // Main answers ⟳ from a list under 2 s old, which may predate the links just made: press again until they show.
  await expect(async () => {
    await page.getByTestId('pending-refresh').click()
    await expect(page.getByTestId('pending-count')).toHaveText('(58)', { timeout: 1_000 })
  }).toPass({ timeout: 15_000 })

  // Two lines from quick keys, one with a long German name, and eight typed amounts.
  await page.getByTestId('quick-key-cake').click()
  await page.getByTestId('quick-key-coffee').click()
  for (let line = 1; line <= 8; line += 1) {
    await tapKeys(page, [String(line % 10 || 1), '5', '0'])
    await page.getByTestId('key-add').click()
  }
  await page.getByTestId('note-input').fill('Tisch 12 – Geburtstagsgesellschaft')
  await page.getByRole('radio').nth(2).click()

  const problems: string[] = []
  const check = async (situation: string) => {
    for (const language of LANGUAGES) {
      await useLanguage(counter, language)
      for (const size of SCREEN_SIZES) {
        await page.setViewportSize(size)
        await page.getByTestId('keypad-extras').evaluate((extras) => extras.scrollTo(0, 0))
        if (situation === 'uncertain') await expect(page.getByTestId('uncertain-sale'), sizeName(size)).toBeVisible()
        await saveScreenshot(page, 'controls', `${situation}-${sizeName(size)}-${language}`)
        // Without an uncertain sale, on a landscape screen 1000 px high or more, the tip and "Round up" fit beside the
        // keypad too; lower, with quick keys, ten lines and a note, they are scrolled to within the side's upper part.
        const tipsInView =
          situation === 'sale' && size.width > size.height && size.height >= 1000 ? ['tip-none', 'tip-round-up'] : []
        for (const problem of await unreachableControls(page, tipsInView)) {
          problems.push(`${situation}, ${language}, ${sizeName(size)}: ${problem}`)
        }
      }
    }
  }
  await check('sale')

  // The answer to the charge is lost, and so are the look-up and the list refresh that follow: the sale is uncertain.
  demoSecPaid.injectFaults('resetAfterProcessing', 1, 'createLink')
  demoSecPaid.injectFaults('connectionReset', 2, 'getMyUnusedLinks')
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('uncertain-sale')).toBeVisible()
  // SecPaid stays out of reach while the screen is measured, so the sale stays uncertain.
  demoSecPaid.injectFaults('connectionReset', 10_000)
  await check('uncertain')
  await expect(page.getByTestId('uncertain-sale')).toBeVisible()
  expect(problems).toEqual([])
})

test('QR, Paid, the keypad after a sale, History, Day close and Settings: every control in view and uncovered at the five sizes, de and en', async ({
  counter
}) => {
  test.setTimeout(240_000)
  const { page } = counter
  expect(
    await dispatchCounterCall(counter.backend.handlers, 'updateSettings', { paidScreenSeconds: 60 })
  ).toMatchObject({ ok: true })
  const problems: string[] = []
  const check = async (screen: string, language: string) => {
    for (const size of SCREEN_SIZES) {
      await page.setViewportSize(size)
      for (const problem of await unreachableControls(page))
        problems.push(`${screen}, ${language}, ${sizeName(size)}: ${problem}`)
    }
    await page.setViewportSize({ width: 1280, height: 800 })
  }

  for (const language of LANGUAGES) {
    await useLanguage(counter, language)
    await page.setViewportSize({ width: 1280, height: 800 })
    await tapKeys(page, ['1', '9', '9', '0'])
    await page.getByTestId('note-input').fill('Tisch 4')
    await page.getByTestId('charge-button').click()
    await expect(page.getByTestId('qr-image')).toBeVisible()
    await check('qr', language)
    await page.getByTestId('simulate-payment').click()
    await expect(page.getByTestId('paid-screen')).toBeVisible()
    await check('paid', language)
    await page.keyboard.press('Escape')
    // Today's summary now has figures to show beside the buttons.
    await expect(page.getByTestId('today-summary-paid')).toBeVisible()
    await check('keypad', language)

    await page.getByTestId('nav-history').click()
    await expect(page.locator('[data-testid^="history-sale-"]')).not.toHaveCount(0)
    await check('history', language)
    await page.getByTestId('history-screen').getByRole('button').first().click()
    await page.getByTestId('nav-day-close').click()
    await expect(page.getByTestId('day-close-report')).toBeVisible()
    await check('day-close', language)
    await page.getByTestId('day-close-screen').getByRole('button').first().click()

    await page.getByTestId('settings-button').click()
    for (const section of ['connection', 'counter', 'paid', 'links', 'display', 'security', 'books', 'about']) {
      await page.getByTestId(`settings-section-${section}`).click()
      await check(`settings-${section}`, language)
    }
    await page.getByTestId('settings-close').click()
    await expect(page.getByTestId('keypad')).toBeFocused()
  }
  expect(problems).toEqual([])
})
