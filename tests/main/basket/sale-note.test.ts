import { describe, expect, it } from 'vitest'

import { compactItemList, RECIPIENT_NOTE_MAX_LENGTH, saleRecipientNote } from '../../../src-main/basket/sale-note'
import type { SaleItem } from '../../../src-preload/contract'

const product = (productId: string, name: string, quantity: number): SaleItem => ({
  productId,
  name,
  unitCents: 100,
  quantity,
  totalCents: 100 * quantity
})
const typedAmount: SaleItem = { productId: null, name: null, unitCents: 500, quantity: 1, totalCents: 500 }
const REFERENCE = 'POS-abcde-20261127-0001'

describe('the link note carries the reference, the cashier note and a compact item list', () => {
  it('lists products as quantity×name, adding up repeated lines, leaving typed amounts out', () => {
    const items = [product('c', 'Coffee', 1), typedAmount, product('k', 'Cake', 1), product('c', 'Coffee', 1)]
    expect(compactItemList(items)).toEqual(['2×Coffee', '1×Cake'])
  })

  it('puts the reference first in recipient_note, then the trimmed cashier note', () => {
    expect(saleRecipientNote(REFERENCE, '  Table 4 ', [])).toBe(`${REFERENCE} Table 4`)
    expect(saleRecipientNote(REFERENCE, '   ', [])).toBe(REFERENCE)
  })

  it('puts the reference first, then the note, then the items', () => {
    expect(saleRecipientNote(REFERENCE, 'Table 4', [product('c', 'Coffee', 2), product('k', 'Cake', 1)])).toBe(
      `${REFERENCE} Table 4 2×Coffee, 1×Cake`
    )
    expect(saleRecipientNote(REFERENCE, '', [product('c', 'Coffee', 2)])).toBe(`${REFERENCE} 2×Coffee`)
    expect(saleRecipientNote(REFERENCE, '', [typedAmount])).toBe(REFERENCE)
    expect(saleRecipientNote(REFERENCE, 'Table 4', [])).toBe(`${REFERENCE} Table 4`)
  })

  it('keeps whole items within the bound and marks the cut, never cutting the reference or the note', () => {
    const items = Array.from({ length: 24 }, (_, index) =>
      product(`p${index}`, `Product number ${String(index).padStart(2, '0')}`, 3)
    )
    const note = 'n'.repeat(100)
    const text = saleRecipientNote(REFERENCE, note, items)
    expect([...text].length).toBeLessThanOrEqual(RECIPIENT_NOTE_MAX_LENGTH)
    expect(text.startsWith(`${REFERENCE} ${note} 3×Product number 00, `)).toBe(true)
    expect(text.endsWith(', …')).toBe(true)
    const listed = text.slice(`${REFERENCE} ${note} `.length, -', …'.length).split(', ')
    expect(listed.every((entry) => /^3×Product number \d\d$/.test(entry))).toBe(true)
  })

  it('counts the bound in characters, as SecPaid’s text column does: multi-byte items fit up to it exactly', () => {
    // The reference, a space, "1×" and 229 cakes: 255 characters, but 484 UTF-16 units and 943 UTF-8 bytes.
    const fitting = saleRecipientNote(REFERENCE, '', [product('c', '🍰'.repeat(229), 1)])
    expect(fitting).toBe(`${REFERENCE} 1×${'🍰'.repeat(229)}`)
    expect([...fitting].length).toBe(RECIPIENT_NOTE_MAX_LENGTH)
    expect(fitting.length).toBeGreaterThan(RECIPIENT_NOTE_MAX_LENGTH)
    expect(saleRecipientNote(REFERENCE, '', [product('c', '🍰'.repeat(230), 1)])).toBe(REFERENCE)
  })

  it('sends a reference and note longer than the bound as before, without items', () => {
    const longReference = `POS-${'x'.repeat(260)}-0001`
    expect(saleRecipientNote(longReference, 'note', [product('c', 'Coffee', 1)])).toBe(`${longReference} note`)
  })
})
