import type { PendingLink, SecPaidClient, SecPaidError } from '../secpaid/types'

/** SecPaid's whole list of pending links, or as much as one answer holds. */
export interface PendingLinks {
  links: PendingLink[]
  /** False only when more links are pending than one answer may carry (`MAX_LIMIT`). */
  complete: boolean
}

export type PendingListResult = { ok: true; list: PendingLinks } | { ok: false; error: SecPaidError }

export interface PendingList {
  /** The list no older than `maxAgeMs`; a request already under way is joined, never doubled. */
  get(maxAgeMs: number): Promise<PendingListResult>
  /** A link from the newest list, if it was there. */
  cached(linkId: number): PendingLink | undefined
  /** Takes a link out of the held list (it was cancelled here), until the next request. */
  drop(linkId: number): void
  /** Forgets the held list, e.g. after a charge, so the next reader sees the new link. */
  invalidate(): void
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
export function createPendingList(options: { getClient: () => SecPaidClient; now?: () => number }): PendingList {
  const now = options.now ?? Date.now
  let held: { list: PendingLinks; at: number } | null = null
  let inFlight: Promise<PendingListResult> | null = null
  let knownSize = 0

  const fetchWhole = async (): Promise<PendingListResult> => {
    const client = options.getClient()
    let limit = Math.min(MAX_LIMIT, Math.max(FIRST_LIMIT, knownSize + HEADROOM))
    for (;;) {
      const answer = await client.getMyUnusedLinks({ limit })
      if (!answer.ok) return { ok: false, error: answer.error }
      const complete = answer.value.length < limit
      if (complete || limit === MAX_LIMIT) {
        knownSize = answer.value.length
        const list = { links: answer.value, complete }
        held = { list, at: now() }
        return { ok: true, list }
      }
      limit = Math.min(MAX_LIMIT, limit * 4)
    }
  }

  return {
    get(maxAgeMs) {
      if (held !== null && now() - held.at < maxAgeMs) return Promise.resolve({ ok: true, list: held.list })
      inFlight ??= fetchWhole().finally(() => {
        inFlight = null
      })
      return inFlight
    },
    cached: (linkId) => held?.list.links.find((link) => link.id === linkId),
    drop(linkId) {
      if (held !== null) {
        held = { ...held, list: { ...held.list, links: held.list.links.filter((link) => link.id !== linkId) } }
      }
    },
    invalidate() {
      held = null
    }
  }
}
