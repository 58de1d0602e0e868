import { type Clock, systemClock } from '../clock'
import type { RequestPriority } from '../secpaid/request-scheduler'
import type { SecPaidClient, SecPaidError } from '../secpaid/types'
import { confirmLinkOutcome, type LinkOutcome, type SettledOutcome } from './link-outcome'
import type { PendingLinks, PendingList } from './pending-list'
import type { SaleIdentity } from './sale-link-match'

interface PaymentWatcherOptions {
  /** A client whose requests wait their turn in the request budget at `priority`. */
  getClient: (priority: RequestPriority) => SecPaidClient
  /** The pending list, shared with the sidebar and the settler. */
  pendingList: PendingList
  /** The sale a link belongs to, when this till made it (journal). */
  saleOf: (linkId: number) => SaleIdentity | undefined
  /** The link was confirmed paid or cancelled; `reference` names this till's sale that was asked about, if any. */
  onSettled: (linkId: number, status: SettledOutcome, reference: string | undefined) => void
  /** The link left the screen (back, another link shown, stopped): the background settler takes it over. */
  onUnwatched?: (linkId: number) => void
  /** One list call per interval while a QR is shown: 1.6 s keeps the app under 40 requests a minute. */
  watchIntervalMs?: number
  maxBackoffMs?: number
  clock?: Clock
}

export interface PaymentWatcher {
  /** Starts polling for the link on screen; replaces any previous one. */
  watch(linkId: number): void
  unwatch(): void
  /** The link on screen, or null. */
  watched(): number | null
  stateOf(linkId: number): LinkOutcome
  /** The link was cancelled here: no longer waiting, and out of the shared list. */
  forget(linkId: number): void
  /** A look-up elsewhere (Check now) confirmed the link paid or cancelled: recorded and told as if polling had found it. */
  learned(linkId: number, status: SettledOutcome, reference: string): void
  stop(): void
}

/**
 * The link on screen left the pending list: the customer has most likely just paid and waits for the Paid screen.
 * That look-up is as urgent as a charge, so it may use the token background work leaves to charges.
 */
const CONFIRM_PRIORITY: RequestPriority = 'charge'

/**
 * Paid detection for the link on screen, by polling within SecPaid's rate limit (no webhooks reach a counter behind
 * NAT) and by examining every pending list fetched meanwhile for the sidebar or the settler. A link that leaves the
 * pending list is only called paid once SecPaid confirms that exact link; otherwise it was deleted or cancelled.
 * Errors and 429s back off exponentially.
 */
export function createPaymentWatcher(options: PaymentWatcherOptions): PaymentWatcher {
  const watchIntervalMs = options.watchIntervalMs ?? 1600
  const maxBackoffMs = options.maxBackoffMs ?? 60_000
  const clock = options.clock ?? systemClock

  const states = new Map<number, LinkOutcome>()
  /** Links whose outcome is being asked for: never two confirmations of one link at once. */
  const confirming = new Set<number>()
  let watched: number | null = null
  let stopListening: (() => void) | null = null
  let cancelTimer: (() => void) | null = null
  let failures = 0
  /** The list examined last: a poll's own answer has usually been examined already, when it was fetched. */
  let lastExamined: PendingLinks | null = null

  const settle = (linkId: number, status: SettledOutcome, reference: string | undefined) => {
    states.set(linkId, status)
    options.onSettled(linkId, status, reference)
  }

  const answered = (linkId: number) => {
    if (watched !== linkId) return
    failures = 0
    schedule(watchIntervalMs)
  }

  const failed = (linkId: number, error: SecPaidError) => {
    if (watched !== linkId) return
    failures += 1
    const backoff = Math.min(maxBackoffMs, watchIntervalMs * 2 ** failures)
    schedule(Math.max(backoff, (error.retryAfterSeconds ?? 0) * 1000))
  }

  const confirm = async (linkId: number, listWasComplete: boolean) => {
    confirming.add(linkId)
    if (watched === linkId) stopTimer()
    let outcome: LinkOutcome | SecPaidError
    // The sale asked about, as it was when asked: the answer is about it, whatever environment is chosen by then.
    const sale = options.saleOf(linkId)
    try {
      outcome = await confirmLinkOutcome(options.getClient(CONFIRM_PRIORITY), { linkId, sale }, listWasComplete)
    } finally {
      confirming.delete(linkId)
    }
    if (typeof outcome !== 'string') failed(linkId, outcome)
    else if (outcome === 'waiting') answered(linkId)
    else {
      settle(linkId, outcome, sale?.reference)
      // A list that still held the link may have scheduled a poll meanwhile.
      if (watched === linkId) stopTimer()
    }
  }

  /**
   * Any whole list fetched while the link is on screen, by the watcher, the sidebar or the settler: the link missing
   * from it is confirmed at once, and the next poll comes one interval after this fetch, so others' lists only ever
   * make paid detection sooner and save it requests.
   */
  const examine = (linkId: number, list: PendingLinks) => {
    if (watched !== linkId || list === lastExamined || !isOpen(linkId)) return
    lastExamined = list
    if (list.links.some((link) => link.id === linkId)) answered(linkId)
    // A confirmation under way schedules the next poll when it ends.
    else if (!confirming.has(linkId)) void confirm(linkId, list.complete)
  }

  const poll = async (linkId: number) => {
    const answer = await options.pendingList.get(0, 'watch')
    if (answer.ok) examine(linkId, answer.list)
    else failed(linkId, answer.error)
  }

  const isOpen = (linkId: number) => (states.get(linkId) ?? 'waiting') === 'waiting'

  const schedule = (delayMs: number) => {
    stopTimer()
    const linkId = watched
    if (linkId === null || !isOpen(linkId)) return
    cancelTimer = clock.after(delayMs, () => void poll(linkId))
  }

  const stopTimer = () => {
    cancelTimer?.()
    cancelTimer = null
  }

  const stopWatching = () => {
    const left = watched
    watched = null
    stopTimer()
    stopListening?.()
    stopListening = null
    if (left !== null) options.onUnwatched?.(left)
  }

  return {
    watch(linkId) {
      if (watched !== null && watched !== linkId) stopWatching()
      stopListening?.()
      watched = linkId
      failures = 0
      lastExamined = null
      if (!states.has(linkId)) states.set(linkId, 'waiting')
      stopListening = options.pendingList.onFetched((list) => examine(linkId, list))
      schedule(watchIntervalMs)
    },
    unwatch() {
      stopWatching()
    },
    watched: () => watched,
    stateOf: (linkId) => states.get(linkId) ?? 'waiting',
    forget(linkId) {
      states.set(linkId, 'cancelled')
      options.pendingList.drop(linkId)
    },
    learned(linkId, status, reference) {
      if (states.get(linkId) !== status) settle(linkId, status, reference)
    },
    stop() {
      stopWatching()
    }
  }
}
