import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { LinkView, ParkedSaleView, ResumedSale, SaleChange, SaleComposition } from '../../../src-preload/contract'
import { journalRows } from '../../support/journal-rows'
import { type RestartableTill, restartableTill, type TillRun } from '../../support/restartable-till'

const COFFEE = { kind: 'product', productId: 'coffee', quantity: 2 } as const
const CAKE = { kind: 'product', productId: 'cake', quantity: 1 } as const
const TYPED = { kind: 'amount', amountCents: 105 } as const
const TABLE_4: SaleComposition = { lines: [COFFEE, CAKE, TYPED], tip: { kind: 'percent', percent: 10 } }
const PRODUCTS = [
  { id: 'coffee', name: 'Coffee', priceCents: 250, colour: '' },
  { id: 'cake', name: 'Cake', priceCents: 320, colour: '' }
]

let till: RestartableTill
let app: TillRun

beforeEach(async () => {
  till = await restartableTill()
  app = await till.start()
  const offered = await app.call('updateSettings', {
    products: PRODUCTS,
    tips: { enabled: true, percentPresets: [10], roundUp: true }
  })
  expect(offered.ok).toBe(true)
})
afterEach(async () => {
  await till.close()
})

async function value<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await answer
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
  return result.value
}
const park = (request: unknown) => value(app.call<ParkedSaleView>('parkSale', request))
const parked = async () => (await value(app.call<{ sales: ParkedSaleView[] }>('parkedSales', {}))).sales
const resume = (id: string) => value(app.call<ResumedSale>('resumeParkedSale', { id }))
const restart = async () => {
  await app.quit()
  app = await till.start()
}
const journalLines = () =>
  journalRows(join(till.folder, 'books.sqlite')).map((row) => JSON.parse(row.line) as Record<string, unknown>)

describe('parking a sale: put aside on this till, resumed later, never in the books until charged', () => {
  it('parks two sales (named and numbered), keeps them across a restart, resumes one as parked and charges it', async () => {
    const table = await park({ name: 'Table 4', charge: { sale: TABLE_4, note: 'window seat' } })
    const queue = await park({ charge: { amountCents: 450 } })
    expect(table).toMatchObject({ name: 'Table 4', number: 1, lineCount: 3, totalCents: 1018, note: 'window seat' })
    expect(queue).toMatchObject({ name: '', number: 2, lineCount: 1, totalCents: 450 })
    expect(journalLines(), 'nothing parked is in the books').toEqual([])
    expect(till.demo.requestLog(), 'nothing parked reached SecPaid').toEqual([])

    await restart()
    expect((await parked()).map((sale) => [sale.name, sale.number, sale.restored])).toEqual([
      ['Table 4', 1, false],
      ['', 2, false]
    ])

    const resumed = await resume(table.id)
    expect(resumed).toEqual({
      charge: { sale: TABLE_4, note: 'window seat' },
      replaces: null,
      missing: [],
      tipDropped: false
    })
    expect((await parked()).map((sale) => sale.id)).toEqual([queue.id])
    const charged = await value(app.call<LinkView>('charge', resumed.charge))
    // 2 × 2.50 + 3.20 + 1.05 = 9.25, 10 % = 0.93 (half up)
    expect(charged.amountCents).toBe(1018)
    expect(journalLines().filter((line) => line.type === 'creating')).toHaveLength(1)

    // Charged: it is a sale in the books now, and a restart offers it nowhere again.
    await restart()
    expect((await parked()).map((sale) => sale.id)).toEqual([queue.id])
  })

  it('prices a resumed sale from the catalogue as it is now, and says which product is not offered any more', async () => {
    const table = await park({ charge: { sale: TABLE_4, note: '' } })
    const { ok } = await app.call('updateSettings', {
      products: [{ ...PRODUCTS[0], priceCents: 300 }],
      tips: { enabled: true, percentPresets: [5], roundUp: true }
    })
    expect(ok).toBe(true)

    const resumed = await resume(table.id)
    expect(resumed.missing).toEqual([{ productId: 'cake', name: 'Cake', quantity: 1 }])
    expect(resumed.tipDropped).toBe(true)
    expect(resumed.charge).toEqual({ sale: { lines: [COFFEE, TYPED], tip: { kind: 'none' } }, note: '' })
    const quote = await app.call('quoteSale', 'sale' in resumed.charge ? resumed.charge.sale : null)
    expect(quote).toMatchObject({ ok: true, value: { subtotalCents: 705, totalCents: 705 } })
  })

  it('a sale resumed and not charged comes back parked after a restart', async () => {
    const table = await park({ name: 'Table 4', charge: { sale: TABLE_4 } })
    await resume(table.id)
    expect(await parked()).toEqual([])

    await restart()
    expect(await parked()).toMatchObject([{ name: 'Table 4', restored: true, lineCount: 3 }])
  })

  it('a parked sale belongs to its environment: Demo’s are not listed in Sandbox, and come back in Demo', async () => {
    await park({ charge: { amountCents: 300 } })
    expect((await app.call('updateSettings', { environment: 'development' })).ok).toBe(true)
    expect(await parked()).toEqual([])
    expect(await app.call('parkSale', { charge: { amountCents: 200 } })).toMatchObject({ ok: true })
    expect((await app.call('updateSettings', { environment: 'demo' })).ok).toBe(true)
    expect((await parked()).map((sale) => sale.totalCents)).toEqual([300])
  })

  it('holds at most 50 parked sales per environment, refusing the next with its limit', async () => {
    for (let index = 0; index < 50; index += 1) await park({ charge: { amountCents: 100 + index } })
    expect(await app.call('parkSale', { charge: { amountCents: 999 } })).toEqual({
      ok: false,
      error: { code: 'parked_limit', max: 50 }
    })
    expect(await parked()).toHaveLength(50)
  })

  it('names are visible text: hidden characters go, control characters and long names are refused', async () => {
    expect(await park({ name: ' Ta\u202Eble\u200B 4 ', charge: { amountCents: 100 } })).toMatchObject({
      name: 'Table 4'
    })
    for (const name of ['Table\n4', 'x'.repeat(31), 42]) {
      expect(await app.call('parkSale', { name, charge: { amountCents: 100 } })).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' }
      })
    }
  })

  it('refuses what main would not charge (a product not offered) and an unknown id; discards what is parked', async () => {
    expect(
      await app.call('parkSale', {
        charge: { sale: { lines: [{ kind: 'product', productId: 'tea', quantity: 1 }], tip: { kind: 'none' } } }
      })
    ).toEqual({ ok: false, error: { code: 'unknown_product', productId: 'tea' } })
    const missing = '0123456789abcdef0123456789abcdef'
    expect(await app.call('resumeParkedSale', { id: missing })).toEqual({
      ok: false,
      error: { code: 'no_such_parked_sale' }
    })
    const queue = await park({ charge: { amountCents: 100 } })
    expect(await app.call('discardParkedSale', { id: queue.id })).toEqual({ ok: true, value: { id: queue.id } })
    expect(await app.call('resumeParkedSale', { id: queue.id })).toEqual({
      ok: false,
      error: { code: 'no_such_parked_sale' }
    })
  })

  it('a parked-sales file that cannot be written refuses the park and changes nothing', async () => {
    await park({ charge: { amountCents: 100 } })
    // Its temporary file's place taken by a folder: every write fails (EISDIR), as a full or read-only disk would.
    mkdirSync(join(till.folder, 'parked-sales.json.tmp'))
    expect(await app.call('parkSale', { charge: { amountCents: 200 } })).toMatchObject({
      ok: false,
      error: { code: 'parked_unwritable' }
    })
    expect((await parked()).map((sale) => sale.totalCents)).toEqual([100])
  })
})

describe('Change, then a restart before the new charge: the lines are not lost', () => {
  it('offers the changed sale as a parked sale after a restart; charged, it names the sale it changes', async () => {
    const old = await value(app.call<LinkView>('charge', { sale: TABLE_4, note: 'Table 4' }))
    const changed = await value(app.call<SaleChange>('changeSale', { linkId: old.linkId }))
    expect(await parked(), 'on the keypad, not in the parked list').toEqual([])

    await restart()
    const [restored] = await parked()
    expect(restored).toMatchObject({ restored: true, replaces: old.reference, lineCount: 3, note: 'Table 4' })
    const resumed = await resume(restored?.id ?? '')
    expect(resumed).toEqual({ charge: changed.charge, replaces: old.reference, missing: [], tipDropped: false })

    if (!('sale' in resumed.charge)) throw new Error('lines expected')
    const fewer = { ...resumed.charge.sale, lines: resumed.charge.sale.lines.slice(0, 2) }
    const renewed = await value(
      app.call<LinkView>('charge', { sale: fewer, note: resumed.charge.note, replaces: resumed.replaces })
    )
    const creating = journalLines().find((line) => line.type === 'creating' && line.reference === renewed.reference)
    expect(creating).toMatchObject({ replaces: old.reference })
    await restart()
    expect(await parked()).toEqual([])
  })

  it('Change then Park from the QR screen: parked with the sale it changes, charged later as its replacement', async () => {
    const old = await value(app.call<LinkView>('charge', { sale: TABLE_4 }))
    const changed = await value(app.call<SaleChange>('changeSale', { linkId: old.linkId }))
    const table = await park({ name: 'Table 4', charge: changed.charge, replaces: changed.reference })
    expect(table).toMatchObject({ replaces: old.reference, restored: false })
    await restart()
    expect((await parked()).map((sale) => sale.id)).toEqual([table.id])
  })
})
