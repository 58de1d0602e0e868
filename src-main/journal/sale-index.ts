import type { Environment } from '../../src-preload/contract'
import { foldRefund, isRefundEvent } from './refund-fold'
import type { SaleEvent, SaleRecord } from './sale-record'
import { isWaiting } from './sale-status'

/** The journal's lines folded into one record per sale, with the look-ups the app needs kept up to date as it goes. */
export interface SaleIndex {
  /** Folds one status change in; answers the sale as it now stands. */
  apply: (event: SaleEvent) => SaleRecord
  get: (reference: string) => SaleRecord | undefined
  /**
   * The sale whose link has this id in `environment` (Demo's and SecPaid's ids overlap); without one, the latest sale
   * given that id anywhere.
   */
  byLinkId: (linkId: number, environment?: Environment) => SaleRecord | undefined
  /** Every sale (of `environment` when given), in the order it first appeared. */
  all: (environment?: Environment) => SaleRecord[]
  /** Sales still `creating` (SecPaid asked, answer not recorded), of `environment` when given, oldest first. */
  creating: (environment?: Environment) => SaleRecord[]
  /** The highest sale number `till` handed out on `day` (yyyyMMdd), 0 when none. */
  lastSeq: (till: string, day: string) => number
}

export function createSaleIndex(): SaleIndex {
  const sales = new Map<string, SaleRecord>()
  const referenceByLinkId = new Map<string, string>()
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
          ? {
              ...newSale(event.reference),
              amountCents: event.amountCents,
              note: event.note,
              environment: event.environment ?? null,
              items: event.items ?? [],
              tipCents: event.tipCents ?? 0,
              ...(event.tip !== undefined ? { tip: event.tip } : {}),
              ...(event.replaces !== undefined ? { replaces: event.replaces } : {}),
              vat: event.vat ?? null
            }
          : // A status change whose `creating` line was lost (hand-edited file): kept, so nothing disappears.
            newSale(event.reference)

    if (outOfOrder(sale, event)) {
      // Kept in the journal and shown to the owner, but a line that contradicts how time went never reopens or
      // rewrites the sale.
      sale.outOfOrder = [...(sale.outOfOrder ?? []), { step: event.type, at: event.at }]
      sales.set(sale.reference, sale)
      return sale
    }
    if (event.type === 'created') {
      Object.assign(sale, { linkId: event.linkId, payLink: event.payLink, qrImg: event.qrImg })
      if (sale.environment !== null) referenceByLinkId.set(linkKey(event.linkId, sale.environment), sale.reference)
      referenceByLinkId.set(linkKey(event.linkId), sale.reference)
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
    byLinkId(linkId, environment) {
      const reference = referenceByLinkId.get(linkKey(linkId, environment))
      if (reference !== undefined) return sales.get(reference)
      const anywhere = sales.get(referenceByLinkId.get(linkKey(linkId)) ?? '')
      return anywhere !== undefined && inEnvironment(environment)(anywhere) ? anywhere : undefined
    },
    all: (environment) => [...sales.values()].filter(inEnvironment(environment)),
    creating: (environment) =>
      [...creatingReferences].flatMap((reference) => sales.get(reference) ?? []).filter(inEnvironment(environment)),
    lastSeq: (till, day) => lastSeqByTillDay.get(tillDay(till, day)) ?? 0
  }
}

const tillDay = (till: string, day: string) => `${till} ${day}`
const linkKey = (linkId: number, environment?: Environment) => `${environment ?? 'any'} ${linkId}`
const inEnvironment = (environment: Environment | undefined) => (sale: SaleRecord) =>
  environment === undefined || sale.environment === null || sale.environment === environment

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
