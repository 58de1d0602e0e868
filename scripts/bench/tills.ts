// Three tills on one SecPaid key (`npm run bench`, or alone: `npm run bench:tills`). Each till is a real backend with
// its own settings file, journal (so its own till id) and request budget, driven through its IPC handlers as the
// renderer would; all three talk over real HTTP to ONE test SecPaid that enforces SecPaid's 60 requests a minute.
// A seeded trade script per till: the cashier types, charges and shows the QR; the customer pays after a while (the
// test SecPaid marks the link paid) or the cashier cancels. In the rush hour the customers take longer, so all three
// QRs are up at once. The budget, paid detection, the trade and the simulator's rate limit share one clock, run
// `--speed` times faster than real time (default 5: ten minutes of trade in two), once with "tills on this key"
// set to 3 and once left at 1 (`--tills N` trades with N tills instead). Writes test-output/bench-tills-N-on-key.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'

import { type Clock, sleepOn } from '../../src-main/clock'
import type { RequestFigures } from '../../src-main/secpaid/request-scheduler'
import { fastClock } from '../../tests/support/fast-clock'
import { type Customer, openTill, type SaleOutcome, SHARED_KEY, type Till } from '../../tests/support/shared-key-till'
import { startTestSecPaid } from '../../tests/support/test-secpaid'
import { type Figure, formatReport } from './report'
import { seededRandom, summarize, type Summary } from './stats'
import { qrBoard, secpaidTraffic } from './tills-traffic'

const outputFile = (tillsOnKey: number) => `test-output/bench-tills-${tillsOnKey}-on-key.json`
const MINUTE = 60_000
const SECPAID_LIMIT_PER_MINUTE = 60
/** SecPaid's round trip, in simulated time. */
const LATENCY_MS = 150
/** Tills trading, unless `--tills N` says otherwise. */
const TILLS = 3
const SEED = 20_261_130

interface Settings {
  tills: number
  speed: number
  minutes: number
  tillsOnKey: number
}

function numberAfter(args: readonly string[], flag: string, fallback: number): number {
  const index = args.indexOf(flag)
  const value = index === -1 ? Number.NaN : Number(args[index + 1])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** Minutes 3 to 6 of ten (in proportion for other lengths): customers take long, the cashiers are quick. */
const inRushHour = (elapsedMs: number, minutes: number) =>
  elapsedMs >= 0.3 * minutes * MINUTE && elapsedMs < 0.6 * minutes * MINUTE

/** How long the QR stays up for a customer who scans, lets the cashier go back, and pays a moment later. */
const QR_BEFORE_BACK_MS = 1700

interface TillRun {
  outcomes: SaleOutcome[]
  /** Customers who paid after the cashier had gone back to the keypad (one in four outside the rush hour). */
  afterBack: SaleOutcome[]
  /** Paid detections whose payment came while all three QRs were up. */
  allQrsUpMs: number[]
  figures: RequestFigures
}

async function trade(
  till: Till,
  index: number,
  {
    clock,
    settings,
    board,
    startedAt
  }: { clock: Clock; settings: Settings; board: ReturnType<typeof qrBoard> } & { startedAt: number }
): Promise<TillRun> {
  const random = seededRandom(SEED + index)
  const between = (min: number, max: number) => Math.round(min + random() * (max - min))
  const outcomes: SaleOutcome[] = []
  const afterBack: Promise<SaleOutcome>[] = []
  const allQrsUpMs: number[] = []
  const stopSidebar = till.refreshSidebarEvery(30_000)
  while (clock.now() - startedAt < settings.minutes * MINUTE) {
    const rush = inRushHour(clock.now() - startedAt, settings.minutes)
    await sleepOn(clock, rush ? between(1000, 3000) : between(4000, 12_000))
    const customer: Customer =
      !rush && random() < 0.1
        ? { cancelAfterMs: between(4000, 10_000) }
        : { paysAfterMs: rush ? between(10_000, 25_000) : between(3000, 15_000) }
    const amountCents = between(100, 20_000)
    if (!rush && random() < 0.25) {
      // The cashier serves the next customer meanwhile: this sale is settled in the background.
      afterBack.push(
        till.sell(amountCents, { backAfterMs: QR_BEFORE_BACK_MS, paysAfterBackMs: between(500, 30_000) }, board.onQr)
      )
      await sleepOn(clock, QR_BEFORE_BACK_MS + 200)
      continue
    }
    const outcome = await till.sell(amountCents, customer, board.onQr)
    outcomes.push(outcome)
    if (outcome.charged && outcome.outcome === 'paid' && board.wasAllUpAt(outcome.paidAt)) {
      allQrsUpMs.push(outcome.paidDetectionMs)
    }
  }
  const paidAfterBack = await Promise.all(afterBack)
  stopSidebar()
  return { outcomes, afterBack: paidAfterBack, allQrsUpMs, figures: till.backend.requestFigures() }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const detection = (summary: Summary) =>
  summary.n === 0
    ? 'no samples'
    : `p50 ${seconds(summary.p50)} · p95 ${seconds(summary.p95)} · max ${seconds(summary.max)} (n ${summary.n})`

/**
 * Runs the trade once with "tills on this key" set to 3 by the owner and once left at 1 (nothing set), or only with
 * `--tills-on-key N`.
 */
export async function runTillsBench(args: readonly string[]): Promise<number> {
  const chosen = numberAfter(args, '--tills-on-key', 0)
  for (const tillsOnKey of chosen > 0 ? [chosen] : [TILLS, 1]) {
    const exitCode = await runScenario({
      tills: numberAfter(args, '--tills', TILLS),
      speed: numberAfter(args, '--speed', 5),
      minutes: numberAfter(args, '--minutes', args.includes('--quick') ? 2 : 10),
      tillsOnKey
    })
    if (exitCode !== 0) return exitCode
  }
  return 0
}

async function runScenario(settings: Settings): Promise<number> {
  const clock = fastClock(settings.speed)
  const secpaid = await startTestSecPaid({
    apiKeys: [SHARED_KEY],
    enforceRateLimit: true,
    rateLimitPerMinute: SECPAID_LIMIT_PER_MINUTE,
    now: () => new Date(clock.now())
  })
  const tills: Till[] = []
  const realStart = performance.now()
  const loadAtStart = Math.round((loadavg()[0] ?? 0) * 100) / 100
  const log = (message: string) =>
    console.log(`[tills ${((performance.now() - realStart) / 1000).toFixed(1).padStart(5)} s] ${message}`)
  try {
    for (let index = 0; index < settings.tills; index += 1)
      tills.push(await openTill({ secpaid, clock, tillsOnKey: settings.tillsOnKey }))
    secpaid.setLatency(LATENCY_MS / settings.speed)
    secpaid.resetCounts()
    log(
      `${settings.tills} tills, one key, SecPaid's ${SECPAID_LIMIT_PER_MINUTE}/min enforced, ${LATENCY_MS} ms latency; ` +
        `${settings.minutes} min of trade at ${settings.speed}× (${((settings.minutes * 60) / settings.speed).toFixed(0)} s); ` +
        `tills on this key: ${settings.tillsOnKey}`
    )
    const board = qrBoard(clock, settings.tills)
    const startedAt = clock.now()
    const progress = setInterval(
      () => {
        const traffic = secpaidTraffic(secpaid, startedAt, clock.now())
        log(
          `  minute ${((clock.now() - startedAt) / MINUTE).toFixed(1)}: ${traffic.total} requests, ${traffic.tooManyRequests} × 429`
        )
      },
      (MINUTE / settings.speed) * 2
    )
    const runs = await Promise.all(
      tills.map((till, index) => trade(till, index, { clock, settings, board, startedAt }))
    )
    clearInterval(progress)
    const endedAt = clock.now()
    const traffic = secpaidTraffic(secpaid, startedAt, endedAt)
    const minutesRun = (endedAt - startedAt) / MINUTE

    const perTill = runs.map((run, index) => {
      const charged = run.outcomes.filter((outcome) => outcome.charged)
      const refused = run.outcomes.filter((outcome) => !outcome.charged)
      const paid = charged.filter((outcome) => outcome.outcome === 'paid')
      return {
        till: index + 1,
        sales: run.outcomes.length,
        paid: paid.length,
        cancelled: charged.filter((outcome) => outcome.outcome === 'cancelled').length,
        notDetected: charged.filter((outcome) => outcome.outcome === 'not_detected').length,
        refusedForRateLimit: refused.filter((outcome) => outcome.error.code === 'rate_limited').length,
        refusedOtherwise: refused
          .filter((outcome) => outcome.error.code !== 'rate_limited')
          .map((outcome) => outcome.error),
        paidDetection: summarize(paid.map((outcome) => outcome.paidDetectionMs)),
        paidDetectionAllQrsUp: summarize(run.allQrsUpMs),
        /** [seconds into the run the customer paid, ms until detected] */
        detections: paid.map((outcome) => [
          Math.round((outcome.paidAt - startedAt) / 1000),
          Math.round(outcome.paidDetectionMs)
        ]),
        requestsPerMinute: Math.round((run.figures.sent / minutesRun) * 10) / 10,
        rateLimited: run.figures.rateLimited,
        retried: run.figures.retried,
        coalesced: run.figures.coalesced,
        chargeQueueWait: summarize(run.figures.queueWaitsMs.charge),
        watchQueueWait: summarize(run.figures.queueWaitsMs.watch),
        budgetAtEnd: Math.round(run.figures.ratePerMinute * 10) / 10
      }
    })
    const allDetections = summarize(
      runs.flatMap((run) => run.outcomes.flatMap((o) => (o.charged && o.outcome === 'paid' ? [o.paidDetectionMs] : [])))
    )
    const allQrsUp = summarize(runs.flatMap((run) => run.allQrsUpMs))
    const afterBackOutcomes = runs.flatMap((run) => run.afterBack)
    const paidAfterBack = summarize(
      afterBackOutcomes.flatMap((o) => (o.charged && o.outcome === 'paid' ? [o.paidDetectionMs] : []))
    )
    const afterBackMissed = afterBackOutcomes.filter((o) => o.charged && o.outcome === 'not_detected').length
    const refusedForRateLimit = perTill.reduce((sum, till) => sum + till.refusedForRateLimit, 0)
    const pass = (ok: boolean): Figure['verdict'] => (ok ? 'PASS' : 'MISS')

    const figures: Figure[] = [
      {
        measure: `Requests to SecPaid, all ${settings.tills} tills`,
        value: `${traffic.meanPerMinute}/min on average; busiest 60 s: ${traffic.busiestMinute} (429s included)`,
        target: `≤ ${SECPAID_LIMIT_PER_MINUTE}/min`,
        verdict: pass(traffic.busiestMinute <= SECPAID_LIMIT_PER_MINUTE)
      },
      {
        measure: '  per minute',
        value: traffic.perMinute.join(' · '),
        target: '—',
        verdict: 'INFO'
      },
      ...perTill.map((till): Figure => ({
        measure: `  till ${till.till}`,
        value:
          `${till.requestsPerMinute}/min (${till.coalesced} merged), ${till.rateLimited} × 429, ` +
          `budget ${till.budgetAtEnd}/min at the end; ${till.sales} sales: ${till.paid} paid, ${till.cancelled} cancelled`,
        target: '—',
        verdict: 'INFO'
      })),
      {
        measure: 'HTTP 429 from SecPaid',
        value: String(traffic.tooManyRequests),
        target: '—',
        verdict: 'INFO'
      },
      {
        measure: 'Charges refused for the rate limit',
        value: String(refusedForRateLimit),
        target: '0',
        verdict: pass(refusedForRateLimit === 0)
      },
      {
        measure: 'Paid detection (markPaid → link_status paid), all tills',
        value: detection(allDetections),
        target: '—',
        verdict: 'INFO'
      },
      ...perTill.map((till): Figure => ({
        measure: `  till ${till.till}`,
        value: detection(till.paidDetection),
        target: '≤ 5 s p95',
        verdict: pass(till.paidDetection.n > 0 && till.paidDetection.p95 <= 5000)
      })),
      {
        measure: `  payments while all ${settings.tills} QRs were up (${seconds(board.allUpMs(endedAt))} of the run)`,
        value: detection(allQrsUp),
        target: '≤ 5 s p95',
        verdict: pass(allQrsUp.n > 0 && allQrsUp.p95 <= 5000)
      },
      {
        measure: 'Paid after the cashier went back (QR 1.7 s, paid 0.5–30 s later)',
        value: `${detection(paidAfterBack)}${afterBackMissed > 0 ? `, ${afterBackMissed} not seen within 120 s` : ''}`,
        target: '≤ 10 s p95',
        verdict: pass(paidAfterBack.n > 0 && afterBackMissed === 0 && paidAfterBack.p95 <= 10_000)
      },
      {
        measure: 'Charge: wait for the budget',
        value: perTill.map((till) => `till ${till.till} p95 ${seconds(till.chargeQueueWait.p95)}`).join(' · '),
        target: '—',
        verdict: 'INFO'
      }
    ]
    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      node: process.version,
      chromium: 'not used',
      date: new Date().toISOString(),
      loadAtStart,
      loadAtEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100
    }
    mkdirSync('test-output', { recursive: true })
    writeFileSync(
      outputFile(settings.tillsOnKey),
      `${JSON.stringify({ machine, settings, traffic, perTill, allDetections, allQrsUp, paidAfterBack, allQrsUpMs: board.allUpMs(endedAt), figures }, null, 2)}\n`
    )
    console.log(
      `\n${formatReport(machine, [], figures).replace('## SecPaid Counter benchmark', `## ${settings.tills} till(s) on one key, "tills on this key" set to ${settings.tillsOnKey}`).replace(' · Chromium not used (headless)', '')}`
    )
    log(`wrote ${outputFile(settings.tillsOnKey)}`)
    return 0
  } catch (error) {
    console.error(error)
    return 1
  } finally {
    for (const till of tills) await till.close()
    await secpaid.close()
  }
}
