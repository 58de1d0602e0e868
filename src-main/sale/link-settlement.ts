import type { CounterEvent } from '../../src-preload/contract'
import type { SaleJournal } from '../journal/sale-journal'
import type { SettledOutcome } from './link-outcome'
import type { SaleService } from './sale-service'

interface LinkSettlementDeps {
  sales: Pick<SaleService, 'recordOutcome'>
  journal: Pick<SaleJournal, 'get' | 'inCurrentEnvironment'>
  /** The link on screen, if any. */
  watchedLinkId: () => number | null
  /** The customer display: Paid for a link, or "please wait" when the link it shows is no longer payable. */
  display: { linkPaid(linkId: number): void; linkClosed(reason: 'expired'): void }
  emit: (event: CounterEvent) => void
  /** A sale of this till was first recorded paid: its receipt prints if the owner chose so. */
  firstPaid: (reference: string) => void
}

/**
 * What a link's outcome means, wherever it was learned (paid detection, the settler, Check now): recorded once in the
 * journal, and for the environment the app works in now shown on the customer display and told the renderer. An
 * outcome of another environment's sale (a look-up started before the owner switched answered after) is recorded for
 * that sale only: the screen, the customer display and the printer belong to the new environment.
 */
export function createLinkSettlement(deps: LinkSettlementDeps) {
  const elsewhere = (reference: string | undefined) => {
    const sale = reference === undefined ? undefined : deps.journal.get(reference)
    return sale !== undefined && !deps.journal.inCurrentEnvironment(sale)
  }
  return (linkId: number, status: SettledOutcome, reference?: string): void => {
    const settled = deps.sales.recordOutcome(linkId, status, reference)
    if (elsewhere(reference)) return
    if (status === 'paid') deps.display.linkPaid(linkId)
    else if (deps.watchedLinkId() === linkId) deps.display.linkClosed('expired')
    deps.emit({ type: 'link_status', linkId, state: status })
    if (settled === null) return
    deps.emit({ type: 'sale_settled', sale: settled })
    // Once, when the payment is first recorded.
    if (settled.status === 'paid') deps.firstPaid(settled.reference)
  }
}
