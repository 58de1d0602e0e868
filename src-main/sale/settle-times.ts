import type { SaleRecord } from '../journal/sale-record'
import type { PendingLinks } from './pending-list'

interface SettleTimesOptions {
  recentCheckMs: number
  staleCheckMs: number
  hotCheckMs: number
  hotForMs: number
  staleAfterMs: () => number
}

const timeOf = (iso: string | undefined) => {
  const time = Date.parse(iso ?? '')
  return Number.isFinite(time) ? time : Number.NEGATIVE_INFINITY
}

/** When the sale got its link (its `created` line): a list asked for before then cannot hold it. */
const linkedAt = (sale: SaleRecord) =>
  timeOf(sale.history.find((entry) => entry.status === 'created')?.at ?? sale.history[0]?.at)

/**
 * What the settler knows of each open sale: as of when it was last known pending, when its QR left the screen, and
 * whether a list it was missing from waits for SecPaid's word. A sale counts as checked only as of the moment the
 * list that held it was asked for, never as of when someone read that list later.
 */
export function createSettleTimes(options: SettleTimesOptions) {
  const pendingAsOf = new Map<string, number>()
  const leftScreenAt = new Map<string, number>()
  /** Sales missing from a list asked for after they got their link, with that list's completeness. */
  const suspects = new Map<string, boolean>()

  const isHot = (sale: SaleRecord, at: number) =>
    at - Math.max(linkedAt(sale), leftScreenAt.get(sale.reference) ?? Number.NEGATIVE_INFINITY) < options.hotForMs

  const intervalOf = (sale: SaleRecord, at: number) => {
    if (isHot(sale, at)) return options.hotCheckMs
    const startedAt = timeOf(sale.history[0]?.at)
    return at - startedAt > options.staleAfterMs() ? options.staleCheckMs : options.recentCheckMs
  }

  const dueAt = (sale: SaleRecord, at: number) =>
    (pendingAsOf.get(sale.reference) ?? Number.NEGATIVE_INFINITY) + intervalOf(sale, at)

  return {
    isHot,
    dueAt,
    isDue: (sale: SaleRecord, at: number) => at >= dueAt(sale, at),
    /** The list holds the sale: pending as of when the list was asked for. */
    heldBy(sale: SaleRecord, list: PendingLinks) {
      if (list.askedAt >= (pendingAsOf.get(sale.reference) ?? Number.NEGATIVE_INFINITY)) {
        pendingAsOf.set(sale.reference, list.askedAt)
        suspects.delete(sale.reference)
      }
    },
    /** The list lacks the sale; true when that means something (the list was asked for after the link existed). */
    missingFrom(sale: SaleRecord, list: PendingLinks): boolean {
      if (list.askedAt <= linkedAt(sale)) return false
      if (list.askedAt < (pendingAsOf.get(sale.reference) ?? Number.NEGATIVE_INFINITY)) return false
      suspects.set(sale.reference, list.complete)
      return true
    },
    isSuspect: (reference: string) => suspects.has(reference),
    listWasComplete: (reference: string) => suspects.get(reference) ?? false,
    /** SecPaid answered for the sale at `at` (paid, gone, or still pending). */
    checked(reference: string, at: number) {
      suspects.delete(reference)
      pendingAsOf.set(reference, at)
    },
    leftScreen(reference: string, at: number) {
      leftScreenAt.set(reference, at)
    },
    forgetChecks() {
      pendingAsOf.clear()
    },
    /** Drops what is known of sales no longer open. */
    forgetAllBut(open: readonly SaleRecord[]) {
      const references = new Set(open.map((sale) => sale.reference))
      for (const map of [pendingAsOf, leftScreenAt, suspects])
        for (const reference of map.keys()) if (!references.has(reference)) map.delete(reference)
    }
  }
}
