import type {
  Environment,
  LifeStep,
  RefundFailure,
  RefundStep,
  SaleFailure,
  SaleItem,
  SaleRefund,
  SaleStep,
  SaleVat,
  TipChoice,
  TipKind
} from '../../src-preload/contract'

export interface SaleRecord {
  reference: string
  amountCents: number
  note: string
  /** The last step of the sale's own life (`creating` until SecPaid's answer is recorded); where it stands is `saleStatus` (sale-status.ts). */
  status: LifeStep
  /**
   * Where the sale's link lives: Demo's simulator, SecPaid's sandbox or live SecPaid. Link ids and look-ups only mean
   * something there, and only live sales are the shop's money. Null for sales journaled before it was recorded: they
   * count wherever the app works, as they always did.
   */
  environment: Environment | null
  linkId: number | null
  payLink: string | null
  qrImg: string | null
  /** Why the sale failed, as a reason code the renderer explains. */
  failure: SaleFailure | null
  /** The sale's lines; empty for a sale of one typed amount (and every sale from before lines). */
  items: SaleItem[]
  /** Part of `amountCents`; 0 without a tip. */
  tipCents: number
  /** The tip as the cashier chose it; absent for a sale of one typed amount and for sales from before it was kept. */
  tip?: TipChoice
  /**
   * Whom the tip belonged to when the sale was made (Settings' `tipKind` then); absent without a tip and for sales
   * journaled before tips had a kind. Read it with `saleTipKind` (sale-tip.ts), which says what an absent one means.
   */
  tipKind?: TipKind
  /** The sale this one changed ("Change" on its QR screen cancelled that sale's link); absent for most sales. */
  replaces?: string
  /** Gross, net and VAT per rate as main computed them at Charge; null for sales journaled before VAT was recorded. */
  vat: SaleVat | null
  history: { status: SaleStep; at: string }[]
  /** Which till made it, from its `creating` line (absent in older lines). */
  sequence?: SaleSequence
  /** The sale's one refund request, once the journal recorded one. */
  refund?: SaleRefund
  /** Who charged it (its `creating` line's `cashier`); absent for the owner of a shop without cashiers and older lines. */
  cashier?: string
  /** Who asked for its refund (the `refund_requested` line's `cashier`), when a cashier did. */
  refundCashier?: string
  /**
   * Lines that came after what they cannot follow (a `created` after `paid`, a refund of a sale never paid, a request
   * after the refund was sent): kept in the journal and shown to the owner, ignored for the sale's state.
   */
  outOfOrder?: { step: SaleStep; at: string }[]
}

/** Where a sale stands in its till's numbering for the day: the next number comes from the journal, not settings. */
export interface SaleSequence {
  till: string
  /** yyyyMMdd */
  day: string
  seq: number
}

/**
 * Who wrote a line, once the shop has cashiers: the one signed in (`owner` or a cashier's id). Absent in lines from
 * before cashiers and in a shop without them: those are the owner's.
 */
interface SignedLine {
  cashier?: string
}

/** One line of the journal file: a status change of one sale, with what became known at that moment. */
export type SaleEvent = SignedLine &
  /** `sequence` is absent in lines written before the journal numbered sales. */
  (
    | {
        type: 'creating'
        reference: string
        amountCents: number
        note: string
        at: string
        sequence?: SaleSequence
        environment?: Environment
        items?: SaleItem[]
        tipCents?: number
        tip?: TipChoice
        tipKind?: TipKind
        replaces?: string
        vat?: SaleVat
      }
    | { type: 'created'; reference: string; linkId: number; payLink: string; qrImg: string | null; at: string }
    | { type: 'paid'; reference: string; at: string }
    | { type: 'cancelled'; reference: string; at: string }
    | { type: 'failed'; reference: string; failure: SaleFailure; at: string }
    /** Written before refundPayment is sent; a lost answer leaves it the last word (see books/refund-service.ts). */
    | { type: 'refund_requested'; reference: string; amountCents: number; full: boolean; at: string }
    | { type: 'refund_sent'; reference: string; at: string }
    | { type: 'refund_refused'; reference: string; refusal: RefundFailure; at: string }
  )

export type RefundEvent = Extract<SaleEvent, { type: RefundStep }>
