import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { journalText } from '../support/journal-rows'
import { offsetClock } from '../support/offset-clock'
import { expect, test } from './counter-fixture'
import { journaledSales, newestLink, tapKeys } from './counter-helpers'

const PRODUCTS = [
  { id: 'coffee', name: 'Coffee', priceCents: 250, colour: '' },
  { id: 'cake', name: 'Schwarzwälderkirschtortenstück', priceCents: 320, colour: '' }
]
const MINUTE = 60_000

const SIZES = [
  { width: 1024, height: 600, language: 'en', parked: 'Parked (2)' },
  { width: 1920, height: 1080, language: 'de', parked: 'Geparkt (2)' }
] as const

/** Axe's serious and critical findings on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))
}

/** The control is whole inside the window. */
async function expectInWindow(page: Page, testId: string, size: { width: number; height: number }) {
  const box = await page.getByTestId(testId).first().boundingBox()
  expect(box, testId).not.toBeNull()
  expect(box!.x).toBeGreaterThanOrEqual(0)
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.x + box!.width).toBeLessThanOrEqual(size.width)
  expect(box!.y + box!.height).toBeLessThanOrEqual(size.height)
}

for (const size of SIZES) {
  test(`${size.width}×${size.height} ${size.language}: park two sales, restart, resume one, charge it, the customer pays`, async ({
    counter
  }) => {
    test.setTimeout(120_000)
    const { page } = counter
    await page.setViewportSize({ width: size.width, height: size.height })
    const settings = { products: PRODUCTS, language: size.language }
    expect(await dispatchCounterCall(counter.backend.handlers, 'updateSettings', settings)).toMatchObject({ ok: true })

    // Table 4: two lines and a note, parked under its name.
    await page.getByTestId('quick-key-coffee').click()
    await page.getByTestId('quick-key-cake').click()
    await page.getByTestId('note-input').fill('window seat')
    await expect(page.getByTestId('sale-line')).toHaveCount(2)
    await expectInWindow(page, 'park-sale', size)
    await page.getByTestId('park-sale').click()
    await expect(page.getByTestId('park-dialog')).toBeVisible()
    expect(await seriousViolations(page), 'park dialog').toEqual([])
    await page.getByTestId('park-name').fill('Table 4')
    await page.getByTestId('park-confirm').click()
    await expect(page.getByTestId('park-dialog')).toBeHidden()
    await expect(page.getByTestId('sale-line')).toHaveCount(0)
    await expect(page.getByTestId('note-input')).toHaveValue('')

    // The next in the queue: a typed amount, parked under a number.
    await tapKeys(page, ['4', '5', '0'])
    await page.getByTestId('park-sale').click()
    await page.getByTestId('park-confirm').click()
    await expect(page.getByTestId('parked-open')).toHaveText(size.parked)
    expect(counter.demoSecPaid.requestLog().filter((request) => request.endpoint === 'createLink')).toEqual([])
    expect(journaledSales(counter.journalFile), 'nothing parked is in the books').toEqual([])

    // The app stops and starts again: both are still there.
    await counter.restartBackend()
    await counter.backend.reconcile()
    await counter.reload()
    await expect(page.getByTestId('parked-open')).toHaveText(size.parked)
    await page.getByTestId('parked-open').click()
    await expect(page.getByTestId('parked-sale')).toHaveCount(2)
    expect(await seriousViolations(page), 'parked sales list').toEqual([])
    await expectInWindow(page, 'parked-resume', size)
    await page.getByTestId('parked-resume').first().click()

    // Table 4 is back as it was, priced by main; charged, the customer pays it.
    await expect(page.getByTestId('parked-list')).toBeHidden()
    await expect(page.getByTestId('sale-line')).toHaveCount(2)
    await expect(page.getByTestId('note-input')).toHaveValue('window seat')
    await expect(page.getByTestId('parking-notice')).toContainText('Table 4')
    await page.getByTestId('charge-button').click()
    await expect(page.getByTestId('qr-screen')).toBeVisible()
    const link = newestLink(counter.demoSecPaid)
    expect(link.amountCents).toBe(570)
    expect(counter.demoSecPaid.markPaid(link.id)).toBe(true)
    await expect(page.getByTestId('paid-screen')).toBeVisible()
    await page.getByTestId('paid-done').click()
    await expect(page.getByTestId('parked-open')).toHaveText(size.parked.replace('2', '1'))
    expect(journaledSales(counter.journalFile).map((sale) => sale.statuses.at(-1))).toEqual(['paid'])
  })
}

test('1024×600 de: Change, then the app restarts before the new Charge: the lines come back parked, and the new sale names the old', async ({
  counter
}) => {
  test.setTimeout(120_000)
  const { page } = counter
  await page.setViewportSize({ width: 1024, height: 600 })
  const settings = { products: PRODUCTS, language: 'de' }
  expect(await dispatchCounterCall(counter.backend.handlers, 'updateSettings', settings)).toMatchObject({ ok: true })
  await page.getByTestId('quick-key-coffee').click()
  await page.getByTestId('quick-key-cake').click()
  await tapKeys(page, ['1', '0', '5', 'add'])
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  await page.getByTestId('change-sale').click()
  await expect(page.getByTestId('sale-line')).toHaveCount(3)

  await counter.restartBackend()
  await counter.backend.reconcile()
  await counter.reload()
  await expect(page.getByTestId('sale-line')).toHaveCount(0)
  await page.getByTestId('parked-open').click()
  await expect(page.getByTestId('parked-sale')).toContainText('Nach einem Neustart zurück')
  await page.getByTestId('parked-resume').click()
  await expect(page.getByTestId('sale-line')).toHaveCount(3)
  await page.getByTestId('sale-line-remove').nth(2).click()
  await expect(page.getByTestId('sale-line')).toHaveCount(2)
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  const renewed = newestLink(counter.demoSecPaid)
  expect(renewed.amountCents).toBe(570)
  expect(counter.demoSecPaid.links().map((link) => link.id)).toEqual([renewed.id])

  const sales = journaledSales(counter.journalFile)
  expect(sales.map((sale) => sale.statuses.at(-1))).toEqual(['cancelled', 'created'])
  const creatingLines = journalText(counter.journalFile)
    .split('\n')
    .filter((line) => line.includes('"creating"'))
    .map((line) => JSON.parse(line) as { replaces?: string })
  expect(creatingLines.map((line) => line.replaces)).toEqual([undefined, sales[0]!.reference])
})

test.describe('links that do not wait forever', () => {
  const clock = offsetClock()
  test.use({ backendClock: clock })

  for (const size of SIZES) {
    test(`${size.width}×${size.height} ${size.language}: warned a minute ahead, extended, then cancelled at SecPaid; reload keeps the time`, async ({
      counter
    }) => {
      test.setTimeout(120_000)
      const { page } = counter
      await page.setViewportSize({ width: size.width, height: size.height })
      const settings = { language: size.language, linkExpiry: { minutes: 5 } }
      expect(await dispatchCounterCall(counter.backend.handlers, 'updateSettings', settings)).toMatchObject({
        ok: true
      })
      await tapKeys(page, ['4', '5', '0'])
      await page.getByTestId('charge-button').click()
      await expect(page.getByTestId('qr-screen')).toBeVisible()
      const link = newestLink(counter.demoSecPaid)
      await expect(page.getByTestId('link-expiry-warning')).toHaveCount(0)

      // Four and a half minutes on main's clock: a reload asks main, which kept the time.
      clock.skip(4.5 * MINUTE)
      await counter.reload()
      await page.getByTestId(`pending-item-${link.id}`).click()
      await expect(page.getByTestId('qr-screen')).toBeVisible()
      await expect(page.getByTestId('link-expiry-warning')).toBeVisible()
      expect(await seriousViolations(page), 'expiry warning').toEqual([])
      await expectInWindow(page, 'link-expiry-extend', size)
      await page.getByTestId('link-expiry-extend').click()
      await expect(page.getByTestId('link-expiry-warning')).toHaveCount(0)
      clock.skip(2 * MINUTE)
      expect(counter.demoSecPaid.links().map((candidate) => candidate.id)).toContain(link.id)

      // Past the extended time: main cancels the link at SecPaid and the screen says so.
      clock.skip(3.5 * MINUTE)
      await expect(page.getByTestId('link-expired')).toBeVisible()
      await expect.poll(() => counter.demoSecPaid.links().map((candidate) => candidate.id)).not.toContain(link.id)
      expect(journaledSales(counter.journalFile).map((sale) => sale.statuses.at(-1))).toEqual(['cancelled'])
    })
  }

  const CLOSES = [
    { width: 1024, height: 600, language: 'de', pin: '246810', done: 'Storniert: 1' },
    { width: 1920, height: 1080, language: 'en', pin: null, done: 'Cancelled: 1' }
  ] as const
  for (const size of CLOSES) {
    test(`${size.width}×${size.height} ${size.language}: the day close lists links waiting over a day and cancels them all safely${size.pin === null ? '' : ' behind the PIN'}`, async ({
      counter
    }) => {
      test.setTimeout(120_000)
      const { page } = counter
      const { handlers } = counter.backend
      await page.setViewportSize({ width: size.width, height: size.height })
      expect(await dispatchCounterCall(handlers, 'updateSettings', { language: size.language })).toMatchObject({
        ok: true
      })
      if (size.pin !== null) {
        expect(await dispatchCounterCall(handlers, 'setSettingsPin', { pin: size.pin })).toMatchObject({ ok: true })
      }
      await tapKeys(page, ['4', '5', '0'])
      await page.getByTestId('charge-button').click()
      await expect(page.getByTestId('qr-screen')).toBeVisible()
      const old = newestLink(counter.demoSecPaid)
      await page.getByTestId('back-to-keypad').click()
      clock.skip(25 * 60 * MINUTE)

      await page.getByTestId('nav-day-close').click()
      await expect(page.getByTestId('stale-link')).toHaveCount(1)
      expect(await seriousViolations(page), 'day close with stale links').toEqual([])
      await expectInWindow(page, 'stale-cancel-all', size)
      await page.getByTestId('stale-cancel-all').click()
      await expect(page.getByTestId('stale-dialog')).toBeVisible()
      expect(await seriousViolations(page), 'cancel-all dialog').toEqual([])
      if (size.pin !== null) {
        await page.getByTestId('stale-pin').fill('000000')
        await page.getByTestId('stale-confirm').click()
        await expect(page.getByTestId('stale-error')).toBeVisible()
        expect(counter.demoSecPaid.links().map((link) => link.id)).toContain(old.id)
        await page.getByTestId('stale-pin').fill(size.pin)
      }
      await page.getByTestId('stale-confirm').click()
      await expect(page.getByTestId('stale-result')).toContainText(size.done)
      await expect(page.getByTestId('stale-link')).toHaveCount(0)
      expect(counter.demoSecPaid.links().map((link) => link.id)).not.toContain(old.id)
    })
  }
})
