import { foldRefund, isRefundEvent } from './refund-fold'
import type { SaleEvent, SaleRecord } from './sale-record'
import { isWaiting } from './sale-status'

/**
 * The one rule that folds a status change into a sale: the in-memory index (sale-index.ts) and the books' `sales`
 * table (sales-table.ts) both fold with it. Answers `existing` itself when the line changes nothing (a repeated line),
 * else a new record; `existing` is never changed.
 */
export function foldSale(existing: SaleRecord | undefined, event: SaleEvent): SaleRecord {
  if (existing !== undefined && (event.type === 'creating' || repeatsLastChange(existing, event))) {
    // A line written twice (a retry after a failed fsync, a hand-edited file) changes nothing: above all, a
    // repeated `creating` line never resets a sale's history.
    return existing
  }
  // Two paths that saw the same payment (paid detection, a cancel SecPaid refused as used) each say so: it was paid once.
  if (existing?.status === 'paid' && event.type === 'paid') return existing
  const sale: SaleRecord =
    existing !== undefined
      ? { ...existing, history: [...existing.history] }
      : event.type === 'creating'
        ? {
            ...newSale(event.reference),
            amountCents: event.amountCents,
            note: event.note,
            environment: event.environment ?? null,
            items: event.items ?? [],
            tipCents: event.tipCents ?? 0,
            ...(event.tip !== undefined ? { tip: event.tip } : {}),
            ...(event.tipKind !== undefined ? { tipKind: event.tipKind } : {}),
            ...(event.replaces !== undefined ? { replaces: event.replaces } : {}),
            ...(event.cashier !== undefined ? { cashier: event.cashier } : {}),
            vat: event.vat ?? null
          }
        : // A status change whose `creating` line was lost (hand-edited file): kept, so nothing disappears.
          newSale(event.reference)

  if (outOfOrder(sale, event)) {
    // Kept in the journal and shown to the owner, but a line that contradicts how time went never reopens or
    // rewrites the sale.
    sale.outOfOrder = [...(sale.outOfOrder ?? []), { step: event.type, at: event.at }]
    return sale
  }
  if (event.type === 'created')
    Object.assign(sale, { linkId: event.linkId, payLink: event.payLink, qrImg: event.qrImg })
  if (event.type === 'failed') sale.failure = event.failure
  if (isRefundEvent(event)) {
    // A refund is a step beside the sale's status: the sale stays paid, the refund says what became of it.
    const refund = foldRefund(sale.refund, event)
    if (refund !== undefined) sale.refund = refund
    if (event.type === 'refund_requested') {
      if (event.cashier === undefined) delete sale.refundCashier
      else sale.refundCashier = event.cashier
    }
    sale.history.push({ status: event.type, at: event.at })
    return sale
  }
  if (event.type === 'creating' && event.sequence !== undefined) sale.sequence = event.sequence
  sale.status = event.type
  sale.history.push({ status: event.type, at: event.at })
  return sale
}

/**
 * A line that cannot have come after the ones before it: a link made for a sale already settled, a refund for a sale
 * that was never paid (or whose own request was never recorded), a new request after SecPaid took the refund.
 */
function outOfOrder(sale: SaleRecord, event: SaleEvent): boolean {
  if (event.type === 'created') return !isWaiting(sale)
  if (!isRefundEvent(event)) return false
  if (sale.status !== 'paid') return true
  if (event.type === 'refund_requested') return sale.refund?.state === 'sent'
  return sale.refund === undefined
}

const repeatsLastChange = (sale: SaleRecord, event: SaleEvent): boolean => {
  const last = sale.history.at(-1)
  return last !== undefined && last.status === event.type && last.at === event.at
}

function newSale(reference: string): SaleRecord {
  return {
    reference,
    amountCents: 0,
    note: '',
    status: 'creating',
    environment: null,
    linkId: null,
    payLink: null,
    qrImg: null,
    failure: null,
    items: [],
    tipCents: 0,
    vat: null,
    history: []
  }
}
