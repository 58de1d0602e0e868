import type { LinkState } from '../../src-preload/contract'
import { systemClock, type Clock } from '../clock'
import { isMoreUrgent, type RequestPriority } from '../secpaid/request-scheduler'
import type { PendingLink, SecPaidClient, SecPaidError } from '../secpaid/types'
import { noteBelongsTo } from './find-sale-link'

type ListAnswer = { ok: true; links: PendingLink[] } | { ok: false; error: SecPaidError }

export interface PaymentWatcherOptions {
  /** A client whose requests wait their turn in the request budget at `priority`. */
  getClient: (priority: RequestPriority) => SecPaidClient
  /** The sale's reference for a link id, when this counter made it (journal); used to search paid links. */
  referenceOf: (linkId: number) => string | undefined
  onPaid: (linkId: number) => void
  onGone: (linkId: number) => void
  /** One list call per interval while a QR is shown: 1.6 s keeps the app under 40 requests a minute. */
  watchIntervalMs?: number
  maxBackoffMs?: number
  /**
   * How old a pending list may be and still answer the sidebar instead of a new request. Longer than the watch
   * interval, so while a QR is shown the sidebar never adds a request of its own.
   */
  listFreshForMs?: number
  clock?: Clock
}

export interface PaymentWatcher {
  /** Starts polling for the link on screen; replaces any previous one. */
  watch(linkId: number): void
  unwatch(): void
  stateOf(linkId: number): LinkState
  /** Pending links for the sidebar, sharing the watcher's most recent list call when it is fresh. */
  pendingLinks(): Promise<ListAnswer>
  forget(linkId: number): void
  /** A link from the most recent pending list, if it was there. */
  cachedLink(linkId: number): PendingLink | undefined
  /** Drops the shared list, e.g. after a charge, so the next sidebar refresh shows the new link. */
  invalidate(): void
  stop(): void
}

const LIST_LIMIT = 50
/**
 * The link on screen left the pending list: the customer has most likely just paid and waits for the Paid screen.
 * That look-up is as urgent as a charge, so it may use the token background work leaves to charges.
 */
const CONFIRM_PRIORITY: RequestPriority = 'charge'

/**
 * Learns that a link was paid by polling within SecPaid's rate limit (there are no webhooks behind NAT).
 * A link that vanishes from the pending list is only called paid once getMyUsedLinks or getPayInTransactions
 * confirms it; otherwise it was deleted or cancelled. Errors and 429s back off exponentially.
 */
export function createPaymentWatcher(options: PaymentWatcherOptions): PaymentWatcher {
  const watchIntervalMs = options.watchIntervalMs ?? 1600
  const maxBackoffMs = options.maxBackoffMs ?? 60_000
  const listFreshForMs = options.listFreshForMs ?? 2000
  const clock = options.clock ?? systemClock

  const states = new Map<number, LinkState>()
  let watched: number | null = null
  let cancelTimer: (() => void) | null = null
  let failures = 0
  let lastList: { links: PendingLink[]; at: number } | null = null
  let listInFlight: { priority: RequestPriority; answer: Promise<ListAnswer> } | null = null

  /**
   * The pending list no older than `maxAgeMs`. A request already under way is joined, never doubled, unless it waits
   * at a less urgent priority: then this one asks at its own (the scheduler merges the two while both are queued).
   */
  const fetchList = (maxAgeMs: number, priority: RequestPriority): Promise<ListAnswer> => {
    if (lastList !== null && clock.now() - lastList.at < maxAgeMs) {
      return Promise.resolve({ ok: true, links: lastList.links })
    }
    if (listInFlight !== null && !isMoreUrgent(priority, listInFlight.priority)) return listInFlight.answer
    const answer: Promise<ListAnswer> = options
      .getClient(priority)
      .getMyUnusedLinks({ limit: LIST_LIMIT })
      .then((result) => {
        if (!result.ok) return { ok: false as const, error: result.error }
        lastList = { links: result.value, at: clock.now() }
        return { ok: true as const, links: result.value }
      })
      .finally(() => {
        if (listInFlight?.answer === answer) listInFlight = null
      })
    listInFlight = { priority, answer }
    return answer
  }

  const settle = (linkId: number, state: LinkState) => {
    states.set(linkId, state)
    if (state === 'paid') options.onPaid(linkId)
    if (state === 'gone') options.onGone(linkId)
  }

  /** The link left the pending list: find out why before anyone says Paid. */
  const confirm = async (linkId: number): Promise<LinkState | SecPaidError> => {
    const client = options.getClient(CONFIRM_PRIORITY)
    const reference = options.referenceOf(linkId)
    if (reference !== undefined) {
      const used = await client.getMyUsedLinks({ search: reference, limit: 20 })
      if (!used.ok) return used.error
      if (used.value.some((link) => link.id === linkId || noteBelongsTo(link.recipientNote, reference))) return 'paid'
    }
    const payIn = await client.getPayInTransactions({ payId: linkId })
    if (!payIn.ok) return payIn.error
    if (payIn.value.some((transaction) => transaction.payId === linkId && transaction.status === 'Success'))
      return 'paid'
    if (payIn.value.some((transaction) => transaction.payId === linkId)) return 'pending'
    // Not paid; absent from the newest links could also mean it is older than the list's limit.
    const stillPending = await client.getMyUnusedLinks(
      reference !== undefined ? { search: reference, limit: 20 } : { limit: 1000 }
    )
    if (!stillPending.ok) return stillPending.error
    return stillPending.value.some((link) => link.id === linkId) ? 'pending' : 'gone'
  }

  const poll = async (linkId: number) => {
    const list = await fetchList(0, 'watch')
    let error: SecPaidError | null = list.ok ? null : list.error
    if (list.ok && !list.links.some((link) => link.id === linkId)) {
      const outcome = await confirm(linkId)
      if (typeof outcome === 'string') {
        if (outcome !== 'pending') settle(linkId, outcome)
      } else error = outcome
    }
    if (watched !== linkId) return
    if (error === null) {
      failures = 0
      schedule(watchIntervalMs)
    } else {
      failures += 1
      const backoff = Math.min(maxBackoffMs, watchIntervalMs * 2 ** failures)
      schedule(Math.max(backoff, (error.retryAfterSeconds ?? 0) * 1000))
    }
  }

  const schedule = (delayMs: number) => {
    stopTimer()
    const linkId = watched
    if (linkId === null || states.get(linkId) === 'paid' || states.get(linkId) === 'gone') return
    cancelTimer = clock.after(delayMs, () => void poll(linkId))
  }

  const stopTimer = () => {
    cancelTimer?.()
    cancelTimer = null
  }

  return {
    watch(linkId) {
      watched = linkId
      failures = 0
      if (!states.has(linkId)) states.set(linkId, 'pending')
      schedule(watchIntervalMs)
    },
    unwatch() {
      watched = null
      stopTimer()
    },
    stateOf: (linkId) => states.get(linkId) ?? 'pending',
    pendingLinks: () => fetchList(listFreshForMs, 'list'),
    forget(linkId) {
      states.set(linkId, 'gone')
      if (lastList !== null) lastList = { ...lastList, links: lastList.links.filter((link) => link.id !== linkId) }
    },
    cachedLink: (linkId) => lastList?.links.find((link) => link.id === linkId),
    invalidate() {
      lastList = null
    },
    stop() {
      watched = null
      stopTimer()
    }
  }
}
