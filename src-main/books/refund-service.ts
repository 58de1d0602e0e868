import type { SaleRefund } from '../../src-preload/contract'
import type { SaleJournal } from '../journal/sale-journal'
import type { SaleRecord } from '../journal/sale-record'
import { saleStatus } from '../journal/sale-status'
import { onePerKey } from '../one-per-key'
import { fail, type Result, succeed } from '../result'
import { saleHere } from '../sale/sale-here'
import { linkBelongsToSale } from '../sale/sale-link-match'
import { mayHaveActed } from '../secpaid/may-have-acted'
import { toSecPaidFailure } from '../secpaid/secpaid-failure'
import { refundRefusalOf } from '../secpaid/secpaid-words'
import type { SecPaidClient } from '../secpaid/types'

export interface RefundService {
  /**
   * Files the sale's one refund request. The intent is journaled (fsynced) before SecPaid is asked and the answer
   * after; when the answer was lost, asking again resends the recorded request (not a new amount), and SecPaid's
   * "Refund already requested" then proves the first one arrived.
   */
  refund(reference: string, amountCents: number): Promise<Result<SaleRefund>>
}

export function createRefundService(deps: {
  getClient: () => SecPaidClient
  journal: SaleJournal
  now: () => Date
}): RefundService {
  const { journal } = deps
  const at = () => deps.now().toISOString()
  /** One request in flight per sale: a double tap waits for the first answer instead of sending twice. */
  const onePerSale = onePerKey<Result<SaleRefund>>()

  const refundOf = (sale: SaleRecord | undefined): SaleRefund => {
    if (sale?.refund === undefined) throw new Error('the refund was journaled but is not in the index')
    return sale.refund
  }

  const send = async (sale: SaleRecord, linkId: number, retry: boolean): Promise<Result<SaleRefund>> => {
    const intent = refundOf(sale)
    const answer = await deps.getClient().refundPayment({
      payId: linkId,
      amountCents: intent.amountCents,
      isFullRefund: intent.full
    })
    const reference = sale.reference
    if (answer.ok) return succeed(refundOf(journal.append({ type: 'refund_sent', reference, at: at() })))
    const error = answer.error
    if (error.kind === 'api') {
      const refusal = refundRefusalOf(error.secpaidMessage ?? '')
      // Only one request per link: on a retry, "already requested" is SecPaid saying the lost one arrived.
      if (retry && refusal.code === 'refund_already_requested') {
        return succeed(refundOf(journal.append({ type: 'refund_sent', reference, at: at() })))
      }
      journal.append({ type: 'refund_refused', reference, refusal, at: at() })
      return fail(refusal)
    }
    const cause = toSecPaidFailure(error)
    // A retry that never reached SecPaid learns nothing: the first request may still have arrived.
    if (mayHaveActed(error) || retry) {
      return fail(
        mayHaveActed(error)
          ? { code: 'refund_outcome_unknown', amountCents: intent.amountCents, cause }
          : { code: 'refund_not_sent', cause }
      )
    }
    const refusal = { code: 'refund_not_sent' as const, cause }
    journal.append({ type: 'refund_refused', reference, refusal, at: at() })
    return fail(refusal)
  }

  /**
   * A sale journaled before sales recorded their environment counts wherever the app works, but it may be a Demo sale
   * of those days, when Demo numbered its links like SecPaid: its link id may name a real customer's payment here.
   * Such a sale is refunded only once SecPaid confirms that its paid link with this id is this sale's (reference and
   * amount); otherwise nothing is sent.
   */
  const unconfirmedLegacyLink = async (sale: SaleRecord, linkId: number): Promise<Result<never> | null> => {
    if (sale.environment !== null) return null
    const used = await deps.getClient().getMyUsedLinks({ search: sale.reference, limit: 20 })
    if (!used.ok) return fail({ code: 'refund_not_sent', cause: toSecPaidFailure(used.error) })
    return used.value.some((paid) => paid.id === linkId && linkBelongsToSale(paid, sale))
      ? null
      : fail({ code: 'link_not_found' })
  }

  const refund = async (reference: string, amountCents: number): Promise<Result<SaleRefund>> => {
    // Another environment's link id names another link here (a Demo id at live SecPaid): never sent.
    const found = saleHere(journal, reference)
    if (!found.ok) return found
    const sale = found.value
    if (saleStatus(sale) !== 'paid' || sale.linkId === null) return fail({ code: 'refund_not_paid' })
    const earlier = sale.refund
    if (earlier?.state === 'sent') return fail({ code: 'refund_already_requested' })
    const unconfirmed = await unconfirmedLegacyLink(sale, sale.linkId)
    if (unconfirmed !== null) return unconfirmed
    if (earlier?.state === 'requested') return send(sale, sale.linkId, true)
    if (amountCents > sale.amountCents) return fail({ code: 'refund_above_paid', paidCents: sale.amountCents })
    const recorded = journal.appendDurably({
      type: 'refund_requested',
      reference,
      amountCents,
      full: amountCents === sale.amountCents,
      at: at()
    })
    if (!recorded.ok) return fail({ code: 'journal_unwritable', errno: recorded.errno })
    return send(recorded.sale, sale.linkId, false)
  }

  return {
    refund: (reference, amountCents) => onePerSale(reference, () => refund(reference, amountCents))
  }
}
