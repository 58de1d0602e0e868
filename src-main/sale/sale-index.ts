import { foldRefund, isRefundEvent } from './refund-fold'
import type { SaleEvent, SaleRecord } from './sale-record'

/** The journal's lines folded into one record per sale, with the look-ups the app needs kept up to date as it goes. */
export interface SaleIndex {
  /** Folds one status change in; answers the sale as it now stands. */
  apply: (event: SaleEvent) => SaleRecord
  get: (reference: string) => SaleRecord | undefined
  byLinkId: (linkId: number) => SaleRecord | undefined
  /** Every sale, in the order it first appeared. */
  all: () => SaleRecord[]
  /** Sales still `creating` (SecPaid asked, answer not recorded), oldest first. */
  creating: () => SaleRecord[]
  /** The highest sale number `till` handed out on `day` (yyyyMMdd), 0 when none. */
  lastSeq: (till: string, day: string) => number
}

export function createSaleIndex(): SaleIndex {
  const sales = new Map<string, SaleRecord>()
  const referenceByLinkId = new Map<number, string>()
  const creatingReferences = new Set<string>()
  const lastSeqByTillDay = new Map<string, number>()

  const apply = (event: SaleEvent): SaleRecord => {
    const existing = sales.get(event.reference)
    if (existing !== undefined && (event.type === 'creating' || repeatsLastChange(existing, event))) {
      // A line written twice (a retry after a failed fsync, a hand-edited file) changes nothing: above all, a
      // repeated `creating` line never resets a sale's history.
      return existing
    }
    const sale: SaleRecord =
      existing !== undefined
        ? { ...existing, history: [...existing.history] }
        : event.type === 'creating'
          ? { ...newSale(event.reference), amountCents: event.amountCents, note: event.note }
          : // A status change whose `creating` line was lost (hand-edited file): kept, so nothing disappears.
            newSale(event.reference)

    if (event.type === 'created') {
      Object.assign(sale, { linkId: event.linkId, payLink: event.payLink, qrImg: event.qrImg })
      referenceByLinkId.set(event.linkId, sale.reference)
    }
    if (event.type === 'failed') sale.failure = event.failure
    if (isRefundEvent(event)) {
      // A refund is a step beside the sale's status: the sale stays paid, the refund says what became of it.
      sale.refund = foldRefund(sale.refund, event)
      sale.history.push({ status: event.type, at: event.at })
      sales.set(sale.reference, sale)
      return sale
    }
    if (event.type === 'creating' && event.sequence !== undefined) {
      sale.sequence = event.sequence
      const key = tillDay(event.sequence.till, event.sequence.day)
      lastSeqByTillDay.set(key, Math.max(lastSeqByTillDay.get(key) ?? 0, event.sequence.seq))
    }
    sale.status = event.type
    sale.history.push({ status: event.type, at: event.at })
    sales.set(sale.reference, sale)
    if (sale.status === 'creating') creatingReferences.add(sale.reference)
    else creatingReferences.delete(sale.reference)
    return sale
  }

  return {
    apply,
    get: (reference) => sales.get(reference),
    byLinkId(linkId) {
      const reference = referenceByLinkId.get(linkId)
      return reference === undefined ? undefined : sales.get(reference)
    },
    all: () => [...sales.values()],
    creating: () => [...creatingReferences].flatMap((reference) => sales.get(reference) ?? []),
    lastSeq: (till, day) => lastSeqByTillDay.get(tillDay(till, day)) ?? 0
  }
}

const tillDay = (till: string, day: string) => `${till} ${day}`

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
    linkId: null,
    payLink: null,
    qrImg: null,
    failure: null,
    history: []
  }
}
