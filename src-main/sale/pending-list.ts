import { isMoreUrgent, type RequestPriority } from '../secpaid/request-scheduler'
import type { PendingLink, SecPaidClient, SecPaidError } from '../secpaid/types'

/** SecPaid's whole list of pending links, or as much as one answer holds. */
export interface PendingLinks {
  links: PendingLink[]
  /** False only when more links are pending than one answer may carry (`MAX_LIMIT`). */
  complete: boolean
  /**
   * When the request that answered it was sent: the list tells what was pending at some moment after this, so a link
   * it holds is known pending as of this time, no later (a payment just after it is not in it).
   */
  askedAt: number
}

export type PendingListResult = { ok: true; list: PendingLinks } | { ok: false; error: SecPaidError }

export interface PendingList {
  /**
   * The list no older than `maxAgeMs`, asked for at `priority` in the request budget (default `list`, the sidebar's).
   * A request already under way is joined, never doubled, unless it waits at a less urgent priority.
   */
  get(maxAgeMs: number, priority?: RequestPriority): Promise<PendingListResult>
  /** A link from the newest list, if it was there. */
  cached(linkId: number): PendingLink | undefined
  /** Takes a link out of the held list (it was cancelled here), until the next request. */
  drop(linkId: number): void
  /**
   * Forgets the held list, e.g. after a charge, so the next reader sees the new link. A request under way then
   * answers only those who asked before.
   */
  invalidate(): void
  /**
   * Calls `listener` with every whole list fetched from now on, whoever asked for it, as soon as it is answered. A
   * request sent before subscribing, or superseded by `invalidate`, is not told. Returns the unsubscribe.
   */
  onFetched(listener: (list: PendingLinks) => void): () => void
}

const FIRST_LIMIT = 50
/** The most one answer is asked for: SecPaid documents no maximum, the simulator caps there too. */
export const MAX_LIMIT = 1000
/** Asked for beyond the last known size, so a few new links still fit in one answer. */
const HEADROOM = 50

/**
 * getMyUnusedLinks has no pages, only a `limit`: the list is complete once an answer holds fewer links than asked
 * for. The size learned is remembered, so the next refresh asks for enough at once and costs one request.
 */
export function createPendingList(options: {
  getClient: (priority: RequestPriority) => SecPaidClient
  now?: () => number
}): PendingList {
  const now = options.now ?? Date.now
  let held: { list: PendingLinks; at: number } | null = null
  let inFlight: { priority: RequestPriority; answer: Promise<PendingListResult> } | null = null
  let knownSize = 0
  const listeners = new Set<(list: PendingLinks) => void>()

  const fetchWhole = async (priority: RequestPriority, isCurrent: () => boolean): Promise<PendingListResult> => {
    const client = options.getClient(priority)
    // Only those listening when the request was sent: a list asked for earlier may predate what they wait for.
    const listening = [...listeners]
    let limit = Math.min(MAX_LIMIT, Math.max(FIRST_LIMIT, knownSize + HEADROOM))
    for (;;) {
      const askedAt = now()
      const answer = await client.getMyUnusedLinks({ limit })
      if (!answer.ok) return { ok: false, error: answer.error }
      const complete = answer.value.length < limit
      if (complete || limit === MAX_LIMIT) {
        knownSize = answer.value.length
        const list = { links: answer.value, complete, askedAt }
        if (isCurrent()) {
          held = { list, at: now() }
          for (const listener of listening) if (listeners.has(listener)) listener(list)
        }
        return { ok: true, list }
      }
      limit = Math.min(MAX_LIMIT, limit * 4)
    }
  }

  return {
    get(maxAgeMs, priority = 'list') {
      if (held !== null && now() - held.at < maxAgeMs) return Promise.resolve({ ok: true, list: held.list })
      if (inFlight !== null && !isMoreUrgent(priority, inFlight.priority)) return inFlight.answer
      // A more urgent reader asks at its own priority; the scheduler merges the two while both still wait.
      const request: { priority: RequestPriority; answer: Promise<PendingListResult> } = {
        priority,
        answer: fetchWhole(priority, () => inFlight === request).finally(() => {
          if (inFlight === request) inFlight = null
        })
      }
      inFlight = request
      return request.answer
    },
    cached: (linkId) => held?.list.links.find((link) => link.id === linkId),
    drop(linkId) {
      if (held !== null) {
        held = { ...held, list: { ...held.list, links: held.list.links.filter((link) => link.id !== linkId) } }
      }
    },
    invalidate() {
      held = null
      inFlight = null
    },
    onFetched(listener) {
      // A wrapper per subscription, so subscribing the same function twice gives two independent subscriptions.
      const subscription = (list: PendingLinks) => listener(list)
      listeners.add(subscription)
      return () => {
        listeners.delete(subscription)
      }
    }
  }
}
