import type { LinkView, OpenSale, SaleChange, SaleFailure, SettledSale } from '../../src-preload/contract'
import { saleRecipientNote } from '../basket/sale-note'
import type { SaleToCharge } from '../basket/sale-to-charge'
import type { SaleJournal } from '../journal/sale-journal'
import type { SaleRecord } from '../journal/sale-record'
import { awaitsPayment, saleStatus } from '../journal/sale-status'
import { onePerKey } from '../one-per-key'
import { fail, fromSecPaidError, type Result, succeed } from '../result'
import { mayHaveActed } from '../secpaid/may-have-acted'
import type { RequestPriority } from '../secpaid/request-scheduler'
import { toSecPaidFailure } from '../secpaid/secpaid-failure'
import { isLinkAlreadyUsed } from '../secpaid/secpaid-words'
import type { CreatedLink, PendingLink, SecPaidClient, SecPaidError } from '../secpaid/types'
import type { SettingsService } from '../settings/settings-service'
import { findSaleLink } from './find-sale-link'
import type { SettledOutcome } from './link-outcome'
import { saleLinkView } from './link-view'
import { chargeOfSale } from './sale-change'
import { saleHere } from './sale-here'
import { renderSaleReference, saleDay } from './sale-reference'

interface SaleServiceDeps {
  /** A client whose requests wait their turn in the request budget at `priority`. */
  getClient: (priority: RequestPriority) => SecPaidClient
  journal: SaleJournal
  settings: SettingsService
  now: () => Date
  /** Pause before looking up a create whose answer was lost, so a slow SecPaid has finished it. */
  lookupDelayMs?: number
  sleep?: (ms: number) => Promise<void>
}

export interface SaleService {
  /**
   * Journals the sale (fsynced) before SecPaid is asked, then makes its one link. Refused, with nothing sent, while
   * another sale is still `creating` (its outcome unknown, before or after a restart) or the journal cannot be written.
   */
  charge(request: SaleToCharge): Promise<Result<LinkView>>
  /** Deletes the sale's link at SecPaid; a link already paid stays and is recorded as paid. */
  cancel(linkId: number): Promise<Result<{ linkId: number }>>
  /**
   * Cancels a sale's link as `cancel` does (a paid link stays paid: `already_paid`; an answer that cannot be had
   * leaves the sale waiting) and answers the sale as journaled, so the cashier can change it and charge it again.
   */
  change(linkId: number): Promise<Result<SaleChange>>
  /**
   * What paid detection learned of a link this counter made, journaled in the words it is reported in: the sale when
   * it changed. `reference` names the sale that was asked about: a look-up that answers after a switch of environment
   * books that sale, never the new environment's sale that happens to have the same link id. Without it the link id
   * is looked up here.
   */
  recordOutcome(linkId: number, status: SettledOutcome, reference?: string): SettledSale | null
  /** Settles a sale left `creating` (lost answer, crash): adopts its link if it exists, else creates it. */
  resolve(reference: string): Promise<Result<LinkView>>
  /** The sale that blocks charging while it is `creating`, oldest first; null when there is none. */
  uncertainSale(): OpenSale | null
  /** At start-up: settles every sale a crash or a lost answer left open; returns the ones that got a link. */
  reconcileOpenSales(): Promise<LinkView[]>
  /**
   * A changed sale comes back to the keypad from parking (after a restart, say): the next charge may name it in
   * `replaces`, once, if its link was cancelled and no sale replaces it yet.
   */
  mayBeReplaced(reference: string): void
}

/** A lost answer is retried once, under the same reference, after a look-up proved no link exists. */
const CREATE_ATTEMPTS = 2

interface SettlePlan {
  /** Look the reference up before creating: the sale may already have a link. */
  checkFirst: boolean
  /** Create the link when the look-up finds none (a cashier's retry), or give the sale up (a restart). */
  createIfAbsent: boolean
  /** A cashier waits for it (`charge`), or it runs in the background (`settle`). */
  priority: RequestPriority
}

const openSaleOf = (sale: SaleRecord): OpenSale => ({ reference: sale.reference, amountCents: sale.amountCents })

const settledSale = (sale: SaleRecord): SettledSale => ({
  reference: sale.reference,
  linkId: sale.linkId ?? 0,
  amountCents: sale.amountCents,
  note: sale.note,
  status: saleStatus(sale)
})

/**
 * One sale, one link. The sale is journaled before SecPaid is asked; when an answer is lost the sale's unique
 * reference is looked up before anything is created again, and a retry reuses the same reference.
 */
export function createSaleService(deps: SaleServiceDeps): SaleService {
  const { journal, settings } = deps
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const lookupDelayMs = deps.lookupDelayMs ?? 500
  const at = () => deps.now().toISOString()
  const oneSettlementPerSale = onePerKey<Result<LinkView>>()
  /** Sales whose link `change` cancelled and that no new sale replaces yet: what a charge may say it replaces. */
  const changedReferences = new Set<string>()
  const saleByLinkId = (linkId: number) => journal.byLinkId(linkId)

  const recordCreated = (sale: SaleRecord, link: CreatedLink | PendingLink): Result<LinkView> => {
    const created = journal.append({
      type: 'created',
      reference: sale.reference,
      linkId: link.id,
      payLink: link.payLink,
      qrImg: link.qrImg,
      at: at()
    })
    return succeed(saleLinkView(created))
  }

  /** The sale provably has no link. A plain SecPaid refusal is answered as such; anything else as nothing charged. */
  const recordFailed = (sale: SaleRecord, failure: SaleFailure, answer?: SecPaidError): Result<LinkView> => {
    journal.append({ type: 'failed', reference: sale.reference, failure, at: at() })
    return answer !== undefined
      ? fromSecPaidError(answer)
      : fail({ code: 'nothing_charged', reference: sale.reference, failure })
  }

  const stillUncertain = (sale: SaleRecord, error: SecPaidError): Result<LinkView> =>
    fail({
      code: 'outcome_unknown',
      reference: sale.reference,
      amountCents: sale.amountCents,
      cause: toSecPaidFailure(error)
    })

  /** Looks the reference up; adopts what exists, removing late duplicates of it. */
  const adoptExisting = async (sale: SaleRecord, client: SecPaidClient): Promise<Result<LinkView> | 'absent'> => {
    const lookup = await findSaleLink(client, sale)
    switch (lookup.found) {
      case 'unknown':
        return stillUncertain(sale, lookup.error)
      case 'none':
        return 'absent'
      case 'paid':
        journal.append({
          type: 'created',
          reference: sale.reference,
          linkId: lookup.link.id,
          payLink: '',
          qrImg: null,
          at: at()
        })
        return succeed(saleLinkView(journal.append({ type: 'paid', reference: sale.reference, at: at() })))
      case 'pending':
        for (const duplicate of lookup.duplicates) await client.deleteLink(duplicate.id)
        return recordCreated(sale, lookup.link)
    }
  }

  const createLink = (sale: SaleRecord, client: SecPaidClient) => {
    const defaults = settings.getStored().linkDefaults
    return client.createLink({
      amountCents: sale.amountCents,
      recipientNote: saleRecipientNote(sale.reference, sale.note, sale.items),
      cancellable: defaults.cancellable,
      bankTransfer: defaults.bankTransfer,
      isQrLink: true,
      ...(defaults.callbackUrl ? { callbackUrl: defaults.callbackUrl } : {}),
      ...(defaults.paymentEndpoint ? { paymentEndpoint: defaults.paymentEndpoint } : {}),
      ...(defaults.bankStatementDescription ? { bankStatementDescription: defaults.bankStatementDescription } : {})
    })
  }

  /**
   * Creates the sale's link at most `CREATE_ATTEMPTS` times, and before each attempt after a lost answer
   * proves by look-up that no link with the sale's reference exists.
   */
  const createOrAdopt = async (sale: SaleRecord, plan: SettlePlan): Promise<Result<LinkView>> => {
    const client = deps.getClient(plan.priority)
    if (plan.checkFirst) {
      const existing = await adoptExisting(sale, client)
      if (existing !== 'absent') return existing
      if (!plan.createIfAbsent) return recordFailed(sale, { code: 'closed_before_link' })
    }
    for (let attempt = 1; ; attempt += 1) {
      const created = await createLink(sale, client)
      if (created.ok) return recordCreated(sale, created.value)
      if (!mayHaveActed(created.error)) return recordFailed(sale, toSecPaidFailure(created.error), created.error)
      await sleep(lookupDelayMs)
      const existing = await adoptExisting(sale, client)
      if (existing !== 'absent') return existing
      if (attempt === CREATE_ATTEMPTS) {
        return recordFailed(sale, { code: 'link_not_created', cause: toSecPaidFailure(created.error) })
      }
    }
  }

  /** One settlement per sale at a time, so a double press or a start-up reconcile never races a charge. */
  const settleOnce = (sale: SaleRecord, plan: SettlePlan): Promise<Result<LinkView>> =>
    oneSettlementPerSale(sale.reference, () => createOrAdopt(sale, plan))

  const cancel = async (linkId: number): Promise<Result<{ linkId: number }>> => {
    const sale = saleByLinkId(linkId)
    const client = deps.getClient('charge')
    // A sale journaled before sales recorded their environment may be a Demo sale of the days when Demo numbered
    // links like SecPaid: its id is deleted only once SecPaid confirms the link with that id is this sale's.
    if (sale !== undefined && sale.environment === null) {
      const lookup = await findSaleLink(client, sale)
      if (lookup.found === 'unknown') return fromSecPaidError(lookup.error)
      if (lookup.found === 'none' || lookup.link.id !== linkId) return fail({ code: 'link_not_found' })
    }
    const deleted = await client.deleteLink(linkId)
    if (deleted.ok) {
      if (sale !== undefined) journal.append({ type: 'cancelled', reference: sale.reference, at: at() })
      return succeed({ linkId })
    }
    if (deleted.error.kind === 'api' && isLinkAlreadyUsed(deleted.error.secpaidMessage)) {
      // Read again: paid detection may have booked the payment while SecPaid was asked.
      const now = sale === undefined ? undefined : journal.get(sale.reference)
      if (now !== undefined && saleStatus(now) !== 'paid') {
        journal.append({ type: 'paid', reference: now.reference, at: at() })
      }
      return fail({ code: 'already_paid', linkId })
    }
    return fromSecPaidError(deleted.error)
  }

  return {
    async charge({ amountCents, note, items, tipCents, tip, vat, replaces }) {
      const [uncertain] = journal.creating()
      if (uncertain !== undefined) return fail({ code: 'uncertain_sale_open', ...openSaleOf(uncertain) })
      const journalStatus = journal.status()
      if (!journalStatus.writable) return fail({ code: 'journal_unwritable', errno: journalStatus.errno })
      const { tillId: till, deviceName: device, linkDefaults, environment, tipKind } = settings.getStored()
      const day = saleDay(deps.now())
      let seq = journal.lastSeq(till, day)
      let reference: string
      do {
        seq += 1
        // A journal from before sale numbers, or a template without the day, may hold the next reference already.
        reference = renderSaleReference(linkDefaults.noteTemplate, { till, device, day, seq })
      } while (journal.get(reference) !== undefined)
      const written = journal.appendDurably({
        type: 'creating',
        reference,
        amountCents,
        note: note?.trim() ?? '',
        at: at(),
        sequence: { till, day, seq },
        environment,
        ...(items !== undefined && items.length > 0 ? { items } : {}),
        ...(tipCents !== undefined && tipCents > 0 ? { tipCents, tipKind } : {}),
        ...(tip !== undefined && items !== undefined && items.length > 0 ? { tip } : {}),
        ...(vat !== undefined ? { vat } : {}),
        ...(replaces !== undefined && changedReferences.has(replaces) ? { replaces } : {})
      })
      if (!written.ok) return fail({ code: 'journal_unwritable', errno: written.errno })
      if (replaces !== undefined) changedReferences.delete(replaces)
      return settleOnce(written.sale, { checkFirst: false, createIfAbsent: true, priority: 'charge' })
    },
    async resolve(reference) {
      const found = saleHere(journal, reference)
      if (!found.ok) return found
      const sale = found.value
      if (saleStatus(sale) === 'failed') {
        return fail({ code: 'nothing_charged', reference, failure: sale.failure ?? { code: 'unexplained' } })
      }
      if (sale.status !== 'creating') return succeed(saleLinkView(sale))
      return settleOnce(sale, { checkFirst: true, createIfAbsent: true, priority: 'charge' })
    },
    uncertainSale() {
      const [uncertain] = journal.creating()
      return uncertain === undefined ? null : openSaleOf(uncertain)
    },
    async reconcileOpenSales() {
      const settled: LinkView[] = []
      for (const sale of journal.creating()) {
        const result = await settleOnce(sale, { checkFirst: true, createIfAbsent: false, priority: 'settle' })
        if (result.ok) settled.push(result.value)
      }
      return settled
    },
    cancel,
    async change(linkId) {
      const sale = saleByLinkId(linkId)
      // Only a sale this till journaled can be put back: a link made elsewhere has no lines here.
      if (sale === undefined) return fail({ code: 'link_not_found' })
      const cancelled = await cancel(linkId)
      if (!cancelled.ok) return cancelled
      changedReferences.add(sale.reference)
      return succeed({ reference: sale.reference, charge: chargeOfSale(sale, settings.getStored().tips) })
    },
    mayBeReplaced(reference) {
      const sale = journal.get(reference)
      if (sale === undefined || saleStatus(sale) !== 'cancelled') return
      if (journal.isReplaced(reference)) return
      changedReferences.add(reference)
    },
    recordOutcome(linkId, status, reference) {
      const sale = reference === undefined ? saleByLinkId(linkId) : journal.get(reference)
      if (sale === undefined || sale.linkId !== linkId || !awaitsPayment(sale)) return null
      return settledSale(journal.append({ type: status, reference: sale.reference, at: at() }))
    }
  }
}
