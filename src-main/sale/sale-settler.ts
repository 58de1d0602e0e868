import { type Clock, systemClock } from '../clock'
import type { SaleJournal } from '../journal/sale-journal'
import type { SaleRecord } from '../journal/sale-record'
import { awaitsPayment } from '../journal/sale-status'
import type { RequestPriority } from '../secpaid/request-scheduler'
import type { SecPaidClient, SecPaidError } from '../secpaid/types'
import {
  confirmLinkOutcome,
  type LinkOutcome,
  type MissingLink,
  paidLinkIsFor,
  type SettledOutcome
} from './link-outcome'
import type { PendingLinks, PendingList } from './pending-list'
import { createSettleTimes } from './settle-times'

interface SaleSettlerOptions {
  /** A client whose requests wait their turn in the request budget at `priority`. */
  getClient: (priority: RequestPriority) => SecPaidClient
  journal: SaleJournal
  pendingList: PendingList
  /** The link on screen: paid detection watches it closely, so the settler leaves it alone. */
  watchedLinkId: () => number | null
  /** The sale's link was confirmed paid or cancelled; `reference` names the sale asked about. */
  onSettled: (linkId: number, status: SettledOutcome, reference: string) => void
  /** Open sales older than this are checked at `staleCheckMs` instead of `recentCheckMs`. */
  staleAfterMs: () => number
  recentCheckMs?: number
  staleCheckMs?: number
  /**
   * A sale whose QR left the screen (or that got its link) less than `hotForMs` ago is checked every `hotCheckMs`:
   * the customer who walked off with the QR most likely pays within these minutes, and Paid should follow in seconds.
   */
  hotCheckMs?: number
  hotForMs?: number
  /** How many sales one round may look up one by one, so a long list of open sales never bursts. */
  lookupsPerRound?: number
  /** The longest a round waits for the next; each sale is due by its own age. */
  roundMs?: number
  maxBackoffMs?: number
  /** A defect in a round (never a SecPaid failure, which is a value): main logs it, the next round goes on. */
  reportDefect?: (error: unknown) => void
  /** Time for the rounds and the sales' ages; a test or benchmark may run it faster. */
  clock?: Clock
}

interface SaleSettler {
  start(): void
  /** Checks every open sale at the next round, e.g. after a restart or when SecPaid is back. */
  checkAllSoon(): void
  /** The link's QR left the cashier's screen: its customer may pay any moment now, without the cashier watching. */
  leftScreen(linkId: number): void
  stop(): void
}

/**
 * How often a sale just off the screen is checked, when no other list came meanwhile: 15 lists a minute at most, while
 * the till shows no QR (a QR's own polls serve it then), within a till's share of the key even with three on it.
 */
const HOT_CHECK_MS = 4_000
/** Rounds come no closer than this, whatever is due. */
const MIN_GAP_MS = 250

type OpenSale = SaleRecord & { linkId: number }

/**
 * Settles every open sale of this till in the background, not only the one on screen: a customer may pay a link an
 * hour after the cashier moved on. Every pending list anyone fetches (the QR's polls, the sidebar, the settler's own)
 * tells which sales still wait, as of the moment it was asked for: a list asked before a payment never counts as
 * having checked it afterwards. A sale that just left the screen is due again within seconds, older ones less often.
 * A sale missing from a list is confirmed at once: one list of recent payments settles most, the rest are looked up
 * one by one, a few per round. Paid is said only on SecPaid's word for that exact sale, as for the link on screen.
 */
export function createSaleSettler(options: SaleSettlerOptions): SaleSettler {
  const clock = options.clock ?? systemClock
  const now = () => clock.now()
  const roundMs = options.roundMs ?? 10_000
  const recentCheckMs = options.recentCheckMs ?? 30_000
  const times = createSettleTimes({
    recentCheckMs,
    staleCheckMs: options.staleCheckMs ?? 15 * 60_000,
    hotCheckMs: options.hotCheckMs ?? Math.min(HOT_CHECK_MS, recentCheckMs),
    hotForMs: options.hotForMs ?? 3 * 60_000,
    staleAfterMs: options.staleAfterMs
  })
  const lookupsPerRound = options.lookupsPerRound ?? 1
  const maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000
  const minGapMs = Math.min(roundMs, MIN_GAP_MS)
  let cancelTimer: (() => void) | null = null
  let stopListening: (() => void) | null = null
  let running = false
  let inRound = false
  let wokenDuringRound = false
  let failures = 0

  const openSales = (): OpenSale[] =>
    options.journal.awaitingPayment().filter((sale): sale is OpenSale => awaitsPayment(sale))
  const notOnScreen = (sales: OpenSale[]) => {
    const watched = options.watchedLinkId()
    return sales.filter((sale) => sale.linkId !== watched)
  }
  const missingLink = (sale: OpenSale): MissingLink => ({
    linkId: sale.linkId,
    sale: { reference: sale.reference, amountCents: sale.amountCents }
  })

  const settle = (sale: OpenSale, outcome: LinkOutcome, at: number) => {
    times.checked(sale.reference, at)
    if (outcome !== 'waiting') options.onSettled(sale.linkId, outcome, sale.reference)
  }

  /** What a list says of every open sale; a sale missing from it is to be confirmed. True when one is. */
  const examine = (list: PendingLinks): boolean => {
    const pendingIds = new Set(list.links.map((link) => link.id))
    const watched = options.watchedLinkId()
    let missing = false
    for (const sale of openSales()) {
      if (pendingIds.has(sale.linkId)) times.heldBy(sale, list)
      // The link on screen is paid detection's to confirm.
      else if (sale.linkId !== watched && times.missingFrom(sale, list)) missing = true
    }
    return missing
  }

  /** Confirms the sales missing from a list: SecPaid's word decides paid or gone. */
  const confirmSuspects = async (at: number): Promise<SecPaidError | null> => {
    const suspects = notOnScreen(openSales()).filter((sale) => times.isSuspect(sale.reference))
    if (suspects.length === 0) return null
    // A sale just off the screen that left the list: its customer has most likely just paid and the cashier will be
    // told. As urgent as paid detection's own confirmation (a charge's), and as rare: once per paid sale.
    const client = options.getClient(suspects.some((sale) => times.isHot(sale, at)) ? 'charge' : 'settle')
    const recentlyPaid = await client.getMyUsedLinks({ limit: 100 })
    if (!recentlyPaid.ok) return recentlyPaid.error
    const unexplained: OpenSale[] = []
    for (const sale of suspects) {
      if (recentlyPaid.value.some((paid) => paidLinkIsFor(paid, missingLink(sale)))) settle(sale, 'paid', at)
      else unexplained.push(sale)
    }
    for (const sale of unexplained.slice(0, lookupsPerRound)) {
      const outcome = await confirmLinkOutcome(client, missingLink(sale), times.listWasComplete(sale.reference))
      if (typeof outcome !== 'string') return outcome
      settle(sale, outcome, at)
    }
    return null
  }

  /** One round: null when it went through, the error that stopped it otherwise. */
  const round = async (): Promise<SecPaidError | null> => {
    const at = now()
    const open = openSales()
    times.forgetAllBut(open)
    const due = notOnScreen(open).filter((sale) => times.isDue(sale, at))
    if (due.length > 0) {
      // A list asked for now: one asked earlier was examined when it came, and holds no news of these sales. For a
      // sale just off the screen as urgent as the QR's poll, with which it is merged while both wait.
      const hot = due.some((sale) => times.isHot(sale, at))
      const answer = await options.pendingList.get(0, hot ? 'watch' : 'settle')
      if (!answer.ok) return answer.error
      // Also a list a charge made stale, which its listeners were not told of: the sales it predates are skipped.
      examine(answer.list)
    }
    return confirmSuspects(at)
  }

  const nextRoundIn = (): number => {
    const at = now()
    const waiting = notOnScreen(openSales())
    if (waiting.some((sale) => times.isSuspect(sale.reference))) return minGapMs
    const nextDue = Math.min(at + roundMs, ...waiting.map((sale) => times.dueAt(sale, at)))
    return Math.min(roundMs, Math.max(minGapMs, nextDue - at))
  }

  const schedule = (delayMs: number) => {
    cancelTimer?.()
    cancelTimer = null
    if (!running) return
    cancelTimer = clock.after(delayMs, () => void runRound())
  }

  /** Something changed (a sale left the screen or a list); a round backing off after failures keeps its wait. */
  const wake = () => {
    if (!running || failures > 0) return
    if (inRound) wokenDuringRound = true
    else schedule(0)
  }

  const runRound = async () => {
    cancelTimer = null
    inRound = true
    wokenDuringRound = false
    let error: SecPaidError | null
    try {
      error = await round()
    } catch (defect) {
      options.reportDefect?.(defect)
      error = null
    } finally {
      inRound = false
    }
    if (error === null) {
      failures = 0
      schedule(wokenDuringRound ? minGapMs : nextRoundIn())
    } else {
      failures += 1
      const backoff = Math.min(maxBackoffMs, roundMs * 2 ** failures)
      schedule(Math.max(backoff, (error.retryAfterSeconds ?? 0) * 1000))
    }
  }

  const onList = (list: PendingLinks) => {
    try {
      if (examine(list)) wake()
    } catch (defect) {
      options.reportDefect?.(defect)
    }
  }

  return {
    start() {
      if (running) return
      running = true
      stopListening = options.pendingList.onFetched(onList)
      schedule(0)
    },
    checkAllSoon() {
      times.forgetChecks()
      wake()
    },
    leftScreen(linkId) {
      const sale = options.journal.byLinkId(linkId)
      if (sale === undefined || !awaitsPayment(sale)) return
      times.leftScreen(sale.reference, now())
      wake()
    },
    stop() {
      running = false
      stopListening?.()
      stopListening = null
      cancelTimer?.()
      cancelTimer = null
    }
  }
}
