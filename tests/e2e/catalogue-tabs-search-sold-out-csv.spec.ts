import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import type { PublicSettings } from '../../src-preload/contract'
import { expect, test } from './counter-fixture'
import { touchProblems } from './touch-targets'

const LONG_NAME = 'Schwarzwälderkirschtortenstück'

/** Three categories, 60 products: more keys than fit, so the grid scrolls. */
function catalogue() {
  const categories = [
    { id: 'drinks', name: 'Getränke', colour: '#1546c8' },
    { id: 'cake', name: 'Kuchen', colour: '#aa5500' },
    { id: 'snacks', name: 'Snacks', colour: '' }
  ]
  const products = [
    { id: 'cap', name: 'Cappuccino', priceCents: 320, colour: '', categoryId: 'drinks', code: 'CAP', soldOutOn: '' },
    { id: 'torte', name: LONG_NAME, priceCents: 450, colour: '', categoryId: 'cake', code: 'SWT', soldOutOn: '' },
    ...Array.from({ length: 58 }, (_, index) => ({
      id: `p${index}`,
      name: `Brezel ${index + 1}`,
      priceCents: 200 + index,
      colour: '',
      categoryId: ['drinks', 'cake', 'snacks'][index % 3] ?? 'snacks',
      code: `B${index + 1}`,
      soldOutOn: ''
    }))
  ]
  return { categories, products }
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))
}

const SIZES = [
  { width: 1024, height: 600, language: 'en', price: '4.50', amount: '€0.50', soldOut: 'Sold out' },
  { width: 1920, height: 1080, language: 'de', price: '4,50', amount: '0,50 €', soldOut: 'Ausverkauft' }
] as const

for (const size of SIZES) {
  test(`${size.width}×${size.height} ${size.language}: category tabs, search by code, name and price, sold out, CSV round trip`, async ({
    counter
  }) => {
    test.setTimeout(120_000)
    const { page, backend } = counter
    await page.setViewportSize({ width: size.width, height: size.height })
    const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)
    expect(await call('updateSettings', { ...catalogue(), language: size.language })).toMatchObject({ ok: true })
    const lines = page.getByTestId('sale-line')

    // Tabs: the owner's categories in order; a key at the end of a category is reached by scrolling its grid.
    await expect(page.getByRole('tab')).toHaveText(['Getränke', 'Kuchen', 'Snacks'])
    await page.getByTestId('catalogue-tab-cake').click()
    await expect(page.getByTestId('catalogue-tab-cake')).toHaveAttribute('aria-selected', 'true')
    await page.getByTestId('quick-key-torte').click()
    await expect(lines).toHaveCount(1)
    await expect(lines.first()).toContainText(LONG_NAME)
    await page.getByTestId('quick-key-p55').click()
    await expect(lines).toHaveCount(2)

    // Search from the physical keyboard: a code in two keystrokes plus Enter, a name, a price after "/".
    await page.keyboard.press('c')
    await expect(page.getByTestId('catalogue-search')).toBeFocused()
    await page.keyboard.type('ap')
    await page.keyboard.press('Enter')
    await expect(lines).toHaveCount(3)
    await expect(lines.nth(2)).toContainText('Cappuccino')
    await page.keyboard.press('b')
    await page.keyboard.type('rezel 12')
    await expect(page.getByTestId('catalogue-grid').getByRole('button').first()).toContainText('Brezel 12')
    await page.keyboard.press('Escape')
    await page.keyboard.press('/')
    await page.keyboard.type(size.price)
    await expect(page.getByTestId('catalogue-grid').getByRole('button').first()).toContainText(LONG_NAME)
    await page.keyboard.press('Escape')
    // The keypad's own keys still type an amount.
    await page.keyboard.press('5')
    await page.keyboard.press('0')
    await expect(page.getByTestId('amount-display')).toHaveText(size.amount)
    await page.keyboard.press('Escape')

    // Big keys, apart: the catalogue's keys, tabs and search as every touch target.
    const touch = await touchProblems(page)
    // Keys scrolled (even partly) out of view of the grid or the column it scrolls in are cut off there: a finger
    // reaches only what shows, inside the scrolling box, so they do not count.
    const clipped = await page.getByTestId('catalogue-grid').evaluate((grid) => {
      const scrollers: Element[] = []
      for (let at: Element | null = grid; at !== null; at = at.parentElement) {
        if (getComputedStyle(at).overflowY !== 'visible') scrollers.push(at)
      }
      return [...grid.querySelectorAll('button')]
        .filter((key) => {
          const box = key.getBoundingClientRect()
          return scrollers.some((scroller) => {
            const view = scroller.getBoundingClientRect()
            return box.top < view.top - 0.5 || box.bottom > view.bottom + 0.5
          })
        })
        .map((key) => key.dataset.testid ?? '')
    })
    const ours = (line: string) =>
      /quick-key|catalogue/.test(line) && !clipped.some((name) => new RegExp(`\\b${name}\\b`).test(line))
    expect(touch.tooSmall.filter(ours)).toEqual([])
    expect(touch.tooClose.filter(ours)).toEqual([])
    expect(await seriousViolations(page)).toEqual([])

    // Sold out: a long press marks it; its key says so, a tap adds nothing, and main refuses to sell it.
    await page.getByTestId('catalogue-tab-drinks').click()
    const cap = page.getByTestId('quick-key-cap')
    await cap.hover()
    await page.mouse.down()
    await page.waitForTimeout(700)
    await page.mouse.up()
    await page.getByTestId('product-sold-out-toggle').click()
    await expect(cap.getByTestId('quick-key-sold-out')).toHaveText(size.soldOut)
    // aria-disabled: the key is there to be read and tapped, and the tap says why nothing is added.
    await cap.click({ force: true })
    await expect(page.getByTestId('catalogue-sold-out-notice')).toBeVisible()
    await expect(lines).toHaveCount(3)
    // The Cappuccino already in the sale: main refuses the sale now, and the counter says why.
    await expect(page.getByTestId('sale-quote-error')).toBeVisible()
    const sale = { lines: [{ kind: 'product', productId: 'cap', quantity: 1 }], tip: { kind: 'none' } }
    expect(await call('charge', { sale })).toEqual({
      ok: false,
      error: { code: 'product_sold_out', productId: 'cap' }
    })
    await page.getByTestId('sale-line-remove').nth(2).click()
    await expect(page.getByTestId('sale-quote-error')).toHaveCount(0)
    await page.getByTestId('sale-clear').click()

    // CSV round trip in Settings: export, change a price in the spreadsheet, import.
    await page.getByTestId('settings-button').click()
    await page.getByTestId('settings-section-products').click()
    await expect(page.getByTestId('catalogue-file')).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByTestId('catalogue-export').click()
    await expect(page.getByTestId('catalogue-file-done')).toBeVisible()
    const exported = readdirSync(counter.savedFolder).find((name) => name.endsWith('.csv'))
    expect(exported).toBeDefined()
    const text = readFileSync(join(counter.savedFolder, exported ?? ''), 'utf8')
    const separator = size.language === 'de' ? ';' : ','
    expect(text.split('\r\n')[0]).toContain(`${separator}`)
    const changed = text.replace(
      `${separator}${size.price}${separator}`,
      `${separator}${size.language === 'de' ? '4,90' : '4.90'}${separator}`
    )
    expect(changed).not.toBe(text)
    writeFileSync(join(counter.savedFolder, 'changed.csv'), changed)
    // A bad row first: nothing is imported, and the line is named.
    writeFileSync(
      join(counter.savedFolder, 'bad.csv'),
      `${changed}${separator}${separator}${separator}Tee${separator}gratis${separator}\r\n`
    )
    counter.chooseFileToOpen('bad.csv')
    await page.getByTestId('catalogue-import').click()
    await expect(page.getByTestId('catalogue-import-problem')).toHaveCount(1)
    await expect(page.getByTestId('catalogue-import-problem')).toContainText('62')
    counter.chooseFileToOpen('changed.csv')
    await page.getByTestId('catalogue-import').click()
    await expect(page.getByTestId('catalogue-file-done')).toBeVisible()
    const settings = (await call('getSettings', {})) as { ok: true; value: PublicSettings }
    expect(settings.value.products).toHaveLength(60)
    expect(settings.value.products.find((product) => product.id === 'torte')?.priceCents).toBe(490)
    expect(settings.value.categories.map((category) => category.name)).toEqual(['Getränke', 'Kuchen', 'Snacks'])
    // The sold-out mark of today survives the round trip.
    expect(settings.value.products.find((product) => product.id === 'cap')?.soldOutOn).not.toBe('')
  })
}
