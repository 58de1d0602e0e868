import type { TestSecPaid } from '../../tests/support/test-secpaid'
import { log, progress, sleep } from './bench-log'
import { CHARGE_KEYS, type Context, settle } from './counter-page'
import { ms, pass } from './figure-text'
import type { ProbeGlobal } from './probes'
import type { Figure } from './report'
import { seededRandom, summarize } from './stats'

/** SecPaid's documented limit; the app's paid detection is designed to stay under 40 a minute. */
export const RATE_LIMIT_PER_MINUTE = 60
export const PAID_LATENCY_MS = 150

const requestsSince = (simulator: TestSecPaid, fromMs: number, toMs = Number.POSITIVE_INFINITY) =>
  simulator.requestLog().filter((request) => {
    const at = Date.parse(request.time)
    return at >= fromMs && at < toMs
  })

// 5 — Paid detection with the app's real polling, under SecPaid's rate limit.
export async function measurePaidDetection(context: Context) {
  const { page, simulator } = context
  // Not reset(): the simulator would hand out link ids again, and main remembers old ids as paid.
  simulator.resetCounts()
  simulator.setLatency(PAID_LATENCY_MS)
  simulator.setRateLimit(true, RATE_LIMIT_PER_MINUTE)
  const phaseStart = Date.now()

  // Background traffic: one QR left on screen, every request SecPaid receives meanwhile counted.
  await page.evaluate((keys) => (globalThis as unknown as ProbeGlobal).__bench.charge(keys), CHARGE_KEYS)
  await sleep(500)
  const windowStart = Date.now()
  log(`  QR on screen for ${context.counts.pollWindowMs / 1000} s, counting SecPaid requests…`)
  await sleep(context.counts.pollWindowMs)
  const windowEnd = Date.now()
  await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__bench.backToKeypad())
  await settle(context)
  const inWindow = requestsSince(simulator, windowStart, windowEnd)
  const byEndpoint: Record<string, number> = {}
  for (const request of inWindow) byEndpoint[request.endpoint] = (byEndpoint[request.endpoint] ?? 0) + 1
  const perMinute = (inWindow.length * 60_000) / (windowEnd - windowStart)
  log(
    `  ${inWindow.length} requests in ${((windowEnd - windowStart) / 1000).toFixed(1)} s → ${perMinute.toFixed(1)}/min ${JSON.stringify(byEndpoint)}`
  )

  // Samples, paced so the bench itself (about 5 requests a sale) never pushes the app over the limit.
  const random = seededRandom(20_261_122)
  const delays: number[] = []
  const total = context.counts.paidSamples
  for (let index = 0; index < total; index += 1) {
    // A sample costs about 5 requests; 8 leaves room for the sidebar's own 30 s refresh.
    const budget = RATE_LIMIT_PER_MINUTE - 8
    while (requestsSince(simulator, Date.now() - 60_000).length > budget) await sleep(250)
    const waitMs = Math.round(random() * 1600)
    const times = await page.evaluate(
      ([keys, wait]) => (globalThis as unknown as ProbeGlobal).__bench.paidDetection(keys, wait),
      [CHARGE_KEYS, waitMs] as const
    )
    delays.push(times.paintedAt - times.markedAt)
    await settle(context)
    progress('paid detections', index + 1, total)
  }
  const phase = requestsSince(simulator, phaseStart)
  const rateLimited = phase.filter((request) => request.status === 429).length
  simulator.setRateLimit(false)
  return {
    latencyMs: PAID_LATENCY_MS,
    markPaidToPaidScreenPainted: summarize(delays),
    samplesMs: delays.map((delay) => Math.round(delay)),
    pollWindowSeconds: Math.round((windowEnd - windowStart) / 100) / 10,
    requestsInWindow: inWindow.length,
    requestsInWindowByEndpoint: byEndpoint,
    pollingRequestsPerMinute: Math.round(perMinute * 10) / 10,
    http429: rateLimited,
    requestsInPhase: phase.length,
    phaseSeconds: Math.round((Date.now() - phaseStart) / 100) / 10
  }
}

type PaidResult = Awaited<ReturnType<typeof measurePaidDetection>>

export const paidFigures = (paid: PaidResult): Figure[] => [
  {
    measure: `Paid detection (markPaid → Paid painted) @${paid.latencyMs} ms, heap cycles running on a second page`,
    value: ms(paid.markPaidToPaidScreenPainted),
    target: '≤ 2 s p95',
    verdict: pass(paid.markPaidToPaidScreenPainted.p95 <= 2000)
  },
  {
    measure: 'Background polling while a QR is shown',
    value: `${paid.pollingRequestsPerMinute}/min (${paid.requestsInWindow} in ${paid.pollWindowSeconds} s)`,
    target: '≤ 40/min',
    verdict: pass(paid.pollingRequestsPerMinute <= 40)
  },
  {
    measure: 'HTTP 429 during paid detection',
    value: String(paid.http429),
    target: '0',
    verdict: pass(paid.http429 === 0)
  }
]
