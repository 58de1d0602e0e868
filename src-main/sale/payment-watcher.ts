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
  /** How old a pending list may be and still answer the sidebar instead of a new request, while no QR is shown. */
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
/** A sale's reference is unique: a search for it finds its link among a few. */
const REFERENCE_SEARCH_LIMIT = 20
/** A link of another till has no reference of ours: it is looked for among all pending links. */
const ALL_PENDING_LIMIT = 1000
/**
 * While a QR is shown the polls keep the pending list current, however far apart the request budget spaces them: the
 * sidebar takes the latest poll's list unless polling has stalled this long.
 */
const WATCHED_LIST_FRESH_FOR_MS = 10_000
/**
 * The link on screen left the pending list: the customer has most likely just paid and waits for the Paid screen.
 * That look-up is as urgent as a charge, so it may use the token background work leaves to charges.
 */
const CONFIRM_PRIORITY: RequestPriority = 'charge'

/**
 * Learns that a link was paid by polling within SecPaid's rate limit (there are no webhooks behind NAT).
 * A link that vanishes from the pending list is only called paid once getMyUsedLinks or getPayInTransactions
 * confirms it; otherwise it was deleted or cancelled. A link older than the newest pending links is watched by a
 * search of its own, one request a poll like any other. Errors and 429s back off exponentially.
 */
export function createPaymentWatcher(options: PaymentWatcherOptions): PaymentWatcher {
  const watchIntervalMs = options.watchIntervalMs ?? 1600
  const maxBackoffMs = options.maxBackoffMs ?? 60_000
  const listFreshForMs = options.listFreshForMs ?? 2000
  const clock = options.clock ?? systemClock

  const states = new Map<number, LinkState>()
  /** Links the newest pending list held: leaving it means paid, deleted, or pushed out by newer links. */
  const seenInList = new Set<number>()
  /** Pending links older than the newest list: each poll searches for them instead of reading the list. */
  const olderThanList = new Set<number>()
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
        // A list asked for before `invalidate()` answers only those who asked for it.
        if (listInFlight?.answer === answer) lastList = { links: result.value, at: clock.now() }
        return { ok: true as const, links: result.value }
      })
      .finally(() => {
        if (listInFlight?.answer === answer) listInFlight = null
      })
    listInFlight = { priority, answer }
    return answer
  }

  /** The link is no longer pending: the list the sidebar is served says so without asking SecPaid again. */
  const dropFromList = (linkId: number) => {
    if (lastList !== null) lastList = { ...lastList, links: lastList.links.filter((link) => link.id !== linkId) }
  }

  const settle = (linkId: number, state: LinkState) => {
    states.set(linkId, state)
    seenInList.delete(linkId)
    olderThanList.delete(linkId)
    dropFromList(linkId)
    if (state === 'paid') options.onPaid(linkId)
    if (state === 'gone') options.onGone(linkId)
  }

  /** Whether SecPaid has the payment: 'unpaid' when neither the paid links nor the incoming payments know of one. */
  const paidOrNot = async (linkId: number): Promise<LinkState | 'unpaid' | SecPaidError> => {
    const client = options.getClient(CONFIRM_PRIORITY)
    const reference = options.referenceOf(linkId)
    if (reference !== undefined) {
      const used = await client.getMyUsedLinks({ search: reference, limit: REFERENCE_SEARCH_LIMIT })
      if (!used.ok) return used.error
      if (used.value.some((link) => link.id === linkId || noteBelongsTo(link.recipientNote, reference))) return 'paid'
    }
    const payIn = await client.getPayInTransactions({ payId: linkId })
    if (!payIn.ok) return payIn.error
    if (payIn.value.some((transaction) => transaction.payId === linkId && transaction.status === 'Success'))
      return 'paid'
    return payIn.value.some((transaction) => transaction.payId === linkId) ? 'pending' : 'unpaid'
  }

  /** Looks for the link among the pending ones beyond the newest list; found, it is watched that way from now on. */
  const searchPending = async (
    linkId: number,
    priority: RequestPriority
  ): Promise<'pending' | 'absent' | SecPaidError> => {
    const reference = options.referenceOf(linkId)
    const pending = await options
      .getClient(priority)
      .getMyUnusedLinks(
        reference !== undefined ? { search: reference, limit: REFERENCE_SEARCH_LIMIT } : { limit: ALL_PENDING_LIMIT }
      )
    if (!pending.ok) return pending.error
    if (!pending.value.some((link) => link.id === linkId)) return 'absent'
    olderThanList.add(linkId)
    return 'pending'
  }

  /** Not pending any more: paid if SecPaid has the payment, else deleted or cancelled. */
  const paidOrGone = async (linkId: number): Promise<LinkState | SecPaidError> => {
    const paid = await paidOrNot(linkId)
    return paid === 'unpaid' ? 'gone' : paid
  }

  /** What one poll learns of the link: its state, or why it could not be learned. */
  const check = async (linkId: number): Promise<LinkState | SecPaidError> => {
    if (olderThanList.has(linkId)) {
      // A link older than the newest list (shown again from the sidebar): one search a poll, not three look-ups.
      const pending = await searchPending(linkId, 'watch')
      return pending === 'absent' ? paidOrGone(linkId) : pending
    }
    // A list the sidebar fetched since the last poll is as good as a poll of its own.
    const list = await fetchList(watchIntervalMs, 'watch')
    if (!list.ok) return list.error
    if (list.links.some((link) => link.id === linkId)) {
      seenInList.add(linkId)
      return 'pending'
    }
    if (seenInList.has(linkId)) {
      // It left the list: find out why before anyone says Paid. Unpaid, it may only have been pushed out.
      const paid = await paidOrNot(linkId)
      if (paid !== 'unpaid') return paid
      const pending = await searchPending(linkId, CONFIRM_PRIORITY)
      return pending === 'absent' ? 'gone' : pending
    }
    // Never in the list: older than it (then watched by the search from now on), or already paid or deleted.
    const pending = await searchPending(linkId, CONFIRM_PRIORITY)
    return pending === 'absent' ? paidOrGone(linkId) : pending
  }

  const poll = async (linkId: number) => {
    const outcome = await check(linkId)
    if (typeof outcome === 'string' && outcome !== 'pending') settle(linkId, outcome)
    if (watched !== linkId) return
    if (typeof outcome === 'string') {
      failures = 0
      schedule(watchIntervalMs)
    } else {
      failures += 1
      const backoff = Math.min(maxBackoffMs, watchIntervalMs * 2 ** failures)
      schedule(Math.max(backoff, (outcome.retryAfterSeconds ?? 0) * 1000))
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
    pendingLinks: () =>
      fetchList(watched === null ? listFreshForMs : Math.max(listFreshForMs, WATCHED_LIST_FRESH_FOR_MS), 'list'),
    forget(linkId) {
      states.set(linkId, 'gone')
      dropFromList(linkId)
    },
    cachedLink: (linkId) => lastList?.links.find((link) => link.id === linkId),
    invalidate() {
      lastList = null
      listInFlight = null
    },
    stop() {
      watched = null
      stopTimer()
    }
  }
}
