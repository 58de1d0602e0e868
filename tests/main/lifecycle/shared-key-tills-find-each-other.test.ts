import { afterEach, describe, expect, it } from 'vitest'

import { seededRandom, summarize } from '../../../scripts/bench/stats'
import { type Clock, sleepOn } from '../../../src-main/clock'
import { fastClock } from '../../support/fast-clock'
import { openTill, type SaleOutcome, SHARED_KEY, type Till } from '../../support/shared-key-till'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

const MINUTE = 60_000
const SECPAID_LIMIT_PER_MINUTE = 60
/** Minutes of trade in seconds, slow enough that paid detection is measured in the app's time, not the machine's. */
const SPEED = 10

/**
 * Issue 19 §7: "tills on this key" left at its default of 1 on every till. Each till counts the others from the
 * references in the lists it fetches and shares SecPaid's 60 a minute by that count itself.
 */
describe('tills on one key find each other, the setting left at 1', () => {
  let clock: Clock
  let secpaid: TestSecPaid
  let tills: Till[] = []
  afterEach(async () => {
    for (const till of tills) await till.close()
    tills = []
    await secpaid.close()
  })

  const start = async (count: number) => {
    clock = fastClock(SPEED)
    secpaid = await startTestSecPaid({
      apiKeys: [SHARED_KEY],
      enforceRateLimit: true,
      rateLimitPerMinute: SECPAID_LIMIT_PER_MINUTE,
      now: () => new Date(clock.now())
    })
    for (let index = 0; index < count; index += 1) tills.push(await openTill({ secpaid, clock }))
    secpaid.resetCounts()
  }

  /** A till selling until `stop()` says so: quick cashiers, customers paying after 3 to 15 s. */
  const sellUntil = async (till: Till, index: number, stop: () => boolean) => {
    const random = seededRandom(19_007 + index)
    const between = (min: number, max: number) => Math.round(min + random() * (max - min))
    const stopSidebar = till.refreshSidebarEvery(30_000)
    const outcomes: SaleOutcome[] = []
    while (!stop()) {
      outcomes.push(await till.sell(between(100, 20_000), { paysAfterMs: between(3000, 15_000) }))
      await sleepOn(clock, between(1000, 4000))
    }
    stopSidebar()
    return outcomes
  }

  /** Waits on the shared clock until `condition` holds; the time it took, or a failure after `limitMs`. */
  const within = async (limitMs: number, condition: () => boolean) => {
    const from = clock.now()
    while (!condition()) {
      if (clock.now() - from > limitMs) throw new Error(`not within ${limitMs} ms of trade`)
      await sleepOn(clock, 1000)
    }
    return clock.now() - from
  }

  const mostInAMinute = () => {
    const times = secpaid.requestLog().map((request) => Date.parse(request.time))
    return Math.max(...times.map((at) => times.filter((other) => other > at - MINUTE && other <= at).length))
  }

  /** Four minutes of trade on `count` tills: each till's sales, SecPaid's 429s and its busiest minute. */
  const trade = async (count: number) => {
    await start(count)
    const startedAt = clock.now()
    const sales = await Promise.all(
      tills.map((till, index) => sellUntil(till, index, () => clock.now() - startedAt >= 4 * MINUTE))
    )
    for (const outcomes of sales) {
      expect(outcomes.filter((sale) => !sale.charged)).toEqual([])
      expect(outcomes.filter((sale) => sale.charged && sale.outcome !== 'paid')).toEqual([])
    }
    expect(secpaid.requestLog().filter((request) => request.status === 429)).toEqual([])
    expect(mostInAMinute()).toBeLessThanOrEqual(SECPAID_LIMIT_PER_MINUTE)
    return sales.map((outcomes) =>
      outcomes.flatMap((sale) => (sale.charged && sale.outcome === 'paid' ? [sale.paidDetectionMs] : []))
    )
  }

  it.each([2, 3])(
    '%i tills: at most 60 requests in every 60 s, no charge refused, paid detection p95 within 5 s per till',
    async (count) => {
      for (const detections of await trade(count)) {
        expect(detections.length).toBeGreaterThanOrEqual(8)
        expect(summarize(detections).p95).toBeLessThanOrEqual(5000)
      }
    },
    120_000
  )

  // Paid detection p95 with four tills is about 10 s (a quarter of the key each): not yet within 5 s, see README.
  it('4 tills: at most 60 requests in every 60 s, no 429, no charge refused, every payment detected', async () => {
    for (const detections of await trade(4)) expect(detections.length).toBeGreaterThanOrEqual(8)
  }, 120_000)

  it('a till that starts trading halves the share within a minute, and it grows back within a minute of its going quiet', async () => {
    await start(2)
    const [first, second] = tills as [Till, Till]
    const rate = () => first.backend.requestFigures().ratePerMinute
    const alone = rate()
    let firstStops = false
    const firstSales = sellUntil(first, 0, () => firstStops)
    await sleepOn(clock, MINUTE)
    expect(rate()).toBe(alone)

    const startedAt = clock.now()
    const secondSales = sellUntil(second, 1, () => clock.now() - startedAt >= 2 * MINUTE)
    await within(MINUTE, () => rate() <= alone / 2)
    const outcomes = await secondSales
    expect(outcomes.every((sale) => sale.charged && sale.outcome === 'paid')).toBe(true)

    // Its last sale is paid: a minute after the last list that showed its link, and the next request, at most.
    await within(MINUTE + 30_000, () => rate() > alone / 2)
    firstStops = true
    await firstSales
    // Counted, not told by a 429.
    expect(secpaid.requestLog().filter((request) => request.status === 429)).toEqual([])
  }, 120_000)
})
