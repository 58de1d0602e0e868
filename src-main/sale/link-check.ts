import type { LinkCheckAnswer } from '../../src-preload/contract'
import type { SaleRecord } from '../journal/sale-record'
import { saleStatus } from '../journal/sale-status'
import { fail, fromSecPaidError, type Result, succeed } from '../result'
import type { SecPaidClient } from '../secpaid/types'
import { confirmLinkOutcome, type SettledOutcome } from './link-outcome'

/** Repeated taps on "Check now" for one link cost at most one look-up in this time. */
export const CHECK_NOW_INTERVAL_MS = 5_000

interface LinkCheckOptions {
  getClient: () => SecPaidClient
  saleOf: (reference: string) => SaleRecord | undefined
  /** A look-up found the link paid or gone: record and announce it as paid detection would. */
  onSettled: (linkId: number, status: SettledOutcome, reference: string) => void
  now?: () => number
  intervalMs?: number
}

export interface LinkCheck {
  /** "Check now" (a customer says they paid): one look-up of the sale's link, answered with what SecPaid says. */
  check(reference: string): Promise<Result<LinkCheckAnswer>>
}

/**
 * One look-up of a link on the cashier's request, through the same confirmation paid detection uses: paid only on
 * SecPaid's word for that exact link. Within the interval a link's last answer (or the look-up still on its way) is
 * answered again instead of asking SecPaid, so tapping costs the request budget at most one look-up per interval.
 */
export function createLinkCheck(options: LinkCheckOptions): LinkCheck {
  const now = options.now ?? Date.now
  const intervalMs = options.intervalMs ?? CHECK_NOW_INTERVAL_MS
  const recent = new Map<string, { startedAt: number; answer: Promise<Result<LinkCheckAnswer>> }>()

  const lookUp = async (sale: SaleRecord & { linkId: number }): Promise<Result<LinkCheckAnswer>> => {
    const outcome = await confirmLinkOutcome(
      options.getClient(),
      { linkId: sale.linkId, sale: { reference: sale.reference, amountCents: sale.amountCents } },
      false
    )
    if (typeof outcome !== 'string') return fromSecPaidError(outcome)
    if (outcome !== 'waiting') options.onSettled(sale.linkId, outcome, sale.reference)
    return succeed({ state: outcome, checkedAt: new Date(now()).toISOString() })
  }

  return {
    check(reference) {
      const sale = options.saleOf(reference)
      if (sale?.linkId === null || sale === undefined) return Promise.resolve(fail({ code: 'no_such_sale', reference }))
      const known = saleStatus(sale)
      if (known !== 'waiting')
        return Promise.resolve(succeed({ state: known, checkedAt: new Date(now()).toISOString() }))
      const last = recent.get(reference)
      if (last !== undefined && now() - last.startedAt < intervalMs) return last.answer
      for (const [key, entry] of recent) if (now() - entry.startedAt >= intervalMs) recent.delete(key)
      const answer = lookUp({ ...sale, linkId: sale.linkId })
      recent.set(reference, { startedAt: now(), answer })
      return answer
    }
  }
}
