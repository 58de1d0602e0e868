import type { SaleItem } from '../../src-preload/contract'
import { characterCount } from '../../src-preload/contract/visible-text-schema'

/**
 * The longest recipient_note an item list may grow a note to, in characters (Unicode code points, as
 * `characterCount` counts them; not UTF-16 units, not bytes). SecPaid documents no bound; 255 is the usual text
 * column size, which a utf8mb4 VARCHAR and Laravel's `max:` count in characters, and notes without items already
 * reach about that (a reference from a 60-character template plus a 100-character cashier's note), so items never
 * make a note longer than one SecPaid already accepts from us. A longer reference and note are sent as before,
 * without items.
 */
export const RECIPIENT_NOTE_MAX_LENGTH = 255

const ITEM_SEPARATOR = ', '
const CUT_MARK = '…'

/** What goes into recipient_note: the reference first (SecPaid's search matches it), then the cashier's note. */
function recipientNoteFor(reference: string, cashierNote: string | undefined): string {
  const note = cashierNote?.trim() ?? ''
  return note === '' ? reference : `${reference} ${note}`
}

/** `2×Coffee`, one entry per product (quantities of repeated lines added up), in the order first added. */
export function compactItemList(items: readonly SaleItem[]): string[] {
  const quantities = new Map<string, { name: string; quantity: number }>()
  for (const item of items) {
    if (item.productId === null || item.name === null) continue
    const known = quantities.get(item.productId)
    if (known === undefined) quantities.set(item.productId, { name: item.name, quantity: item.quantity })
    else known.quantity += item.quantity
  }
  return [...quantities.values()].map(({ name, quantity }) => `${quantity}×${name}`)
}

/**
 * The reference first (SecPaid's search and the sale's identity match it), then the cashier's note, then as many
 * whole items as fit within `RECIPIENT_NOTE_MAX_LENGTH`, with `…` where some were left out. Never cuts the reference.
 */
export function saleRecipientNote(reference: string, cashierNote: string, items: readonly SaleItem[]): string {
  const base = recipientNoteFor(reference, cashierNote)
  const entries = compactItemList(items)
  for (let kept = entries.length; kept > 0; kept -= 1) {
    const list =
      entries.slice(0, kept).join(ITEM_SEPARATOR) + (kept < entries.length ? `${ITEM_SEPARATOR}${CUT_MARK}` : '')
    const note = `${base} ${list}`
    if (characterCount(note) <= RECIPIENT_NOTE_MAX_LENGTH) return note
  }
  return base
}
