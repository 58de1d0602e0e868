import { progress } from './bench-log'
import { CHARGE_KEYS, type Context, settle } from './counter-page'
import { FRAME_MS, inFrames, ms, pass } from './figure-text'
import type { ChargeTimes, ProbeGlobal } from './probes'
import type { Figure } from './report'
import { summarize, type Summary } from './stats'

// 1 — Charge press → QR painted, against SecPaid's round trip alone.
/**
 * "SecPaid's answer → QR painted" starts on Node's clock and ends on the page's: the two are joined by the offset
 * between them, found before the charges. (Counting a bare bridge round trip for the answer's way instead fell short:
 * an answer took longer one way than a bare call both ways.)
 */
export async function measureCharges(context: Context, latencyMs: number) {
  const { page, simulator, instruments } = context
  simulator.setLatency(latencyMs)
  const clock = await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__bench.nodeClockOffset(200))
  const samples: { times: ChargeTimes; apiMs: number; handlerMs: number; afterApiMs: number; answerEnd: number }[] = []
  const total = context.counts.charges
  const warmUp = 3
  for (let index = -warmUp; index < total; index += 1) {
    const createsBefore = instruments.createLinkCount
    const times = await page.evaluate(
      (keys) => (globalThis as unknown as ProbeGlobal).__bench.charge(keys),
      CHARGE_KEYS
    )
    if (instruments.createLinkCount !== createsBefore + 1)
      throw new Error('a charge did not make exactly one createLink request')
    if (index >= 0)
      samples.push({
        times,
        apiMs: instruments.lastCreateLinkMs,
        handlerMs: instruments.lastChargeHandlerMs,
        afterApiMs: instruments.lastChargeAfterApiMs,
        answerEnd: instruments.lastCreateLinkEnd
      })
    await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__bench.backToKeypad())
    await settle(context)
    if (index >= 0) progress(`charges at ${latencyMs} ms`, index + 1, total)
  }
  const of = (value: (sample: (typeof samples)[number]) => number) => summarize(samples.map(value))
  const painted = ({ times }: (typeof samples)[number]) => times.paintedAt - times.pressedAt
  return {
    latencyMs,
    pressToQrPainted: of(painted),
    /** SecPaid alone: main's fetch of createLink, from sending to the whole body read. */
    apiRoundTrip: of((sample) => sample.apiMs),
    overhead: of((sample) => painted(sample) - sample.apiMs),
    /**
     * The measure: from SecPaid's answer read in main to the QR painted in the page, on one clock (the
     * page's time plus Node's offset from it, good to ± `clockErrorMs`).
     */
    answerToPainted: of(({ times, answerEnd }) => times.paintedAt + clock.offsetMs - answerEnd),
    clockErrorMs: Math.round(clock.errorMs * 100) / 100,
    // Its three parts: main's work after the answer (mainAfterApi, below), the bridge carrying the answer to the page,
    // the page's work until the QR is painted. The bridge is the tests' Playwright binding, not Electron's IPC.
    bridgeOneWay: of(({ times, answerEnd, afterApiMs }) => times.answerAt + clock.offsetMs - answerEnd - afterApiMs),
    pageAnswerToPainted: of(({ times }) => times.paintedAt - times.answerAt),
    /** The app's own work in it: main's after the answer and the page's, without the bridge between them. */
    appAnswerToPainted: of(({ times, afterApiMs }) => afterApiMs + times.paintedAt - times.answerAt),
    // Where the overhead goes.
    mainBesidesApi: of((sample) => sample.handlerMs - sample.apiMs),
    mainAfterApi: of((sample) => sample.afterApiMs),
    pressToAnswerBesidesHandler: of(({ times, handlerMs }) => times.answerAt - times.pressedAt - handlerMs),
    answerToImageInDom: of(({ times }) => times.inDomAt - times.answerAt),
    imageDecode: of(({ times }) => times.decodedAt - times.inDomAt),
    decodedToNextFrame: of(({ times }) => times.paintedAt - times.decodedAt)
  }
}

export type ChargeResult = Awaited<ReturnType<typeof measureCharges>>

export const chargeFigures = (ours: ChargeResult, bridgeRoundTrip: Summary): Figure[] => [
  {
    measure: `Charge → QR painted @${ours.latencyMs} ms`,
    value: ms(ours.pressToQrPainted),
    target: '—',
    verdict: 'INFO'
  },
  {
    measure: `  API round trip (createLink) @${ours.latencyMs} ms`,
    value: ms(ours.apiRoundTrip),
    target: '—',
    verdict: 'INFO'
  },
  {
    measure: `  SecPaid's answer → QR painted @${ours.latencyMs} ms`,
    value: `${inFrames(ours.answerToPainted)}; clocks joined to ± ${ours.clockErrorMs} ms`,
    target: '≤ 1 frame p50, ≤ 2 p95',
    verdict: pass(ours.answerToPainted.p50 <= FRAME_MS && ours.answerToPainted.p95 <= 2 * FRAME_MS)
  },
  {
    measure: '    parts, p50 (p95)',
    value: [
      `main after the answer ${ours.mainAfterApi.p50} (${ours.mainAfterApi.p95})`,
      `test bridge one way ${ours.bridgeOneWay.p50} (${ours.bridgeOneWay.p95})`,
      `page ${ours.pageAnswerToPainted.p50} (${ours.pageAnswerToPainted.p95}) ms`
    ].join(' · '),
    target: '—',
    verdict: 'INFO'
  },
  {
    measure: `    the app's own work in it (main + page, no test bridge) @${ours.latencyMs} ms`,
    value: inFrames(ours.appAnswerToPainted),
    target: '≤ 1 frame p50, ≤ 2 p95',
    verdict: pass(ours.appAnswerToPainted.p50 <= FRAME_MS && ours.appAnswerToPainted.p95 <= 2 * FRAME_MS)
  },
  {
    measure: `  our overhead (painted − round trip) @${ours.latencyMs} ms`,
    value: inFrames(ours.overhead),
    target: '—',
    verdict: 'INFO'
  },
  {
    measure: '  overhead split, p50 (p95)',
    value: [
      `main besides API ${ours.mainBesidesApi.p50} (${ours.mainBesidesApi.p95}), of it after the answer ${ours.mainAfterApi.p50} (${ours.mainAfterApi.p95})`,
      `click + bridge ${ours.pressToAnswerBesidesHandler.p50} (${ours.pressToAnswerBesidesHandler.p95}; a bare bridge round trip is ${bridgeRoundTrip.p50} (${bridgeRoundTrip.p95}))`,
      `answer → QR in DOM ${ours.answerToImageInDom.p50} (${ours.answerToImageInDom.p95})`,
      `image decode (fallback only) ${ours.imageDecode.p50} (${ours.imageDecode.p95})`,
      `→ next frame ${ours.decodedToNextFrame.p50} (${ours.decodedToNextFrame.p95}) ms`
    ].join(' · '),
    target: '—',
    verdict: 'INFO'
  }
]
