import type { Clock } from '../clock'
import type { PendingLinks, PendingList } from './pending-list'

/** How old the list may grow before main asks SecPaid again (what the renderer's own poll used to ask). */
const PENDING_FRESH_FOR_MS = 30_000
/** While SecPaid is unreachable: the list comes back soon after the connection does. */
const PENDING_OFFLINE_FRESH_FOR_MS = 5_000

interface PendingWatch {
  /** The pending list, each failed answer noted: the next list fetched is then news to the renderer. */
  list: PendingList
  /** The held list belongs to another account now: it is dropped and the renderer told at once. */
  accountChanged(): void
  /** SecPaid became (un)reachable: the next refresh comes at that state's pace (5 s offline, else 30 s). */
  connectionChanged(): void
  stop(): void
}

/** What the renderer shows of a list: which links, in which order, and whether it is all of them. */
const shapeOf = (list: PendingLinks): string => `${list.complete ? '' : '+'}${list.links.map((link) => link.id).join()}`

/**
 * Keeps the pending list fresh for the renderer, which keeps no time for main: every list fetched (by paid detection,
 * the settler, the sidebar or this watch's own refresh) is compared with the last one announced, and a change is told
 * with `onChanged`. Once the sidebar has asked for the list (at its `list` priority), the refresh keeps it no older than
 * the renderer's own poll used to, at that priority, so the request budget is spent as before, and a list another
 * reader fetched meanwhile serves instead. After a failed answer it asks again when SecPaid allows (a 429's wait) or
 * soon (offline).
 */
export function createPendingWatch(options: {
  pendingList: PendingList
  clock: Clock
  /** Whether SecPaid answered the last request (the offline banner's truth). */
  online: () => boolean
  onChanged: () => void
}): PendingWatch {
  const { pendingList, clock } = options
  let announced: string | null = null
  /** Someone was answered an error: the next list fetched is news even if its links are the same. */
  let failed = false
  let cancelTimer: (() => void) | null = null
  let stopped = false
  /** The sidebar asked for the list: from then on it is kept fresh. */
  let shown = false

  const stopListening = pendingList.onFetched((list) => {
    const shape = shapeOf(list)
    if (shape === announced && !failed) return
    announced = shape
    failed = false
    options.onChanged()
  })

  const schedule = (delayMs?: number) => {
    cancelTimer?.()
    cancelTimer = null
    if (stopped || !shown) return
    const freshFor = options.online() ? PENDING_FRESH_FOR_MS : PENDING_OFFLINE_FRESH_FOR_MS
    cancelTimer = clock.after(delayMs ?? freshFor, () => {
      cancelTimer = null
      void get(freshFor)
    })
  }

  const get: PendingList['get'] = async (maxAgeMs, priority = 'list') => {
    if (priority === 'list') shown = true
    const answer = await pendingList.get(maxAgeMs, priority)
    if (!answer.ok) {
      failed = true
      const retryAfterSeconds = answer.error.retryAfterSeconds ?? null
      schedule(retryAfterSeconds === null ? undefined : retryAfterSeconds * 1000)
    } else if (cancelTimer === null) schedule()
    return answer
  }

  return {
    list: { ...pendingList, get },
    accountChanged() {
      pendingList.invalidate()
      announced = null
      options.onChanged()
    },
    connectionChanged() {
      if (cancelTimer !== null) schedule()
    },
    stop() {
      stopped = true
      stopListening()
      cancelTimer?.()
      cancelTimer = null
    }
  }
}
