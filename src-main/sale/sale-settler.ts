import type { LinkState } from '../../src-preload/contract'
import { systemClock, type Clock } from '../clock'
import type { RequestPriority } from '../secpaid/request-scheduler'
import type { SecPaidClient, SecPaidError } from '../secpaid/types'
import { confirmLinkOutcome, paidLinkIsFor, type MissingLink } from './link-outcome'
import type { PendingList } from './pending-list'
import type { SaleJournal } from './sale-journal'
import type { SaleRecord } from './sale-record'

export interface SaleSettlerOptions {
  /** A client whose requests wait their turn in the request budget at `priority`. */
  getClient: (priority: RequestPriority) => SecPaidClient
  journal: SaleJournal
  pendingList: PendingList
  /** The link on screen: paid detection watches it closely, so the settler leaves it alone. */
  watchedLinkId: () => number | null
  onPaid: (linkId: number) => void
  onGone: (linkId: number) => void
  /** Open sales older than this are checked at `staleCheckMs` instead of `recentCheckMs`. */
  staleAfterMs: () => number
  recentCheckMs?: number
  staleCheckMs?: number
  /** How many sales one round may look up one by one, so a long list of open sales never bursts. */
  lookupsPerRound?: number
  /** Rounds are this far apart; each sale is due by its own age. */
  roundMs?: number
  maxBackoffMs?: number
  /** A defect in a round (never a SecPaid failure, which is a value): main logs it, the next round goes on. */
  reportDefect?: (error: unknown) => void
  /** Time for the rounds and the sales' ages; a test or benchmark may run it faster. */
  clock?: Clock
}

export interface SaleSettler {
  start(): void
  /** Checks every open sale at the next round, e.g. after a restart or when SecPaid is back. */
  checkAllSoon(): void
  stop(): void
}

/**
 * Settles every open sale of this till in the background, not only the one on screen: a customer may pay a link an
 * hour after the cashier moved on. One shared pending list tells which links still wait; for the others one list of
 * recent payments confirms most at once, and the rest are looked up one by one, a few per round. Paid is said only
 * on SecPaid's word for that exact link, as for the link on screen.
 */
export function createSaleSettler(options: SaleSettlerOptions): SaleSettler {
  const clock = options.clock ?? systemClock
  const now = () => clock.now()
  const recentCheckMs = options.recentCheckMs ?? 30_000
  const staleCheckMs = options.staleCheckMs ?? 15 * 60_000
  const lookupsPerRound = options.lookupsPerRound ?? 1
  const roundMs = options.roundMs ?? 10_000
  const maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000
  const lastChecked = new Map<string, number>()
  let cancelTimer: (() => void) | null = null
  let running = false
  let failures = 0

  const openSales = () =>
    options.journal
      .all()
      .filter(
        (sale): sale is SaleRecord & { linkId: number } =>
          sale.status === 'created' && sale.linkId !== null && sale.linkId !== options.watchedLinkId()
      )

  const isDue = (sale: SaleRecord, at: number) => {
    const startedAt = Date.parse(sale.history[0]?.at ?? '')
    const stale = Number.isFinite(startedAt) && at - startedAt > options.staleAfterMs()
    return at - (lastChecked.get(sale.reference) ?? 0) >= (stale ? staleCheckMs : recentCheckMs)
  }

  const settle = (linkId: number, state: LinkState) => {
    if (state === 'paid') options.onPaid(linkId)
    if (state === 'gone') options.onGone(linkId)
  }

  /** One round: null when it went through, the error that stopped it otherwise. */
  const round = async (): Promise<SecPaidError | null> => {
    const at = now()
    const due = openSales().filter((sale) => isDue(sale, at))
    if (due.length === 0) return null
    const answer = await options.pendingList.get(roundMs, 'settle')
    if (!answer.ok) return answer.error
    const pendingIds = new Set(answer.list.links.map((link) => link.id))
    const missing: MissingLink[] = []
    for (const sale of due) {
      if (pendingIds.has(sale.linkId)) lastChecked.set(sale.reference, at)
      else missing.push({ linkId: sale.linkId, sale: { reference: sale.reference, amountCents: sale.amountCents } })
    }
    if (missing.length === 0) return null

    const client = options.getClient('settle')
    const recentlyPaid = await client.getMyUsedLinks({ limit: 100 })
    if (!recentlyPaid.ok) return recentlyPaid.error
    const unexplained: MissingLink[] = []
    for (const link of missing) {
      if (recentlyPaid.value.some((paid) => paidLinkIsFor(paid, link))) {
        lastChecked.set(link.sale?.reference ?? '', at)
        settle(link.linkId, 'paid')
      } else unexplained.push(link)
    }
    for (const link of unexplained.slice(0, lookupsPerRound)) {
      const outcome = await confirmLinkOutcome(client, link, answer.list.complete)
      if (typeof outcome !== 'string') return outcome
      lastChecked.set(link.sale?.reference ?? '', at)
      settle(link.linkId, outcome)
    }
    return null
  }

  const schedule = (delayMs: number) => {
    if (!running) return
    cancelTimer = clock.after(delayMs, () => void runRound())
  }

  const runRound = async () => {
    cancelTimer = null
    let error: SecPaidError | null
    try {
      error = await round()
    } catch (defect) {
      options.reportDefect?.(defect)
      error = null
    }
    if (error === null) {
      failures = 0
      schedule(roundMs)
    } else {
      failures += 1
      const backoff = Math.min(maxBackoffMs, roundMs * 2 ** failures)
      schedule(Math.max(backoff, (error.retryAfterSeconds ?? 0) * 1000))
    }
  }

  return {
    start() {
      if (running) return
      running = true
      schedule(0)
    },
    checkAllSoon() {
      lastChecked.clear()
    },
    stop() {
      running = false
      cancelTimer?.()
      cancelTimer = null
    }
  }
}
