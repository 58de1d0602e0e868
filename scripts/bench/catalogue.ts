import type { PublicSettings } from '../../src-preload/contract'
import { SETTINGS_LIMITS } from '../../src-preload/contract/settings-limits'
import { type Context, settle } from './counter-page'
import { ms, pass } from './figure-text'
import type { CatalogueTimes, ProbeGlobal } from './probes'
import type { Figure } from './report'
import { summarize } from './stats'

const CATEGORIES = 10
/** Lines added before the sale is cleared: below the 50 a sale may have, so every tap adds a line. */
const LINES_PER_SALE = 40

/** 500 products in 10 categories, each with a code (K0…K499) and a long German name. */
function catalogue() {
  const categories = Array.from({ length: CATEGORIES }, (_, index) => ({
    id: `c${index}`,
    name: `Kategorie ${index + 1}`,
    colour: ''
  }))
  const products = Array.from({ length: SETTINGS_LIMITS.products.max }, (_, index) => ({
    id: `p${index}`,
    name: `Schwarzwälder Kirsch ${index}`,
    priceCents: 100 + index,
    colour: '',
    categoryId: `c${index % CATEGORIES}`,
    code: `K${index}`,
    soldOutOn: ''
  }))
  return { categories, products }
}

const sample = async (context: Context, kind: 'tap' | 'search', act: () => Promise<void>) => {
  const { page } = context
  await page.evaluate((which) => (globalThis as unknown as ProbeGlobal).__bench.armCatalogue(which), kind)
  await act()
  return (await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__bench.awaitArmed())) as CatalogueTimes
}

// 8 — The catalogue with 500 products: tap → line painted, search keystroke → results painted.
export async function measureCatalogue(context: Context) {
  const { page } = context
  const saved = (await page.evaluate(
    (patch) =>
      (globalThis as unknown as { counter: { updateSettings(p: unknown): Promise<unknown> } }).counter.updateSettings(
        patch
      ),
    catalogue()
  )) as { ok: boolean; value?: PublicSettings }
  if (!saved.ok) throw new Error('the bench catalogue was refused')
  await page.getByTestId('catalogue-tab-c0').waitFor()
  await page.getByTestId('catalogue-tab-c0').click()
  await settle(context)

  // Taps: a new product each time (a tap on one already in the sale asks how many), the sale cleared every 40 lines.
  const tapToLine: number[] = []
  const tapToDom: number[] = []
  const keys = Array.from({ length: SETTINGS_LIMITS.products.max / CATEGORIES }, (_, index) => `p${index * CATEGORIES}`)
  for (let index = -5; index < context.counts.catalogueTaps; index += 1) {
    const at = (index + 5) % LINES_PER_SALE
    if (at === 0 && index > -5) {
      await page.getByTestId('sale-clear').click()
      await settle(context)
    }
    const key = page.getByTestId(`quick-key-${keys[at] ?? 'p0'}`)
    const times = await sample(context, 'tap', () => key.click())
    if (index >= 0) {
      tapToLine.push(times.paintedAt - times.startAt)
      tapToDom.push(times.changedAt - times.startAt)
    }
  }
  await page.getByTestId('sale-clear').click()
  await settle(context)

  // Keystrokes from anywhere on the keypad screen: "k" opens the search, "1" and "2" narrow it (K1…, K12…), Escape
  // leaves it; each changes the keys shown.
  await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__bench.blur())
  const keystrokeToHits: number[] = []
  const keystrokeToDom: number[] = []
  const cycle = ['k', '1', '2', 'Escape']
  for (let index = -4; index < context.counts.catalogueKeystrokes; index += 1) {
    const key = cycle[(index + 4) % cycle.length] ?? 'k'
    const times = await sample(context, 'search', () => page.keyboard.press(key))
    if (index >= 0) {
      keystrokeToHits.push(times.paintedAt - times.startAt)
      keystrokeToDom.push(times.changedAt - times.startAt)
    }
  }
  await settle(context)
  return {
    products: SETTINGS_LIMITS.products.max,
    tapToLinePainted: summarize(tapToLine),
    tapToLineInDom: summarize(tapToDom),
    keystrokeToHitsPainted: summarize(keystrokeToHits),
    keystrokeToHitsInDom: summarize(keystrokeToDom)
  }
}

type CatalogueResult = Awaited<ReturnType<typeof measureCatalogue>>

export const catalogueFigures = (result: CatalogueResult): Figure[] => [
  {
    measure: `Catalogue of ${result.products}: tap → line painted`,
    value: ms(result.tapToLinePainted),
    target: '≤ 16 ms p95',
    verdict: pass(result.tapToLinePainted.p95 <= 16)
  },
  {
    measure: '  tap → line in DOM (main prices it: one IPC round trip)',
    value: ms(result.tapToLineInDom),
    target: '—',
    verdict: 'INFO'
  },
  {
    measure: `Catalogue of ${result.products}: search keystroke → results painted`,
    value: ms(result.keystrokeToHitsPainted),
    target: '≤ 16 ms p95',
    verdict: pass(result.keystrokeToHitsPainted.p95 <= 16)
  },
  {
    measure: '  keystroke → results in DOM',
    value: ms(result.keystrokeToHitsInDom),
    target: '—',
    verdict: 'INFO'
  }
]
