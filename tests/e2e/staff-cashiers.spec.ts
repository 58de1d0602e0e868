import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { en } from '../../src-renderer/src/lib/words/messages/en'
import { type CounterFixture, expect, test } from './counter-fixture'
import { plainSpaces, tapKeys } from './counter-helpers'
import { boxesOf, outsideViewport } from './screen-sizes'

const OWNER_PIN = '864200'
const SMALL = { width: 1024, height: 600 }

/** Serious or critical accessibility violations inside `selector`; none are allowed. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

async function typePin(page: Page, pin: string) {
  await page.getByTestId('pin-input').fill(pin)
  await page.getByTestId('pin-submit').click()
}

async function addCashier(page: Page, name: string, pin: string, permissions: readonly string[]) {
  await page.getByTestId('cashier-name').fill(name)
  await page.getByTestId('cashier-pin').fill(pin)
  for (const permission of permissions) await page.getByTestId(`cashier-may-${permission}`).check()
  await page.getByTestId('cashier-save').click()
  await expect(page.getByTestId('staff-list')).toContainText(name)
}

/** "Switch cashier" on the top bar, the cashier's name on the lock screen, their PIN. */
async function switchTo(page: Page, name: string, pin: string) {
  await page.getByTestId('switch-cashier').click()
  await expect(page.getByTestId('cashier-choice')).toBeVisible()
  await page.getByTestId('cashier-choice').getByRole('button', { name, exact: true }).click()
  await typePin(page, pin)
  await expect(page.getByTestId('pin-dialog')).toBeHidden()
  await expect(page.getByTestId('switch-cashier')).toContainText(name)
}

async function ownerSetUp(counter: CounterFixture) {
  const call = (channel: string, request: unknown) => dispatchCounterCall(counter.backend.handlers, channel, request)
  expect(await call('setSettingsPin', { pin: OWNER_PIN })).toMatchObject({ ok: true })
  expect(
    await call('updateSettings', { products: [{ id: 'coffee', name: 'Coffee', priceCents: 300, colour: '' }] })
  ).toMatchObject({ ok: true })
  await call('lockSettings', {})
  await counter.reload()
}

test('a cashier with limited rights is refused each action with its sentence; the day close goes per cashier', async ({
  counter
}) => {
  const { page } = counter
  await page.setViewportSize(SMALL)
  await ownerSetUp(counter)

  // The owner creates two cashiers in Settings.
  await page.getByTestId('settings-button').click()
  await typePin(page, OWNER_PIN)
  await page.getByTestId('settings-section-staff').click()
  await addCashier(page, 'Ben', '1357', [])
  await addCashier(page, 'Cleo', '2468', ['typedAmount', 'cancel', 'dayClose', 'export'])
  expect(await seriousViolations(page, '[data-testid="settings-staff"]')).toEqual([])
  await page.getByTestId('settings-close').click()

  // Switch cashier: one tap on the top bar, then the lock screen asks who is there.
  await page.getByTestId('switch-cashier').click()
  await expect(page.getByTestId('cashier-choice')).toBeVisible()
  expect(await seriousViolations(page, '[data-testid="pin-dialog"]')).toEqual([])
  expect(outsideViewport(await boxesOf(page, '[data-testid="pin-dialog"] button'), SMALL)).toEqual([])
  await page.getByTestId('cashier-choice').getByRole('button', { name: 'Ben', exact: true }).click()
  await typePin(page, '1357')
  await expect(page.getByTestId('switch-cashier')).toContainText('Ben')

  // Ben sells by quick key; cancelling the waiting sale is refused with its sentence.
  await page.getByTestId('quick-key-coffee').click()
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  await page.getByTestId('cancel-sale').click()
  await page.getByTestId('confirm-cancel').click()
  await expect(page.getByTestId('qr-cashier').getByTestId('error-message')).toHaveText(en.errorNotAllowedCancel)
  await page.getByTestId('simulate-payment').click()
  await page.getByTestId('paid-screen').click()

  // Typed amounts.
  await tapKeys(page, ['5', '0', '0'])
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('error-message').filter({ hasText: en.errorNotAllowedTypedAmount })).toBeVisible()
  await page.getByTestId('key-clear').click()

  // Export of today's sales.
  await page.getByTestId('export-csv').click()
  await expect(page.getByTestId('export-error')).toHaveText(en.errorNotAllowedExport)

  // The day close.
  await page.getByTestId('nav-day-close').click()
  await expect(page.getByTestId('day-close-screen').getByRole('alert')).toHaveText(en.errorNotAllowedDayClose)
  await page.getByTestId('day-close-screen').getByRole('button', { name: en.booksBack }).click()

  // Reprint and refund from History.
  await page.getByTestId('nav-history').click()
  await page.locator('[data-testid^="history-sale-"]').first().click()
  await page.getByTestId('sale-print-receipt').click()
  await expect(page.getByTestId('sale-print-error')).toHaveText(en.errorNotAllowedReprint)
  await page.getByTestId('sale-refund-button').click()
  await page.getByTestId('refund-pin').fill('1357')
  await page.getByTestId('refund-confirm').click()
  await expect(page.getByTestId('refund-error')).toContainText(en.errorNotAllowedRefund)
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: en.booksBack }).first().click()

  // Settings, with Ben's own PIN.
  await page.getByTestId('settings-button').click()
  await typePin(page, '1357')
  await expect(page.getByTestId('pin-error')).toHaveText(en.errorNotAllowedSettings)
  await page.getByTestId('pin-cancel').click()

  // Cleo may type amounts: a 5,00 € sale, paid.
  await switchTo(page, 'Cleo', '2468')
  await tapKeys(page, ['5', '0', '0'])
  await page.getByTestId('charge-button').click()
  await page.getByTestId('simulate-payment').click()
  await page.getByTestId('paid-screen').click()

  // The day close per cashier, as Cleo may see it.
  await page.getByTestId('nav-day-close').click()
  const table = page.getByTestId('day-close-cashiers')
  await expect(table).toBeVisible()
  const cellsOf = async (name: string) =>
    (await table.getByRole('row').filter({ hasText: name }).locator('th, td').allTextContents()).map(plainSpaces)
  expect(await cellsOf('Ben')).toEqual(['Ben', '1', '€3.00', '€0.00', '0 · €0.00'])
  expect(await cellsOf('Cleo')).toEqual(['Cleo', '1', '€5.00', '€0.00', '0 · €0.00'])
  expect(await seriousViolations(page, '[data-testid="day-close-cashiers"]')).toEqual([])
})
