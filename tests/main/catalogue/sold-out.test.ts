import { afterEach, describe, expect, it } from 'vitest'

import type { PublicSettings, SaleQuote } from '../../../src-preload/contract'
import { localDay } from '../../../src-preload/contract/locale'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { type ManualClock, manualClock } from '../../support/manual-clock'

const DAY_MS = 24 * 60 * 60 * 1000
const CAKE_SALE = { lines: [{ kind: 'product', productId: 'cake', quantity: 1 }], tip: { kind: 'none' } }

describe('a product sold out for the day: main refuses to sell it until the next local day', () => {
  let bench: DemoBackend | null = null
  let clock: ManualClock
  afterEach(async () => {
    await bench?.close()
    bench = null
  })

  const open = async () => {
    clock = manualClock()
    bench = await openDemoBackend({ testing: { clock, requestBudget: null } })
    const saved = await bench.call('updateSettings', {
      products: [
        { id: 'cake', name: 'Cake', priceCents: 320, colour: '' },
        { id: 'coffee', name: 'Coffee', priceCents: 250, colour: '' }
      ]
    })
    expect(saved.ok).toBe(true)
    return bench
  }

  it('the cashier marks it (no PIN needed) and main records the local day', async () => {
    const opened = await open()
    expect(await opened.call('setSettingsPin', { pin: '246810' })).toMatchObject({ ok: true })
    expect(await opened.call('lockSettings', {})).toMatchObject({ ok: true })
    const marked = await opened.call<PublicSettings>('setProductSoldOut', { productId: 'cake', soldOut: true })
    expect(marked.ok && marked.value.products.find((product) => product.id === 'cake')?.soldOutOn).toBe(
      localDay(new Date(clock.now()))
    )
    expect(await opened.call('setProductSoldOut', { productId: 'nope', soldOut: true })).toEqual({
      ok: false,
      error: { code: 'unknown_product', productId: 'nope' }
    })
  })

  it('refuses to quote or charge it, and sends nothing to SecPaid', async () => {
    const opened = await open()
    await opened.call('setProductSoldOut', { productId: 'cake', soldOut: true })
    const refusal = { ok: false, error: { code: 'product_sold_out', productId: 'cake' } }
    expect(await opened.call('quoteSale', CAKE_SALE)).toEqual(refusal)
    expect(await opened.call('charge', { sale: CAKE_SALE })).toEqual(refusal)
    expect(opened.demo.links()).toHaveLength(0)
    // The rest of the catalogue sells as before.
    const coffee = { lines: [{ kind: 'product', productId: 'coffee', quantity: 2 }], tip: { kind: 'none' } }
    expect(await opened.call<SaleQuote>('quoteSale', coffee)).toMatchObject({ ok: true, value: { totalCents: 500 } })
  })

  it('sells it again on the next local day, without anyone resetting it, or at once when marked available', async () => {
    const opened = await open()
    await opened.call('setProductSoldOut', { productId: 'cake', soldOut: true })
    await clock.advance(DAY_MS)
    expect(await opened.call<SaleQuote>('quoteSale', CAKE_SALE)).toMatchObject({ ok: true, value: { totalCents: 320 } })

    await opened.call('setProductSoldOut', { productId: 'cake', soldOut: true })
    expect((await opened.call('quoteSale', CAKE_SALE)).ok).toBe(false)
    await opened.call('setProductSoldOut', { productId: 'cake', soldOut: false })
    expect((await opened.call('quoteSale', CAKE_SALE)).ok).toBe(true)
  })
})
