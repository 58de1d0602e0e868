/** A paid sale's receipt as main hands it to the renderer, which lays it out for the paper. Cents, ISO times. */
import type { SaleItem } from './selling'
import type { ReceiptPaper, ShopDetails, TipKind } from './settings'
import type { SaleVat } from './tax'

export interface ReceiptData {
  reference: string
  /** SecPaid's link id, printed so a payment can be found at SecPaid. */
  linkId: number
  /** When the sale was started and when its payment was recorded. */
  createdAt: string
  paidAt: string
  shop: ShopDetails
  paper: ReceiptPaper
  /** The sale's lines; a sale of one typed amount has one line without a name. */
  items: SaleItem[]
  subtotalCents: number
  tipCents: number
  /** Whom the tip belongs to, as journaled with the sale (printed beside it): the staff or the shop. */
  tipKind: TipKind
  totalCents: number
  /** The cashier's note, as typed. */
  note: string
  /**
   * The sale's refund, so a reprint never shows a refunded sale as if nothing was given back: its own amount (the
   * total above stays what was paid) and how far it got, `requested` (SecPaid's answer not known) or `sent` (SecPaid
   * took the request). Null without one, and for a refund SecPaid refused.
   */
  refund: ReceiptRefund | null
  /**
   * The sale's VAT as main journaled it at Charge: gross, net and VAT per rate, or exempt (Kleinunternehmer, the
   * receipt carries the § 19 UStG note). Null for a sale journaled before VAT was recorded.
   */
  vat: SaleVat | null
  /** The shop's tax number from Settings; empty when the owner gave none. */
  taxNumber: string
}

interface ReceiptRefund {
  amountCents: number
  full: boolean
  /** When it was asked for (ISO). */
  at: string
  state: 'requested' | 'sent'
}

/**
 * Why a receipt could not be printed. `no_printing`: this build has no printer (tests, the browser);
 * `printer_not_found`: the printer named in Settings is not among the system's; `cancelled`: the owner closed the
 * print dialog; `failed`: the system's print job failed.
 */
export type PrintFailure = 'no_printing' | 'printer_not_found' | 'cancelled' | 'failed'
