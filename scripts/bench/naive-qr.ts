import { progress } from './bench-log'
import type { ChargeResult } from './charges'
import { type Context, openApp } from './counter-page'
import { ms } from './figure-text'
import type { ProbeGlobal } from './probes'
import type { Figure } from './report'
import { summarize } from './stats'

// 2 — The naive way: wait for SecPaid's remote qr_img (a local stand-in with the same latency).
export async function measureNaive(context: Context, latencyMs: number) {
  const { page, simulator, server } = context
  simulator.setLatency(latencyMs)
  server.setLatency(latencyMs)
  await page.goto(server.naivePageUrl)
  const painted: number[] = []
  const imageOnly: number[] = []
  const total = context.counts.naiveCharges
  for (let index = -3; index < total; index += 1) {
    const times = await page.evaluate(
      ([amountCents, origin]) => (globalThis as unknown as ProbeGlobal).__bench.naiveCharge(amountCents, origin),
      [1234, server.origin] as const
    )
    if (index >= 0) {
      painted.push(times.paintedAt - times.pressedAt)
      imageOnly.push(times.paintedAt - times.answeredAt)
      progress(`naive charges at ${latencyMs} ms`, index + 1, total)
    }
  }
  await openApp(context)
  return { latencyMs, pressToQrPainted: summarize(painted), answerToImagePainted: summarize(imageOnly) }
}

export type NaiveResult = Awaited<ReturnType<typeof measureNaive>>

/** How many times longer the naive way takes than ours, at each latency. */
export const naiveRatios = (charges: readonly ChargeResult[], naive: readonly NaiveResult[]) =>
  charges.map((ours, index) => {
    const theirs = naive[index]
    return {
      latencyMs: ours.latencyMs,
      p50: theirs ? Math.round((theirs.pressToQrPainted.p50 / ours.pressToQrPainted.p50) * 100) / 100 : Number.NaN,
      p95: theirs ? Math.round((theirs.pressToQrPainted.p95 / ours.pressToQrPainted.p95) * 100) / 100 : Number.NaN
    }
  })

export const naiveFigures = (naive: readonly NaiveResult[], ratios: ReturnType<typeof naiveRatios>): Figure[] =>
  naive.map((theirs, index): Figure => ({
    measure: `Naive remote qr_img @${theirs.latencyMs} ms`,
    value: `${ms(theirs.pressToQrPainted)}; naive/ours p50 ×${ratios[index]?.p50} · p95 ×${ratios[index]?.p95}`,
    target: '—',
    verdict: 'INFO'
  }))
