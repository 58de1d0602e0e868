import type { StaleCancelResult, StaleLink } from '../../src-preload/contract'
import type { SaleRecord } from '../journal/sale-record'
import { awaitsPayment } from '../journal/sale-status'
import type { Result } from '../result'

/** A link still waiting this long after its sale started is "still waiting" in the day close. */
export const STALE_AFTER_MS = 24 * 3_600_000

/** This environment's sales whose link has waited more than a day, oldest first. */
export function staleLinks(sales: readonly SaleRecord[], nowMs: number): StaleLink[] {
  const stale: StaleLink[] = []
  for (const sale of sales) {
    const startedAt = sale.history[0]?.at
    if (!awaitsPayment(sale) || startedAt === undefined) continue
    if (nowMs - Date.parse(startedAt) <= STALE_AFTER_MS) continue
    stale.push({ reference: sale.reference, linkId: sale.linkId, amountCents: sale.amountCents, createdAt: startedAt })
  }
  return stale.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** Cancels each link once, one after the other, by the safe cancel: a paid link stays paid and is counted so. */
export async function cancelEach(
  links: readonly StaleLink[],
  cancel: (linkId: number) => Promise<Result<{ linkId: number }>>
): Promise<StaleCancelResult> {
  const result: StaleCancelResult = { cancelled: 0, paid: 0, failed: 0 }
  for (const link of links) {
    const answer = await cancel(link.linkId)
    if (answer.ok) result.cancelled += 1
    else if (answer.error.code === 'already_paid') result.paid += 1
    else result.failed += 1
  }
  return result
}
