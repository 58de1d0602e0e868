import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { LinkView, PublicSettings, ReceiptData } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { journalText } from '../../support/journal-rows'

/** Every character that can make text show other than it reads: bidi controls, zero-width ones, BOM, separators. */
const HIDDEN = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u2060',
  '\uFEFF',
  '\u2028',
  '\u2029',
  // Lone surrogates: a low one before a high one, so even side by side they never pair into a character.
  '\uDFFF',
  '\uD800'
]
/** "Table 4" with a hidden character after each of its letters: what is shown and what is stored must agree. */
const hiddenIn = (text: string) => [...text].map((char, index) => `${char}${HIDDEN[index % HIDDEN.length]}`).join('')
const EVERY_HIDDEN = HIDDEN.join('')
/** 🍰 is one character, two UTF-16 units, four UTF-8 bytes. */
const CAKE = '🍰'

describe('text a person sees enters main without bidi, zero-width or separator characters, wherever it enters', () => {
  let opened: DemoBackend
  const call = (channel: string, request: unknown) => opened.call(channel, request)
  const settings = async (patch: unknown) => {
    const answer = await call('updateSettings', patch)
    if (!answer.ok) return answer
    return { ok: true as const, value: answer.value as PublicSettings }
  }

  beforeAll(async () => {
    opened = await openDemoBackend({ testing: { watchIntervalMs: 50 } })
  })
  afterAll(async () => {
    await opened.close()
  })

  it('strips them from the cashier’s note before it reaches the journal and SecPaid', async () => {
    const charged = await call('charge', { amountCents: 700, note: `${EVERY_HIDDEN}${hiddenIn('Table 4')}` })
    expect(charged.ok).toBe(true)
    const link = (charged as { value: LinkView }).value
    expect(link.note).toBe('Table 4')
    expect(opened.demo.links().find((candidate) => candidate.id === link.linkId)?.recipientNote).toBe(
      `${link.reference} Table 4`
    )
    const journal = journalText(opened.booksPath)
    expect(journal).toContain('"note":"Table 4"')
    for (const char of HIDDEN) expect(journal.includes(char), char.codePointAt(0)!.toString(16)).toBe(false)
  })

  it('strips them from product names, the shop name and the receipt’s lines; the receipt shows what was stored', async () => {
    const saved = await settings({
      products: [{ id: 'tea', name: hiddenIn('Tea'), priceCents: 300, colour: '' }],
      shop: { name: hiddenIn('Café Blau'), address: hiddenIn('Hauptstraße 1\n10115 Berlin'), vatId: hiddenIn('DE123') },
      linkDefaults: { bankStatementDescription: hiddenIn('Cafe Blau'), noteTemplate: `${EVERY_HIDDEN}POS-{seq}` }
    })
    expect(saved.ok).toBe(true)
    const value = (saved as { value: PublicSettings }).value
    expect(value.products.map((product) => product.name)).toEqual(['Tea'])
    expect(value.shop).toEqual({ name: 'Café Blau', address: 'Hauptstraße 1\n10115 Berlin', vatId: 'DE123' })
    expect(value.linkDefaults).toMatchObject({ bankStatementDescription: 'Cafe Blau', noteTemplate: 'POS-{seq}' })

    const charged = await call('charge', {
      sale: { lines: [{ kind: 'product', productId: 'tea', quantity: 2 }], tip: { kind: 'none' } }
    })
    const link = (charged as { value: LinkView }).value
    expect(opened.demo.links().find((candidate) => candidate.id === link.linkId)?.recipientNote).toBe(
      `${link.reference} 2×Tea`
    )
    await call('watchLink', { linkId: link.linkId })
    await call('simulatePayment', { linkId: link.linkId })
    await vi.waitFor(async () => expect((await call('receiptFor', { reference: link.reference })).ok).toBe(true), {
      timeout: 5000
    })
    const receipt = (await call('receiptFor', { reference: link.reference })) as { value: ReceiptData }
    expect(receipt.value.shop).toEqual({ name: 'Café Blau', address: 'Hauptstraße 1\n10115 Berlin', vatId: 'DE123' })
    expect(receipt.value.items.map((item) => item.name)).toEqual(['Tea'])
  })

  it('refuses a name that is nothing but hidden characters, as it refuses an empty one', async () => {
    expect(await settings({ products: [{ id: 'ghost', name: EVERY_HIDDEN, priceCents: 100, colour: '' }] })).toEqual({
      ok: false,
      error: { code: 'invalid_request', field: 'products.0.name' }
    })
  })

  it('counts limits in characters, not UTF-16 units or bytes: multi-byte text fits up to the limit exactly', async () => {
    const limits = (await settings({})) as { value: PublicSettings }
    const { productNameLength, shopNameLength, chargeNoteLength } = limits.value.limits
    const name = CAKE.repeat(productNameLength.max)
    expect(await settings({ products: [{ id: 'cake', name, priceCents: 100, colour: '' }] })).toMatchObject({
      ok: true,
      value: { products: [{ name }] }
    })
    expect(await settings({ products: [{ id: 'cake', name: `${name}a`, priceCents: 100, colour: '' }] })).toEqual({
      ok: false,
      error: { code: 'invalid_request', field: 'products.0.name' }
    })
    const shopName = 'ä'.repeat(shopNameLength.max - 1) + CAKE
    expect(await settings({ shop: { name: shopName, address: '', vatId: '' } })).toMatchObject({
      ok: true,
      value: { shop: { name: shopName } }
    })
    expect(await settings({ shop: { name: `${shopName}ä`, address: '', vatId: '' } })).toEqual({
      ok: false,
      error: { code: 'invalid_request', field: 'shop.name' }
    })
    // Hidden characters do not count: they are gone before the length is measured.
    const note = CAKE.repeat(chargeNoteLength.max)
    const charged = await call('charge', { amountCents: 100, note: `${note}\u200B\u202E` })
    expect(charged).toMatchObject({ ok: true, value: { note } })
    expect(await call('charge', { amountCents: 100, note: `${note}a` })).toEqual({
      ok: false,
      error: { code: 'invalid_request', field: 'note' }
    })
  })
})
