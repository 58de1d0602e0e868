import type { Environment } from '../../src-preload/contract'
import { foldSale } from './sale-fold'
import type { SaleEvent, SaleRecord } from './sale-record'

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
    const sale = foldSale(existing, event)
    if (sale === existing) return sale
    sales.set(sale.reference, sale)
    // An out-of-order line is only listed on the sale: it adds no step to its history, and changes nothing else.
    const tookEffect = sale.history.length > (existing?.history.length ?? 0)
    if (tookEffect && event.type === 'created') {
      if (sale.environment !== null) referenceByLinkId.set(linkKey(event.linkId, sale.environment), sale.reference)
      referenceByLinkId.set(linkKey(event.linkId), sale.reference)
    }
    if (tookEffect && event.type === 'creating' && event.sequence !== undefined) {
      const key = tillDay(event.sequence.till, event.sequence.day)
      lastSeqByTillDay.set(key, Math.max(lastSeqByTillDay.get(key) ?? 0, event.sequence.seq))
    }
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
