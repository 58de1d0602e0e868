import type { SaleJournal } from '../journal/sale-journal'
import type { SaleRecord } from '../journal/sale-record'
import { fail, type Result, succeed } from '../result'
import { isDemoLinkId } from '../secpaid/environments'

type Journal = Pick<SaleJournal, 'get' | 'inCurrentEnvironment'>
type LinkJournal = Pick<SaleJournal, 'byLinkId' | 'byLinkIdAnywhere' | 'inCurrentEnvironment' | 'currentEnvironment'>

/**
 * A sale is its environment and its reference: every path that reads or acts on one (detail, refund, receipt,
 * check now) finds it here, and another environment's sale is refused with its own reason, never acted on.
 */
export function saleHere(journal: Journal, reference: string): Result<SaleRecord> {
  const sale = journal.get(reference)
  if (sale === undefined) return fail({ code: 'no_such_sale', reference })
  if (sale.environment !== null && !journal.inCurrentEnvironment(sale)) {
    return fail({ code: 'sale_in_other_environment', reference, environment: sale.environment })
  }
  return succeed(sale)
}

/**
 * Why a link id the renderer sent must not be acted on in the environment the app works in now (cancel, show its QR
 * again), or null. A link id means nothing outside its environment: one this journal knows only from another
 * environment is refused, and so is a Demo id anywhere but in Demo, even one the journal never saw.
 */
export function linkElsewhere(journal: LinkJournal, linkId: number): Result<never> | null {
  if (journal.byLinkId(linkId) !== undefined) return null
  const elsewhere = journal.byLinkIdAnywhere(linkId)
  if (elsewhere !== undefined && elsewhere.environment !== null && !journal.inCurrentEnvironment(elsewhere)) {
    return fail({ code: 'link_in_other_environment', linkId, environment: elsewhere.environment })
  }
  const current = journal.currentEnvironment()
  if (current !== undefined && current !== 'demo' && isDemoLinkId(linkId)) {
    return fail({ code: 'link_in_other_environment', linkId, environment: 'demo' })
  }
  return null
}
