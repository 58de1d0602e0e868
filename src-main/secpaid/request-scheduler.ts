import type { Clock } from '../clock'
import type { SecPaidResult } from './types'

/** Who waits for a request, most urgent first: the cashier's charge, the QR on screen, open sales, the sidebar. */
const REQUEST_PRIORITIES = ['charge', 'watch', 'settle', 'list'] as const
export type RequestPriority = (typeof REQUEST_PRIORITIES)[number]

export const isMoreUrgent = (priority: RequestPriority, than: RequestPriority): boolean =>
  REQUEST_PRIORITIES.indexOf(priority) < REQUEST_PRIORITIES.indexOf(than)

export interface RequestBudget {
  /** The most requests a minute this till sends on one key (SecPaid allows 60 per key). */
  ceilingPerMinute: number
  /**
   * SecPaid's limit per key. A budget grows back no further than its share of it, less `KEY_LIMIT_HEADROOM`: with
   * three tills set on the key 18 a minute each, so tills the owner counted right do not grow into each other's 429s.
   */
  keyLimitPerMinute: number
  /** A 429 halves the rate, never below this. */
  floorPerMinute: number
  /** What the rate grows by after each minute the budget held requests back without a 429. */
  growthPerMinute: number
  /**
   * How many milliseconds of its rate a full bucket holds: what a till may send at once after a quieter spell (ten
   * requests at 40 a minute). Tills on one key each have a bucket, so it shrinks with their share.
   */
  burstMs: number
  /** How long a request may wait for SecPaid's rate limit in all, retries included, before its 429 is answered. */
  maxRateLimitWaitMs: number
}

export const DEFAULT_REQUEST_BUDGET: RequestBudget = {
  ceilingPerMinute: 40,
  keyLimitPerMinute: 60,
  floorPerMinute: 4,
  growthPerMinute: 2,
  burstMs: 15_000,
  maxRateLimitWaitMs: 30_000
}

/** Tokens only a charge may take, so background work never keeps the cashier waiting for the next one. */
const CHARGE_RESERVE = 1
const MINUTE_MS = 60_000
/** SecPaid counts a rolling minute, and a bucket full after a quieter spell adds its burst on top of the rate. */
const KEY_LIMIT_HEADROOM = 0.9
const WAIT_SAMPLES_KEPT = 1000
/** A bucket must hold at least what a background request needs, or only charges would ever be sent. */
const SMALLEST_BUCKET = 1 + CHARGE_RESERVE
/** Floating-point slack when a wake-up computed for a whole token finds 0.9999999 of one. */
const EPSILON = 1e-9

interface ScheduledRequest<T> {
  /** The budget it counts against: one per SecPaid key. */
  budgetKey: string
  priority: RequestPriority
  send: () => Promise<SecPaidResult<T>>
  /** Reads that ask the same question share one answer while one of them is still queued (not yet sent). */
  sameAs?: string
}

export interface RequestFigures {
  /** Requests sent to SecPaid, retries included. */
  sent: number
  sentByPriority: Record<RequestPriority, number>
  sentInLastMinute: number
  /** Answers with HTTP 429. */
  rateLimited: number
  /** Requests sent again after a 429 (SecPaid did not act on them). */
  retried: number
  /** 429s answered to the caller because waiting longer would pass `maxRateLimitWaitMs`. */
  gaveUp: number
  /** Requests answered by an identical one already queued. */
  coalesced: number
  /** How long requests waited in the queue before they were sent, the latest 1,000 per priority. */
  queueWaitsMs: Record<RequestPriority, number[]>
  /** The rate the asked-about key's budget allows now. */
  ratePerMinute: number
}

export interface RequestScheduler {
  submit<T>(request: ScheduledRequest<T>): Promise<SecPaidResult<T>>
  figures(budgetKey: string): RequestFigures
  /** Sends nothing more; requests still queued are never answered. */
  close(): void
}

interface Waiter {
  resolve: (result: SecPaidResult<unknown>) => void
  reject: (error: unknown) => void
}

interface Queued {
  priority: RequestPriority
  send: () => Promise<SecPaidResult<unknown>>
  sameAs: string | undefined
  /** When the caller asked: the rate-limit wait is counted from here. */
  askedAt: number
  /** When it last joined the queue (again, after a 429). */
  queuedAt: number
  waiters: Waiter[]
}

/** One key's token bucket and queues. */
interface KeyBudget {
  ratePerMinute: number
  /** The tills-on-this-key setting the rate was last started from. */
  startedForTills: number
  tokens: number
  refilledAt: number
  /** Retry-After: nothing is sent before this. */
  pausedUntil: number
  /**
   * SecPaid counts requests over a minute: a 429 for a request sent within a minute of the last cut may still be owed
   * to requests from before it, and cuts no further.
   */
  lastCutAt: number
  minuteStartedAt: number
  /** Whether a request had to wait for a token this minute: only a till the budget holds back grows it. */
  waitedThisMinute: boolean
  queues: Record<RequestPriority, Queued[]>
  wakeAt: number
  cancelWake: (() => void) | null
}

const byPriority = <T>(make: (priority: RequestPriority) => T) =>
  Object.fromEntries(REQUEST_PRIORITIES.map((priority) => [priority, make(priority)])) as Record<RequestPriority, T>

/**
 * One request budget per SecPaid key, shared by every call the app makes: a token bucket whose rate starts at the
 * ceiling divided by the tills on the key, halves on a 429 (at most once a minute, honouring Retry-After) and grows
 * back by `growthPerMinute` for each minute the budget held requests back without a 429, up to the ceiling or the
 * till's share of SecPaid's limit, whichever is less. Requests wait in priority order, first come
 * first served within a priority; background priorities leave the last token to charges. A 429 means SecPaid did not
 * act on the request, so it is sent again once the budget allows, within `maxRateLimitWaitMs`.
 */
export function createRequestScheduler(options: {
  clock: Clock
  /** The owner's "tills on this key": the share of the ceiling a budget starts from. */
  tillsOnKey: () => number
  budget?: Partial<RequestBudget>
}): RequestScheduler {
  const { clock } = options
  const limits = { ...DEFAULT_REQUEST_BUDGET, ...options.budget }
  const floor = Math.min(limits.floorPerMinute, limits.ceilingPerMinute)
  const budgets = new Map<string, KeyBudget>()
  const figures = {
    sent: 0,
    sentByPriority: byPriority(() => 0),
    rateLimited: 0,
    retried: 0,
    gaveUp: 0,
    coalesced: 0,
    queueWaitsMs: byPriority((): number[] => [])
  }
  const sentTimes: number[] = []
  let closed = false

  const startingRate = (tills: number) => Math.max(floor, limits.ceilingPerMinute / Math.max(1, tills))
  /** What a budget may grow back to: the ceiling, or the till's share of SecPaid's limit if that is less. */
  const grownCeiling = (tills: number) =>
    Math.max(
      startingRate(tills),
      Math.min(limits.ceilingPerMinute, (KEY_LIMIT_HEADROOM * limits.keyLimitPerMinute) / Math.max(1, tills))
    )
  const bucketSize = (ratePerMinute: number) => Math.max(SMALLEST_BUCKET, (ratePerMinute * limits.burstMs) / MINUTE_MS)

  const budgetFor = (budgetKey: string): KeyBudget => {
    const existing = budgets.get(budgetKey)
    if (existing !== undefined) return existing
    const tills = options.tillsOnKey()
    const at = clock.now()
    const created: KeyBudget = {
      ratePerMinute: startingRate(tills),
      startedForTills: tills,
      tokens: bucketSize(startingRate(tills)),
      refilledAt: at,
      pausedUntil: 0,
      lastCutAt: Number.NEGATIVE_INFINITY,
      minuteStartedAt: at,
      waitedThisMinute: false,
      queues: byPriority((): Queued[] => []),
      wakeAt: Number.POSITIVE_INFINITY,
      cancelWake: null
    }
    budgets.set(budgetKey, created)
    return created
  }

  const refill = (budget: KeyBudget) => {
    const at = clock.now()
    const tills = options.tillsOnKey()
    if (tills !== budget.startedForTills) {
      budget.startedForTills = tills
      budget.ratePerMinute = startingRate(tills)
    }
    if (at - budget.minuteStartedAt >= MINUTE_MS) {
      if (budget.waitedThisMinute) {
        budget.ratePerMinute = Math.min(grownCeiling(tills), budget.ratePerMinute + limits.growthPerMinute)
      }
      budget.minuteStartedAt = at
      budget.waitedThisMinute = false
    }
    budget.tokens = Math.min(
      bucketSize(budget.ratePerMinute),
      budget.tokens + ((at - budget.refilledAt) * budget.ratePerMinute) / MINUTE_MS
    )
    budget.refilledAt = at
  }

  const wakeAt = (budget: KeyBudget, time: number) => {
    // An earlier wake-up looks again anyway.
    if (budget.cancelWake !== null && budget.wakeAt <= time) return
    budget.cancelWake?.()
    budget.wakeAt = time
    budget.cancelWake = clock.after(Math.max(0, time - clock.now()), () => {
      budget.cancelWake = null
      budget.wakeAt = Number.POSITIVE_INFINITY
      pump(budget)
    })
  }

  const nextQueued = (budget: KeyBudget): Queued | undefined =>
    REQUEST_PRIORITIES.map((priority) => budget.queues[priority][0]).find((queued) => queued !== undefined)

  const tokensNeeded = (priority: RequestPriority) => (priority === 'charge' ? 1 : 1 + CHARGE_RESERVE)

  /** Sends what the budget allows, most urgent first, and sets a wake-up for the rest. */
  const pump = (budget: KeyBudget) => {
    if (closed) return
    refill(budget)
    for (let next = nextQueued(budget); next !== undefined; next = nextQueued(budget)) {
      const at = clock.now()
      if (at < budget.pausedUntil) return wakeAt(budget, budget.pausedUntil)
      const needed = tokensNeeded(next.priority)
      if (budget.tokens + EPSILON < needed) {
        budget.waitedThisMinute = true
        return wakeAt(budget, at + Math.ceil(((needed - budget.tokens) * MINUTE_MS) / budget.ratePerMinute))
      }
      budget.tokens -= 1
      budget.queues[next.priority].shift()
      send(budget, next)
    }
  }

  const recordSent = (queued: Queued, at: number) => {
    figures.sent += 1
    figures.sentByPriority[queued.priority] += 1
    sentTimes.push(at)
    while (sentTimes[0] !== undefined && at - sentTimes[0] >= MINUTE_MS) sentTimes.shift()
    const waits = figures.queueWaitsMs[queued.priority]
    waits.push(at - queued.queuedAt)
    if (waits.length > WAIT_SAMPLES_KEPT) waits.shift()
  }

  const cutRate = (budget: KeyBudget, sentAt: number, retryAfterSeconds: number | undefined) => {
    const at = clock.now()
    figures.rateLimited += 1
    if (sentAt > budget.lastCutAt + MINUTE_MS) {
      budget.ratePerMinute = Math.max(floor, budget.ratePerMinute / 2)
      budget.lastCutAt = at
    }
    budget.tokens = 0
    budget.refilledAt = at
    budget.minuteStartedAt = at
    budget.waitedThisMinute = false
    if (retryAfterSeconds !== undefined)
      budget.pausedUntil = Math.max(budget.pausedUntil, at + retryAfterSeconds * 1000)
  }

  /** Whether the request's next turn comes within its rate-limit wait. */
  const mayWaitAgain = (budget: KeyBudget, queued: Queued) => {
    const nextToken = clock.now() + (tokensNeeded(queued.priority) * MINUTE_MS) / budget.ratePerMinute
    return Math.max(nextToken, budget.pausedUntil) - queued.askedAt <= limits.maxRateLimitWaitMs
  }

  const send = (budget: KeyBudget, queued: Queued) => {
    const sentAt = clock.now()
    recordSent(queued, sentAt)
    queued.send().then(
      (result) => {
        if (!result.ok && result.error.kind === 'rate_limited') {
          cutRate(budget, sentAt, result.error.retryAfterSeconds)
          if (!closed && mayWaitAgain(budget, queued)) {
            figures.retried += 1
            queued.queuedAt = clock.now()
            budget.queues[queued.priority].unshift(queued)
            pump(budget)
            return
          }
          figures.gaveUp += 1
        }
        for (const waiter of queued.waiters) waiter.resolve(result)
      },
      (error: unknown) => {
        for (const waiter of queued.waiters) waiter.reject(error)
      }
    )
  }

  const findQueued = (budget: KeyBudget, sameAs: string): Queued | undefined => {
    for (const priority of REQUEST_PRIORITIES) {
      const found = budget.queues[priority].find((queued) => queued.sameAs === sameAs)
      if (found !== undefined) return found
    }
    return undefined
  }

  /** Another caller asks what a queued request already asks: it waits for that answer, at the more urgent priority. */
  const join = (budget: KeyBudget, queued: Queued, priority: RequestPriority, waiter: Waiter) => {
    figures.coalesced += 1
    queued.waiters.push(waiter)
    if (!isMoreUrgent(priority, queued.priority)) return
    const from = budget.queues[queued.priority]
    from.splice(from.indexOf(queued), 1)
    queued.priority = priority
    budget.queues[priority].push(queued)
  }

  return {
    submit<T>(request: ScheduledRequest<T>) {
      const budget = budgetFor(request.budgetKey)
      return new Promise<SecPaidResult<T>>((resolve, reject) => {
        const waiter: Waiter = { resolve: resolve as Waiter['resolve'], reject }
        const same = request.sameAs === undefined ? undefined : findQueued(budget, request.sameAs)
        if (same !== undefined) join(budget, same, request.priority, waiter)
        else {
          const at = clock.now()
          budget.queues[request.priority].push({
            priority: request.priority,
            send: request.send,
            sameAs: request.sameAs,
            askedAt: at,
            queuedAt: at,
            waiters: [waiter]
          })
        }
        pump(budget)
      })
    },
    figures(budgetKey) {
      const at = clock.now()
      return {
        ...figures,
        sentByPriority: { ...figures.sentByPriority },
        queueWaitsMs: byPriority((priority) => [...figures.queueWaitsMs[priority]]),
        sentInLastMinute: sentTimes.filter((time) => at - time < MINUTE_MS).length,
        ratePerMinute: budgets.get(budgetKey)?.ratePerMinute ?? startingRate(options.tillsOnKey())
      }
    },
    close() {
      closed = true
      for (const budget of budgets.values()) budget.cancelWake?.()
    }
  }
}
