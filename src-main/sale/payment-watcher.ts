import type { LinkState } from '../../src-preload/contract'
import { systemClock, type Clock } from '../clock'
import type { RequestPriority } from '../secpaid/request-scheduler'
import type { SecPaidClient, SecPaidError } from '../secpaid/types'
import { confirmLinkOutcome } from './link-outcome'
import type { PendingList } from './pending-list'
import type { SaleIdentity } from './sale-link-match'

export interface PaymentWatcherOptions {
  /** A client whose requests wait their turn in the request budget at `priority`. */
  getClient: (priority: RequestPriority) => SecPaidClient
  /** The pending list, shared with the sidebar and the settler. */
  pendingList: PendingList
  /** The sale a link belongs to, when this till made it (journal). */
  saleOf: (linkId: number) => SaleIdentity | undefined
  onPaid: (linkId: number) => void
  onGone: (linkId: number) => void
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
  stateOf(linkId: number): LinkState
  /** The link was cancelled here: no longer pending, and out of the shared list. */
  forget(linkId: number): void
  /** A look-up elsewhere (Check now) confirmed the link paid or gone: recorded and told as if polling had found it. */
  learned(linkId: number, state: Exclude<LinkState, 'pending'>): void
  stop(): void
}

/**
 * The link on screen left the pending list: the customer has most likely just paid and waits for the Paid screen.
 * That look-up is as urgent as a charge, so it may use the token background work leaves to charges.
 */
const CONFIRM_PRIORITY: RequestPriority = 'charge'

/**
 * Paid detection for the link on screen, by polling within SecPaid's rate limit (no webhooks reach a counter behind
 * NAT). A link that leaves the pending list is only called paid once SecPaid confirms that exact link; otherwise it
 * was deleted or cancelled. Errors and 429s back off exponentially.
 */
export function createPaymentWatcher(options: PaymentWatcherOptions): PaymentWatcher {
  const watchIntervalMs = options.watchIntervalMs ?? 1600
  const maxBackoffMs = options.maxBackoffMs ?? 60_000
  const clock = options.clock ?? systemClock

  const states = new Map<number, LinkState>()
  let watched: number | null = null
  let cancelTimer: (() => void) | null = null
  let failures = 0

  const settle = (linkId: number, state: LinkState) => {
    states.set(linkId, state)
    if (state === 'paid') options.onPaid(linkId)
    if (state === 'gone') options.onGone(linkId)
  }

  const poll = async (linkId: number) => {
    const answer = await options.pendingList.get(0, 'watch')
    let error: SecPaidError | null = answer.ok ? null : answer.error
    if (answer.ok && !answer.list.links.some((link) => link.id === linkId)) {
      const outcome = await confirmLinkOutcome(
        options.getClient(CONFIRM_PRIORITY),
        { linkId, sale: options.saleOf(linkId) },
        answer.list.complete
      )
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
    watched: () => watched,
    stateOf: (linkId) => states.get(linkId) ?? 'pending',
    forget(linkId) {
      states.set(linkId, 'gone')
      options.pendingList.drop(linkId)
    },
    learned(linkId, state) {
      if (states.get(linkId) !== state) settle(linkId, state)
    },
    stop() {
      watched = null
      stopTimer()
    }
  }
}
