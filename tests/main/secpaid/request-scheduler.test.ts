import { beforeEach, describe, expect, it } from 'vitest'

import { secPaidError } from '../../../src-main/secpaid/errors'
import {
  createRequestScheduler,
  type RequestBudget,
  type RequestPriority,
  type RequestScheduler
} from '../../../src-main/secpaid/request-scheduler'
import type { SecPaidResult } from '../../../src-main/secpaid/types'
import { type ManualClock, manualClock } from '../../support/manual-clock'

const MINUTE = 60_000

const answered = (label: string): SecPaidResult<string> => ({ ok: true, value: label })
const tooManyRequests = (retryAfterSeconds?: number): SecPaidResult<string> => ({
  ok: false,
  error: secPaidError('rate_limited', 'HTTP 429', { httpStatus: 429, retryAfterSeconds })
})

describe('request scheduler: one budget per SecPaid key, on a clock the test moves', () => {
  let clock: ManualClock
  let tillsOnKey: number
  let sent: { label: string; at: number }[]
  let scheduler: RequestScheduler

  /** A bucket of three tokens at 40 a minute keeps the arithmetic short; the app's holds more (DEFAULT_REQUEST_BUDGET). */
  const start = (budget: Partial<RequestBudget> = {}) => {
    scheduler = createRequestScheduler({ clock, tillsOnKey: () => tillsOnKey, budget: { burstMs: 4500, ...budget } })
    return scheduler
  }
  const elapsed = () => clock.now() - clock0
  let clock0: number

  /** Asks for one request; SecPaid answers it with `answers` in turn (then with success), each time it is sent. */
  const ask = (
    label: string,
    priority: RequestPriority,
    {
      answers = [],
      budgetKey = 'key-a',
      sameAs
    }: { answers?: SecPaidResult<string>[]; budgetKey?: string; sameAs?: string } = {}
  ) =>
    scheduler.submit({
      budgetKey,
      priority,
      ...(sameAs === undefined ? {} : { sameAs }),
      send: async () => {
        sent.push({ label, at: clock.now() - clock0 })
        return answers.shift() ?? answered(label)
      }
    })
  const labelsSent = () => sent.map((request) => request.label)
  /** Moves the clock on until `pending` is answered. */
  const answerOf = async <T>(pending: Promise<T>): Promise<T> => {
    let answered = false
    void pending.then(() => {
      answered = true
    })
    while (!answered) await clock.advance(100)
    return pending
  }
  const sentAt = (label: string) => sent.find((request) => request.label === label)?.at

  beforeEach(() => {
    clock = manualClock()
    clock0 = clock.now()
    tillsOnKey = 1
    sent = []
  })

  it('sends a burst of three at once, then 40 a minute divided by the tills on the key', async () => {
    start()
    const charges = Array.from({ length: 10 }, (_, index) => ask(`charge-${index}`, 'charge'))
    await clock.advance(0)
    expect(sent.map((request) => request.at)).toEqual([0, 0, 0])
    await clock.advance(30_000)
    expect(sent.map((request) => request.at)).toEqual([0, 0, 0, 1500, 3000, 4500, 6000, 7500, 9000, 10_500])
    expect(await Promise.all(charges)).toEqual(charges.map((_, index) => answered(`charge-${index}`)))
    expect(scheduler.figures('key-a')).toMatchObject({ sent: 10, sentInLastMinute: 10, ratePerMinute: 40 })
    expect(scheduler.figures('key-a').queueWaitsMs.charge).toEqual([
      0, 0, 0, 1500, 3000, 4500, 6000, 7500, 9000, 10_500
    ])
  })

  it('starts at the ceiling divided by the tills on the key; a new setting starts the budget again', async () => {
    tillsOnKey = 4
    start()
    await ask('first', 'charge')
    expect(scheduler.figures('key-a').ratePerMinute).toBe(10)
    tillsOnKey = 2
    await ask('second', 'charge')
    expect(scheduler.figures('key-a').ratePerMinute).toBe(20)
  })

  it('sends charges first, then the link on screen, open sales, the sidebar; first come first served within each', async () => {
    start()
    for (const label of ['charge-1', 'charge-2', 'charge-3']) void ask(label, 'charge')
    await clock.advance(0)
    const waiting: [string, RequestPriority][] = [
      ['list-1', 'list'],
      ['settle-1', 'settle'],
      ['watch-1', 'watch'],
      ['list-2', 'list'],
      ['watch-2', 'watch'],
      ['charge-4', 'charge']
    ]
    for (const [label, priority] of waiting) void ask(label, priority)
    await clock.advance(MINUTE)
    expect(labelsSent().slice(3)).toEqual(['charge-4', 'watch-1', 'watch-2', 'settle-1', 'list-1', 'list-2'])
  })

  it('background requests leave the last token to charges: a charge never waits behind a backlog of them', async () => {
    start()
    const backlog = Array.from({ length: 30 }, (_, index) =>
      ask(`background-${index}`, (['watch', 'settle', 'list'] as const)[index % 3]!)
    )
    for (let second = 7; second < 45; second += 7) {
      await clock.advance(7000)
      void ask(`charge-at-${second}`, 'charge')
      await clock.advance(0)
      expect(sentAt(`charge-at-${second}`)).toBe(elapsed())
    }
    await clock.advance(2 * MINUTE)
    await Promise.all(backlog)
    expect(sent).toHaveLength(36)
  })

  it('halves the rate on a 429 at most once a minute, as SecPaid still counts what came before, never below the floor', async () => {
    start({ floorPerMinute: 4 })
    const burst = ['a', 'b', 'c'].map((label) => ask(label, 'charge', { answers: [tooManyRequests()] }))
    await clock.advance(0)
    expect(scheduler.figures('key-a')).toMatchObject({ rateLimited: 3, ratePerMinute: 20 })
    await answerOf(Promise.all(burst))
    const rates: number[] = []
    let lastCutAt = 0
    for (let round = 1; round <= 4; round += 1) {
      await clock.advance(lastCutAt + 30_000 - elapsed())
      await answerOf(ask(`within a minute ${round}`, 'charge', { answers: [tooManyRequests()] }))
      rates.push(scheduler.figures('key-a').ratePerMinute)
      await clock.advance(lastCutAt + MINUTE + 1000 - elapsed())
      lastCutAt = elapsed()
      await answerOf(ask(`a minute later ${round}`, 'charge', { answers: [tooManyRequests()] }))
      rates.push(scheduler.figures('key-a').ratePerMinute)
    }
    expect(rates).toEqual([20, 10, 10, 5, 5, 4, 4, 4])
  })

  it('grows back by its growth a minute while the budget holds requests back, up to the ceiling or its share; not while idle', async () => {
    tillsOnKey = 2
    start({ growthPerMinute: 1 })
    /** The link on screen polled all the time: there is always a request waiting for the budget. */
    const keepBusy = async (seconds: number) => {
      let waiting = 0
      for (let second = 0; second < seconds; second += 1) {
        for (; waiting < 2; waiting += 1) {
          void ask('poll', 'watch').then(() => {
            waiting -= 1
          })
        }
        await clock.advance(1000)
      }
    }
    await keepBusy(210)
    // Minutes that ended at about 60, 120 and 180 s.
    expect(scheduler.figures('key-a').ratePerMinute).toBe(23)
    await clock.advance(2 * MINUTE)
    await ask('after a quiet spell', 'watch')
    const rateAfterQuiet = scheduler.figures('key-a').ratePerMinute
    await clock.advance(5 * MINUTE)
    await ask('after a longer one', 'watch')
    expect(scheduler.figures('key-a').ratePerMinute).toBe(rateAfterQuiet)
    await keepBusy(30 * 60)
    // Two tills on the key: their share of SecPaid's 60 (less a tenth), below the ceiling of 40.
    expect(scheduler.figures('key-a').ratePerMinute).toBeCloseTo(27, 9)
    tillsOnKey = 1
    await keepBusy(30 * 60)
    expect(scheduler.figures('key-a').ratePerMinute).toBe(40)
  })

  it("with tills set on the key, grows back no further than the till's share of SecPaid's 60 a minute, less a tenth", async () => {
    tillsOnKey = 3
    start()
    let waiting = 0
    for (let second = 0; second < 20 * 60; second += 1) {
      for (; waiting < 2; waiting += 1) {
        void ask('poll', 'watch').then(() => {
          waiting -= 1
        })
      }
      await clock.advance(1000)
    }
    // A tenth below a third of 60: a bucket full after a quieter spell adds its burst on top.
    expect(scheduler.figures('key-a').ratePerMinute).toBeCloseTo(18, 9)
    expect(scheduler.figures('key-a').sentInLastMinute).toBeLessThanOrEqual(18)
  })

  it('honours Retry-After: nothing is sent before it runs out, then the refused request is sent again', async () => {
    start()
    const refused = ask('refused', 'watch', { answers: [tooManyRequests(10)] })
    await clock.advance(0)
    const queued = ask('queued', 'charge')
    await clock.advance(9_999)
    expect(labelsSent()).toEqual(['refused'])
    await clock.advance(MINUTE)
    expect(await refused).toEqual(answered('refused'))
    expect(await queued).toEqual(answered('queued'))
    expect(sentAt('queued')).toBeGreaterThanOrEqual(10_000)
    expect(sentAt('refused')).toBe(0)
    expect(
      sent.filter((request) => request.label === 'refused').map((request) => request.at)[1]
    ).toBeGreaterThanOrEqual(10_000)
  })

  it('a charge answered 429 is sent again until it goes through: SecPaid did not act on it', async () => {
    start()
    const charge = ask('charge', 'charge', { answers: [tooManyRequests(), tooManyRequests()] })
    await clock.advance(MINUTE)
    expect(await charge).toEqual(answered('charge'))
    expect(labelsSent()).toEqual(['charge', 'charge', 'charge'])
    expect(scheduler.figures('key-a')).toMatchObject({ rateLimited: 2, retried: 2, gaveUp: 0 })
  })

  it('answers the 429 once waiting longer would pass the wait limit, or at once when Retry-After is past it', async () => {
    start({ maxRateLimitWaitMs: 30_000 })
    const charge = ask('charge', 'charge', { answers: Array.from({ length: 20 }, () => tooManyRequests()) })
    await clock.advance(2 * MINUTE)
    expect(await charge).toMatchObject({ ok: false, error: { kind: 'rate_limited' } })
    // Every 3 s at the halved rate of 20 a minute, while the next turn still comes within 30 s of the first.
    expect(sent.map((request) => request.at)).toEqual(Array.from({ length: 11 }, (_, index) => index * 3000))
    const late = ask('late', 'charge', { answers: [tooManyRequests(60)] })
    await clock.advance(2 * MINUTE)
    expect(await late).toMatchObject({ ok: false, error: { kind: 'rate_limited', retryAfterSeconds: 60 } })
    expect(labelsSent().filter((label) => label === 'late')).toHaveLength(1)
    expect(scheduler.figures('key-a').gaveUp).toBe(2)
  })

  it('an identical read still queued answers both; writes are never merged; a more urgent twin moves it up', async () => {
    start()
    for (const label of ['charge-1', 'charge-2', 'charge-3']) void ask(label, 'charge')
    await clock.advance(0)
    const lists = [ask('list', 'list', { sameAs: 'pending 50' }), ask('list again', 'list', { sameAs: 'pending 50' })]
    const deletes = [ask('delete', 'charge'), ask('delete', 'charge')]
    await clock.advance(MINUTE)
    expect(await Promise.all(lists)).toEqual([answered('list'), answered('list')])
    expect(labelsSent().filter((label) => label.startsWith('list'))).toEqual(['list'])
    expect(await Promise.all(deletes)).toEqual([answered('delete'), answered('delete')])
    expect(labelsSent().filter((label) => label === 'delete')).toHaveLength(2)

    sent = []
    for (const label of ['charge-4', 'charge-5', 'charge-6']) void ask(label, 'charge')
    await clock.advance(0)
    void ask('sidebar', 'list', { sameAs: 'pending 50' })
    void ask('open sale', 'settle')
    void ask('poll', 'watch', { sameAs: 'pending 50' })
    await clock.advance(MINUTE)
    expect(labelsSent().slice(3)).toEqual(['sidebar', 'open sale'])
    expect(scheduler.figures('key-a').coalesced).toBe(2)
  })

  it('each key has a budget of its own', async () => {
    start()
    for (let index = 0; index < 5; index += 1) void ask(`a-${index}`, 'charge')
    await ask('b', 'charge', { budgetKey: 'key-b' })
    expect(sentAt('b')).toBe(0)
    expect(labelsSent()).toEqual(['a-0', 'a-1', 'a-2', 'b'])
  })
})
