/**
 * The one vocabulary for where a sale stands, on every side: main's fold of the journal (`src-main/sale/sale-status.ts`),
 * every answer and event that names a sale's or a link's status, History, Day close, the CSV, receipts and the notices.
 * Adding a status is: a word here, the step that leads to it in the fold, and its words in every language.
 */

/**
 * Where a sale stands, in the order reports list them. `waiting`: its link is being made or waits for payment;
 * `paid`: SecPaid confirmed the payment (a refund stands beside it, the sale stays paid); `cancelled`: its link was
 * cancelled or deleted; `failed`: provably no link exists, nothing to collect. A link made elsewhere is `waiting`,
 * `paid` or `cancelled` too.
 */
export const saleStatuses = ['paid', 'waiting', 'cancelled', 'failed'] as const

export type SaleStatus = (typeof saleStatuses)[number]

/** The refund's steps: its request journaled before it is sent, then SecPaid's answer (none while it is unknown). */
export const refundSteps = ['refund_requested', 'refund_sent', 'refund_refused'] as const

export type RefundStep = (typeof refundSteps)[number]

/**
 * The kinds of journal line, each a step of a sale's history: what the journal writes on disk (never renamed, old
 * journals are read as they are). The sale's own steps lead to a status; refund steps stand beside it.
 */
export const saleSteps = ['creating', 'created', 'paid', 'cancelled', 'failed', ...refundSteps] as const

export type SaleStep = (typeof saleSteps)[number]

/** A step of the sale's own life: the last one says where it stands. */
export type LifeStep = Exclude<SaleStep, RefundStep>
