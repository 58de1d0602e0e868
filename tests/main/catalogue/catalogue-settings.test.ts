import { afterEach, describe, expect, it } from 'vitest'

import type { PublicSettings } from '../../../src-preload/contract'
import { SETTINGS_LIMITS } from '../../../src-preload/contract/settings-limits'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'

/** A bar's or bakery's catalogue at the limit: categories with colours, every product with a short code. */
export function bigCatalogue(count: number = SETTINGS_LIMITS.products.max) {
  const categories = Array.from({ length: 10 }, (_, index) => ({
    id: `c${index}`,
    name: `Kategorie ${index}`,
    colour: '#1546c8'
  }))
  const products = Array.from({ length: count }, (_, index) => ({
    id: `p${index}`,
    name: `Schwarzwälder Kirsch ${index}`,
    priceCents: 100 + index,
    colour: '',
    categoryId: `c${index % 10}`,
    code: `K${index}`,
    soldOutOn: ''
  }))
  return { categories, products }
}

describe('the catalogue in the settings: categories, codes and 500 products, checked by main', () => {
  let bench: DemoBackend | null = null
  afterEach(async () => {
    await bench?.close()
    bench = null
  })

  it('takes 500 products in categories with codes, quickly, and answers them in order', async () => {
    bench = await openDemoBackend()
    const catalogue = bigCatalogue()
    const started = performance.now()
    const saved = await bench.call<PublicSettings>('updateSettings', catalogue)
    const tookMs = performance.now() - started
    expect(saved).toMatchObject({ ok: true })
    if (!saved.ok) return
    expect(saved.value.products).toEqual(catalogue.products)
    expect(saved.value.categories).toEqual(catalogue.categories)
    // Checking and writing 500 products must not hold the counter up (measured ~10 ms; generous under load).
    expect(tookMs).toBeLessThan(500)
  })

  it('refuses one product more than the limit, and names the products', async () => {
    bench = await openDemoBackend()
    const refused = await bench.call('updateSettings', bigCatalogue(SETTINGS_LIMITS.products.max + 1))
    expect(refused).toEqual({ ok: false, error: { code: 'invalid_request', field: 'products' } })
  })

  it('refuses a code used twice, whatever its case, and a code that is not letters and digits', async () => {
    bench = await openDemoBackend()
    const { products } = bigCatalogue(2)
    const twice = products.map((product) => ({ ...product, code: product.id === 'p0' ? 'cap' : 'CAP' }))
    expect(await bench.call('updateSettings', { products: twice })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', field: 'products' }
    })
    const spaced = products.map((product) => ({ ...product, code: product.id === 'p0' ? 'K 1' : '' }))
    expect(await bench.call('updateSettings', { products: spaced })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', field: 'products.0.code' }
    })
  })

  it('keeps a product sent without the catalogue’s fields (an earlier version’s) with them empty', async () => {
    bench = await openDemoBackend()
    const saved = await bench.call<PublicSettings>('updateSettings', {
      products: [{ id: 'tea', name: 'Tea', priceCents: 300, colour: '' }]
    })
    expect(saved.ok && saved.value.products).toEqual([
      { id: 'tea', name: 'Tea', priceCents: 300, colour: '', categoryId: '', code: '', soldOutOn: '' }
    ])
  })
})
