/** Parked sales, links that expire, and links still waiting from earlier days: what crosses IPC for them. */
import type { SaleChange } from './sales'

/** A basket put aside on this till (a queue at a stand, a table at a café): not in the books until it is charged. */
export interface ParkedSaleView {
  id: string
  /** This till's running number for parked sales of the environment, shown when the cashier gave no name. */
  number: number
  /** The cashier's name for it (visible text), or '' for a numbered one. */
  name: string
  /** ISO time it was parked. */
  parkedAt: string
  note: string
  /** How many lines (items or typed amounts) it holds. */
  lineCount: number
  /** The total as priced when it was parked; resuming prices it anew from the catalogue. */
  totalCents: number
  /** The sale it changes, when it came from "Change" on a QR screen (its link is cancelled already); else null. */
  replaces: string | null
  /** It came back by itself after a restart: it was on the keypad (changed or resumed) and not yet charged. */
  restored: boolean
}

/** A line of a parked sale the owner no longer offers (removed from the catalogue, or sold out): said, not dropped. */
export interface MissingLine {
  productId: string
  /** The product's name when the sale was parked. */
  name: string
  quantity: number
}

/** What `resumeParkedSale` answers: the sale to put back on the keypad, priced by main now. */
export interface ResumedSale {
  /** The lines still offered, the tip (`none` when the owner no longer offers it) and the note; a typed amount as typed. */
  charge: SaleChange['charge']
  /** Send with the next charge as `replaces`: the changed sale this one replaces; null for a plain parked sale. */
  replaces: string | null
  /** Lines left out because their product is not offered any more. */
  missing: MissingLine[]
  /** The tip chosen when parking is not offered any more, so it came back as no tip. */
  tipDropped: boolean
}

/** When the link on screen is cancelled by itself (`linkExpiry` in Settings), and how far Extend moves it. */
export interface LinkExpiryView {
  linkId: number
  /** ISO time main cancels the link if nobody paid; null while links do not expire (or it is not this till's). */
  expiresAt: string | null
  /** Milliseconds left when main answered (null with `expiresAt`): the screen counts down from its own clock. */
  msLeft: number | null
  /** Minutes Extend adds, counted from now; 0 while links do not expire. */
  extendMinutes: number
}

/** A link of this till still waiting for payment more than a day after it was made. */
export interface StaleLink {
  reference: string
  linkId: number
  amountCents: number
  /** ISO time the sale was started. */
  createdAt: string
}

/** What cancelling every stale link came to: each link once, by the same safe cancel as Cancel sale. */
export interface StaleCancelResult {
  cancelled: number
  /** Paid meanwhile: SecPaid refused the delete, the sale is booked paid. */
  paid: number
  /** SecPaid could not be asked or refused: still waiting. */
  failed: number
}
