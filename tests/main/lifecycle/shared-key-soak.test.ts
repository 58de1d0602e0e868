import { afterAll, describe, expect, it } from 'vitest'

import { seededRandom } from '../../../scripts/bench/stats'
import { type Clock, sleepOn } from '../../../src-main/clock'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import type { SaleRecord } from '../../../src-main/journal/sale-record'
import type { IpcResult, LinkView } from '../../../src-preload/contract'
import { fastClock } from '../../support/fast-clock'
import { openTill, SHARED_KEY, type Till } from '../../support/shared-key-till'
import { type SecPaidFault, startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { until } from '../../support/wait'

const MINUTE = 60_000
const SECPAID_LIMIT_PER_MINUTE = 60
/** Six minutes of trade in about 25 s: the budgets, paid detection, the settlers and SecPaid's limit share the clock. */
const SPEED = 15
const TRADE_MINUTES = 6
const SEED = 20_261_127
/** SecPaid's answer time limit in real milliseconds: an answer held back longer is lost to the till. */
const TIMEOUT_MS = 1000

/** Faults the proxy injects for one sale, each on the endpoint where it hurts, with how often they are drawn. */
const FAULTS: [SecPaidFault | 'lateAnswer' | 'none', string, number][] = [
  ['none', 'createLink', 0.47],
  // SecPaid made the link, the till never heard: only a look-up may tell, never a second createLink.
  ['resetAfterProcessing', 'createLink', 0.12],
  ['lateAnswer', 'createLink', 0.03],
  ['http429', 'createLink', 0.1],
  ['http500', 'createLink', 0.08],
  ['http502Html', 'getMyUnusedLinks', 0.07],
  ['http500', 'getMyUsedLinks', 0.05],
  ['connectionReset', 'getMyUnusedLinks', 0.05],
  ['resetAfterProcessing', 'deleteLink', 0.03]
]

interface TillTally {
  sales: number
  paid: number
  cancelled: number
  notCharged: number
  settledByCheckAgain: number
  restarts: number
  /** Link ids the till told the renderer were paid (`link_status: paid`). */
  shownPaid: Set<number>
  /** Links whose cancel failed under a fault: the cashier cancels them again once the faults stop. */
  cancelLater: number[]
}

describe('issue 10 soak: two tills on one key, 60 requests a minute, SecPaid faults and a restart of each', () => {
  let clock: Clock
  let secpaid: TestSecPaid
  const tills: Till[] = []
  afterAll(async () => {
    for (const till of tills) await till.close()
    await secpaid.close()
  })

  it('no sale gets two links, Paid only for links SecPaid has paid, every sale settles, totals agree', async () => {
    clock = fastClock(SPEED)
    secpaid = await startTestSecPaid({
      apiKeys: [SHARED_KEY],
      enforceRateLimit: true,
      rateLimitPerMinute: SECPAID_LIMIT_PER_MINUTE,
      now: () => new Date(clock.now())
    })
    for (let index = 0; index < 2; index += 1) tills.push(await openTill({ secpaid, clock, timeoutMs: TIMEOUT_MS }))
    secpaid.resetCounts()
    const faultsInjected = new Map<string, number>()
    const startedAt = clock.now()

    const injectFor = (random: () => number) => {
      let roll = random()
      const drawn = FAULTS.find(([, , weight]) => (roll -= weight) < 0) ?? FAULTS[0]!
      const [fault, endpoint] = drawn
      if (fault === 'none') return
      faultsInjected.set(`${fault} ${endpoint}`, (faultsInjected.get(`${fault} ${endpoint}`) ?? 0) + 1)
      if (fault === 'lateAnswer') secpaid.setResponseDelayAfterProcessing(TIMEOUT_MS * 2)
      else secpaid.injectFaults(fault, 1, endpoint)
    }

    /** Every paid the till tells the renderer, across restarts (a new backend has new events). */
    const listenForPaid = (till: Till, tally: TillTally) =>
      till.backend.events.subscribe((event) => {
        if (event.type === 'link_status' && event.state === 'paid') tally.shownPaid.add(event.linkId)
      })

    /** The cashier charges; an answer lost is settled with "Check again" before anything else, as main insists. */
    const charge = async (till: Till, tally: TillTally, amountCents: number): Promise<LinkView | null> => {
      let result: IpcResult<LinkView> = await till.call('charge', { amountCents })
      secpaid.setResponseDelayAfterProcessing(0)
      for (let press = 0; !result.ok && result.error.code === 'outcome_unknown' && press < 20; press += 1) {
        if (press === 0) tally.settledByCheckAgain += 1
        await sleepOn(clock, 2000)
        result = await till.call('resolveSale', { reference: result.error.reference })
      }
      if (!result.ok) {
        expect(result.error.code, JSON.stringify(result.error)).not.toBe('outcome_unknown')
        tally.notCharged += 1
        return null
      }
      return result.value
    }

    const trade = async (till: Till, index: number): Promise<TillTally> => {
      const random = seededRandom(SEED + index)
      const between = (min: number, max: number) => Math.round(min + random() * (max - min))
      const tally: TillTally = {
        sales: 0,
        paid: 0,
        cancelled: 0,
        notCharged: 0,
        settledByCheckAgain: 0,
        restarts: 0,
        shownPaid: new Set(),
        cancelLater: []
      }
      let unsubscribe = listenForPaid(till, tally)
      // Each till quits and starts again once, with a QR up: its customer pays while it is down.
      const restartAtSale = 6 + index * 4
      while (clock.now() - startedAt < TRADE_MINUTES * MINUTE) {
        await sleepOn(clock, between(2000, 8000))
        injectFor(random)
        const link = await charge(till, tally, between(100, 20_000))
        tally.sales += 1
        if (link === null) continue
        await till.call('watchLink', { linkId: link.linkId })
        if (tally.sales === restartAtSale) {
          unsubscribe()
          await till.restart(() => {
            secpaid.markPaid(link.linkId)
          })
          tally.paid += 1
          tally.restarts += 1
          unsubscribe = listenForPaid(till, tally)
          continue
        }
        if (random() < 0.2) {
          await sleepOn(clock, between(3000, 8000))
          const cancelled = await till.call('cancelSale', { linkId: link.linkId })
          if (cancelled.ok) tally.cancelled += 1
          else tally.cancelLater.push(link.linkId)
        } else {
          await sleepOn(clock, between(2000, 10_000))
          secpaid.markPaid(link.linkId)
          tally.paid += 1
          await sleepOn(clock, between(2000, 5000))
        }
        await till.call('unwatchLink', {})
      }
      // The faults have stopped: links whose cancel failed are cancelled again, as the cashier would from the sidebar.
      for (const linkId of tally.cancelLater) {
        const cancelled = await till.call('cancelSale', { linkId })
        if (cancelled.ok) tally.cancelled += 1
        // SecPaid deleted it the first time and only the answer was lost: it is gone.
        else
          expect(
            secpaid.links().find((link) => link.id === linkId),
            `link ${linkId}`
          ).toBeUndefined()
      }
      await until(() => openSales(till).length === 0, { limitMs: 30_000, stepMs: 250 }).catch(() => undefined)
      unsubscribe()
      return tally
    }

    const journalOf = (till: Till) => {
      const journal = openSaleJournal(till.booksPath)
      try {
        return journal.all()
      } finally {
        journal.close()
      }
    }
    const openSales = (till: Till) =>
      journalOf(till).filter((sale) => sale.status === 'creating' || sale.status === 'created')

    const tallies = await Promise.all(tills.map((till, index) => trade(till, index)))
    const minutesRun = (clock.now() - startedAt) / MINUTE
    const links = secpaid.links()
    const requests = secpaid.requestLog().map((request) => ({ at: Date.parse(request.time), status: request.status }))
    const busiestMinute = Math.max(
      ...requests.map(({ at }) => requests.filter((other) => other.at > at - MINUTE && other.at <= at).length)
    )

    const report: string[] = [
      `shared-key soak (seed ${SEED}): ${minutesRun.toFixed(1)} min of trade at ${SPEED}×, 2 tills, one key`,
      `  faults injected (${[...faultsInjected.values()].reduce((sum, count) => sum + count, 0)}): ${[...faultsInjected].map(([fault, count]) => `${fault} ${count}`).join(', ')}`,
      `  requests ${secpaid.requestCount()}, ${(secpaid.requestCount() / minutesRun).toFixed(1)}/min, busiest 60 s ${busiestMinute}, ` +
        `429s ${requests.filter((request) => request.status === 429).length}`
    ]
    for (const [index, till] of tills.entries()) {
      const tally = tallies[index]!
      const sales = journalOf(till)
      const references = new Set(sales.map((sale) => sale.reference))
      const referenceOf = (note: string | null) => (note ?? '').split(' ')[0]!
      const ours = links.filter((link) => references.has(referenceOf(link.recipientNote)))
      const linksBySale = new Map<string, number>()
      for (const link of ours)
        linksBySale.set(referenceOf(link.recipientNote), (linksBySale.get(referenceOf(link.recipientNote)) ?? 0) + 1)
      const byStatus = (status: SaleRecord['status']) => sales.filter((sale) => sale.status === status)
      const paidCents = (records: SaleRecord[]) => records.reduce((sum, sale) => sum + sale.amountCents, 0)
      const secpaidPaidCents = ours
        .filter((link) => link.status === 'Used')
        .reduce((sum, link) => sum + link.amountCents, 0)
      report.push(
        `  till ${index + 1} (${till.backend.settings.getStored().tillId}): ${tally.sales} sales, ${byStatus('paid').length} paid, ` +
          `${byStatus('cancelled').length} cancelled, ${byStatus('failed').length} not charged, ${tally.settledByCheckAgain} sales settled by Check again, ` +
          `${tally.restarts} restart; journal paid ${paidCents(byStatus('paid'))} cents = SecPaid ${secpaidPaidCents} cents`
      )

      expect(
        [...linksBySale.values()].filter((count) => count > 1),
        'sales with two links'
      ).toEqual([])
      const shownPaidNotPaid = [...tally.shownPaid].filter(
        (linkId) => links.find((link) => link.id === linkId)?.status !== 'Used'
      )
      expect(shownPaidNotPaid, 'shown Paid, not paid at SecPaid').toEqual([])
      for (const sale of byStatus('paid')) {
        expect(links.find((link) => link.id === sale.linkId)?.status, sale.reference).toBe('Used')
      }
      expect(
        sales.filter((sale) => sale.status === 'creating' || sale.status === 'created').map((sale) => sale.reference),
        'sales still open'
      ).toEqual([])
      expect(paidCents(byStatus('paid'))).toBe(secpaidPaidCents)
      expect(byStatus('paid')).toHaveLength(tally.paid)
      expect(tally.sales).toBeGreaterThanOrEqual(20)
    }
    report.push(`  busiest 60 s ${busiestMinute} requests (SecPaid allows ${SECPAID_LIMIT_PER_MINUTE})`)
    console.log(report.join('\n'))
    expect(faultsInjected.size).toBeGreaterThan(3)
  }, 60_000)
})
