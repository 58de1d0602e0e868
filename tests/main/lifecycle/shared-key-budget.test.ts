import { afterEach, describe, expect, it } from 'vitest'

import { type Clock, sleepOn } from '../../../src-main/clock'
import { DEFAULT_REQUEST_BUDGET } from '../../../src-main/secpaid/request-scheduler'
import { fastClock } from '../../support/fast-clock'
import { openTill, type SaleOutcome, SHARED_KEY, type Till } from '../../support/shared-key-till'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

const MINUTE = 60_000
const SECPAID_LIMIT_PER_MINUTE = 60
/** Minutes of trade in seconds: the budget, paid detection and SecPaid's limit all run on this clock. */
const SPEED = 40

describe('one request budget per SecPaid key, over real HTTP', () => {
  let clock: Clock
  let secpaid: TestSecPaid
  let tills: Till[] = []
  afterEach(async () => {
    for (const till of tills) await till.close()
    tills = []
    await secpaid.close()
  })

  /** Each till sells for `minutes`; its customers pay after `paysAfterMs`, so its QR is up most of the time. */
  const trade = async (options: {
    tills: number
    tillsOnKey?: number
    /** Each till its own reference template, so no till can read which till made the others' links. */
    unreadableReferences?: boolean
    minutes: number
    paysAfterMs: number
    /** Slower where the test needs the tills to ask as often as the app would, even on a busy machine. */
    speed?: number
  }) => {
    clock = fastClock(options.speed ?? SPEED)
    secpaid = await startTestSecPaid({
      apiKeys: [SHARED_KEY],
      enforceRateLimit: true,
      now: () => new Date(clock.now())
    })
    for (let index = 0; index < options.tills; index += 1) {
      tills.push(
        await openTill({
          secpaid,
          clock,
          ...(options.tillsOnKey ? { tillsOnKey: options.tillsOnKey } : {}),
          ...(options.unreadableReferences ? { noteTemplate: `Stand${index}-{seq}` } : {})
        })
      )
    }
    secpaid.resetCounts()
    const startedAt = clock.now()
    const sales = await Promise.all(
      tills.map(async (till) => {
        const stopSidebar = till.refreshSidebarEvery(30_000)
        const outcomes: SaleOutcome[] = []
        while (clock.now() - startedAt < options.minutes * MINUTE) {
          outcomes.push(await till.sell(100 + outcomes.length, { paysAfterMs: options.paysAfterMs }))
          await sleepOn(clock, 500)
        }
        stopSidebar()
        return outcomes
      })
    )
    const requests = secpaid.requestLog().map((request) => ({ at: Date.parse(request.time), status: request.status }))
    const mostInAMinute = Math.max(
      ...requests.map(({ at }) => requests.filter((other) => other.at > at - MINUTE && other.at <= at).length)
    )
    return { sales, requests, mostInAMinute }
  }

  const expectEverySalePaid = (sales: SaleOutcome[][]) => {
    for (const outcomes of sales) {
      expect(outcomes.filter((sale) => !sale.charged)).toEqual([])
      expect(outcomes.filter((sale) => sale.charged && sale.outcome !== 'paid')).toEqual([])
    }
  }

  describe("tills sharing one key, with SecPaid's limit of 60 requests a minute enforced", () => {
    it('two tills, the owner set 2 tills on the key: never a 429, never over the limit, and both keep selling', async () => {
      const { sales, requests, mostInAMinute } = await trade({ tills: 2, tillsOnKey: 2, minutes: 3, paysAfterMs: 6000 })
      expectEverySalePaid(sales)
      for (const outcomes of sales) expect(outcomes.length).toBeGreaterThanOrEqual(10)
      expect(requests.filter((request) => request.status === 429)).toEqual([])
      expect(mostInAMinute).toBeLessThanOrEqual(SECPAID_LIMIT_PER_MINUTE)
    }, 30_000)

    // Tills that read each other's references share the key by themselves (shared-key-tills-find-each-other.test.ts):
    // only tills that cannot still ask for more than the key allows.
    it('two tills, nothing set, references unreadable to each other: a 429 halves the budget, no charge is refused', async () => {
      const { sales, requests } = await trade({
        tills: 2,
        unreadableReferences: true,
        minutes: 2,
        paysAfterMs: 20_000,
        speed: SPEED / 2
      })
      expectEverySalePaid(sales)
      for (const outcomes of sales) expect(outcomes.length).toBeGreaterThanOrEqual(4)
      expect(requests.filter((request) => request.status === 429).length).toBeGreaterThan(0)
      for (const till of tills) {
        const figures = till.backend.requestFigures()
        if (figures.rateLimited > 0) expect(figures.ratePerMinute).toBeLessThan(DEFAULT_REQUEST_BUDGET.ceilingPerMinute)
      }
    }, 30_000)
  })

  describe('a 429 on a charge: SecPaid did not act on it', () => {
    const openOneTill = async () => {
      clock = fastClock(SPEED)
      secpaid = await startTestSecPaid({ apiKeys: [SHARED_KEY], now: () => new Date(clock.now()) })
      tills.push(await openTill({ secpaid, clock }))
      secpaid.resetCounts()
      return tills[0]!
    }
    const creates = () => secpaid.requestLog().filter((request) => request.endpoint === 'createLink')

    it('is sent again once the halved budget allows: the sale gets its one link, nothing is refused', async () => {
      const till = await openOneTill()
      secpaid.injectFaults('http429', 2, 'createLink')
      const charged = await till.call('charge', { amountCents: 1250 })
      expect(charged).toMatchObject({ ok: true, value: { amountCents: 1250, state: 'waiting' } })
      expect(creates().map((request) => request.status)).toEqual([429, 429, 200])
      expect(secpaid.links()).toHaveLength(1)
    })

    it('past the wait limit the cashier hears rate_limited as before, and no link exists', async () => {
      const till = await openOneTill()
      secpaid.injectFaults('http429', 100, 'createLink')
      const startedAt = clock.now()
      const charged = await till.call('charge', { amountCents: 1250 })
      expect(charged).toMatchObject({ ok: false, error: { code: 'rate_limited' } })
      expect(clock.now() - startedAt).toBeLessThanOrEqual(DEFAULT_REQUEST_BUDGET.maxRateLimitWaitMs + 5000)
      expect(creates().length).toBeGreaterThan(1)
      expect(secpaid.links()).toHaveLength(0)
    })
  })
})
