import { afterEach, describe, expect, it } from 'vitest'

import { type Clock, sleepOn } from '../../../src-main/clock'
import { fastClock } from '../../support/fast-clock'
import { openTill, type SaleOutcome, SHARED_KEY, type Till } from '../../support/shared-key-till'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

const MINUTE = 60_000
/** Booked paid this long after SecPaid marked the link paid, at the latest (p95 with several tills). */
const TARGET_MS = 10_000
/** The QR was up this long in the run the finding came from. */
const QR_SHOWN_MS = 1700

const detectionMs = (outcome: SaleOutcome) => {
  if (!outcome.charged || outcome.outcome !== 'paid') throw new Error(`not booked paid: ${JSON.stringify(outcome)}`)
  return outcome.paidDetectionMs
}
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? Infinity

/**
 * The customer scans, the cashier goes back to the keypad and the customer pays a moment later. The renderer's path
 * through the real handlers (shared-key-till): charge, sidebar refresh, QR shown 1.7 s, back (sidebar refreshed again),
 * the customer pays. Before, the settler took the list fetched while the QR was up for having checked the sale, and
 * looked again only 30 s later: booked paid 35-40 s after the payment.
 */
describe('a payment after the cashier moved on is booked in seconds', () => {
  let clock: Clock
  let secpaid: TestSecPaid
  let tills: Till[] = []
  afterEach(async () => {
    for (const till of tills) await till.close()
    tills = []
    await secpaid.close()
  })

  const open = async (speed: number, count: number, tillsOnKey: number) => {
    clock = fastClock(speed)
    secpaid = await startTestSecPaid({
      apiKeys: [SHARED_KEY],
      enforceRateLimit: true,
      now: () => new Date(clock.now())
    })
    for (let index = 0; index < count; index += 1) tills.push(await openTill({ secpaid, clock, tillsOnKey }))
    secpaid.resetCounts()
  }

  it('one till: charge, sidebar refresh, QR 1.7 s, back, the customer pays: booked paid within 10 s', async () => {
    await open(5, 1, 1)
    const [till] = tills
    if (till === undefined) throw new Error('no till')
    const stopSidebar = till.refreshSidebarEvery(30_000)
    const detections: number[] = []
    for (const paysAfterBackMs of [100, 2_000, 6_000, 14_000]) {
      const outcome = await till.sell(1250, { backAfterMs: QR_SHOWN_MS, paysAfterBackMs })
      detections.push(detectionMs(outcome))
      await sleepOn(clock, 3_000)
    }
    stopSidebar()
    for (const ms of detections) expect(ms).toBeLessThanOrEqual(TARGET_MS)
    expect(secpaid.requestLog().filter((request) => request.status === 429)).toEqual([])
  }, 60_000)

  it('three tills on one key selling on: payments after the cashier went back booked paid p95 within 10 s', async () => {
    await open(5, 3, 3)
    const startedAt = clock.now()
    const runs = await Promise.all(
      tills.map(async (till, index) => {
        const stopSidebar = till.refreshSidebarEvery(30_000)
        const afterBack: Promise<SaleOutcome>[] = []
        const onQr: SaleOutcome[] = []
        // The pace of the tills bench outside its rush hour: a customer every 4-12 s, paying within 3-15 s.
        const between = (sale: number, min: number, max: number) => min + ((sale * 7_919 + index * 3_571) % (max - min))
        for (let sale = 0; clock.now() - startedAt < 3 * MINUTE; sale += 1) {
          // Every other customer walks off with the QR and pays while the cashier serves the next one.
          const paysAfterBackMs = between(sale, 500, 20_000)
          afterBack.push(till.sell(100 + sale, { backAfterMs: QR_SHOWN_MS, paysAfterBackMs }))
          await sleepOn(clock, QR_SHOWN_MS + between(sale + 1, 4_000, 12_000))
          onQr.push(await till.sell(200 + sale, { paysAfterMs: between(sale + 2, 3_000, 15_000) }))
          await sleepOn(clock, between(sale + 3, 4_000, 12_000))
        }
        stopSidebar()
        return { afterBack: await Promise.all(afterBack), onQr }
      })
    )
    const afterBack = runs.flatMap((run) => run.afterBack.map(detectionMs))
    const onQr = runs.flatMap((run) => run.onQr.map(detectionMs))
    expect(afterBack.length).toBeGreaterThanOrEqual(12)
    expect(p95(afterBack)).toBeLessThanOrEqual(TARGET_MS)
    // Within the key's budget: the customers paying at the QR meanwhile are booked paid within the same time.
    expect(p95(onQr)).toBeLessThanOrEqual(TARGET_MS)
    expect(secpaid.requestLog().filter((request) => request.status === 429)).toEqual([])
  }, 120_000)
})
