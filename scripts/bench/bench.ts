// `npm run bench`: the counter's speed in headless Chromium, the built renderer bridged (tests/support/counter-bridge.ts)
// to the real main-process handlers and the SecPaid simulator. Not part of `npm test`. Writes test-output/bench.json.
// - "API round trip" is main's own fetch of createLink, from sending to the last byte of the answer (timed in Node);
//   "our overhead" is the press → QR painted time in the page minus it: main's other work, the bridge, React, the QR.
// - "painted" is the page's clock after the next frame: a task posted from requestAnimationFrame runs once that
//   frame's style, layout and paint are done. Headless frames come at 60 Hz, so this waits up to 16.7 ms.
// - The bridge is a Playwright binding; its bare round trip is measured and reported, as Electron IPC is cheaper.
// - "SecPaid's answer → QR painted" joins Node's clock to the page's (their offset is measured first) and is split
//   into main's work, the bridge's one way and the page's work.
// Each measure is a file of its own (charges.ts, naive-qr.ts, keypresses.ts, pending-list.ts, paid-detection.ts,
// bundle.ts, heap.ts, catalogue.ts), with its figures; this file runs them and prints them side by side.
// `--catalogue-only` measures only the catalogue of 500 products and the pending list of 1,000 links.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

import { type Browser, chromium } from '@playwright/test'

import { CHROMIUM_LAUNCH_OPTIONS } from '../../tests/support/chromium'
import { serveBuiltRenderer } from '../../tests/support/renderer-server'
import { log, started } from './bench-log'
import { startBenchServer } from './bench-server'
import { bundleFigures, measureBundle } from './bundle'
import { catalogueFigures, measureCatalogue } from './catalogue'
import { chargeFigures, type ChargeResult, measureCharges } from './charges'
import { type Context, openCounterPage } from './counter-page'
import { FULL, QUICK } from './counts'
import { inFrames, ms } from './figure-text'
import { heapFigures, measureHeap } from './heap'
import { keypressFigures, measureKeypresses } from './keypresses'
import { measureNaive, naiveFigures, naiveRatios, type NaiveResult } from './naive-qr'
import { measurePaidDetection, PAID_LATENCY_MS, paidFigures, RATE_LIMIT_PER_MINUTE } from './paid-detection'
import { measurePendingList, pendingFigures } from './pending-list'
import { profilePendingList } from './pending-profile'
import type { ProbeGlobal } from './probes'
import { type Figure, formatReport } from './report'
import { summarize } from './stats'

const RENDERER_DIR = 'out/renderer'
const OUTPUT_FILE = 'test-output/bench.json'
const LATENCIES_MS = [0, 150] as const

function machine(browserVersion: string) {
  const cpuInfo = readFileSync('/proc/cpuinfo', 'utf8')
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuInfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    chromium: browserVersion,
    date: new Date().toISOString(),
    /** 1-minute load average: other work on the machine shows in the p95s. */
    loadAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    loadAtEnd: Number.NaN
  }
}

export async function runBench(args: readonly string[]): Promise<number> {
  const counts = args.includes('--quick') ? QUICK : FULL
  const rendererDir = args.find((arg) => arg.startsWith('--renderer='))?.slice('--renderer='.length) ?? RENDERER_DIR
  // A private copy: others may rebuild out/ while the bench runs, and every figure must be of one build.
  const snapshot = mkdtempSync(join(tmpdir(), 'bench-renderer-'))
  cpSync(rendererDir, snapshot, { recursive: true })
  log(`mode: ${counts === QUICK ? 'quick (smoke run)' : 'full'}; renderer: ${rendererDir} as built at start`)
  const bundle = measureBundle(snapshot)
  log(
    `bundle: ${bundle.files.map((file) => file.file).join(', ')}; JS ${(bundle.totalJsGzipBytes / 1024).toFixed(1)} KB gzip`
  )

  const renderer = await serveBuiltRenderer(snapshot)
  const server = await startBenchServer()
  const contexts: Context[] = []
  let browser: Browser | null = null
  try {
    browser = await chromium.launch({ headless: true, ...CHROMIUM_LAUNCH_OPTIONS })
    const shared = { counts, server, appUrl: renderer.url }
    const context = await openCounterPage(browser, shared)
    contexts.push(context)
    const { page } = context
    const machineInfo = machine(browser.version())
    log(
      `machine: ${machineInfo.cpu}, ${machineInfo.cores} cores, Node ${machineInfo.node}, Chromium ${machineInfo.chromium}, load ${machineInfo.loadAtStart}`
    )

    const bridgeRoundTrip = summarize(
      await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__bench.bridgeRoundTrips(200))
    )
    log(`bridge round trip (Playwright binding standing in for Electron IPC): ${ms(bridgeRoundTrip)}`)
    if (args.includes('--charges-only')) {
      const latencyMs = Number(args.find((arg) => arg.startsWith('--latency='))?.slice('--latency='.length) ?? 0)
      log(`1. charge → QR painted at ${latencyMs} ms latency (${counts.charges})`)
      const ours = await measureCharges(context, latencyMs)
      log(`  painted ${ms(ours.pressToQrPainted)}; API ${ms(ours.apiRoundTrip)}; overhead ${ms(ours.overhead)}`)
      log(`  SecPaid's answer → QR painted ${inFrames(ours.answerToPainted)} (clock ± ${ours.clockErrorMs} ms)`)
      log(`  of it the app's own work (main + page, no bridge) ${inFrames(ours.appAnswerToPainted)}`)
      log(`  ${JSON.stringify(ours)}`)
      return 0
    }

    if (args.includes('--profile-pending')) {
      log('profile: pending list with 1,000 links under Chromium tracing')
      await profilePendingList(browser, context)
      return 0
    }
    if (args.includes('--catalogue-only')) {
      log(`8. catalogue of 500 products: taps (${counts.catalogueTaps}), keystrokes (${counts.catalogueKeystrokes})`)
      const catalogue = await measureCatalogue(context)
      log(`  tap ${ms(catalogue.tapToLinePainted)}; keystroke ${ms(catalogue.keystrokeToHitsPainted)}`)
      log('4. pending list with 1,000 links')
      const pendingOnly = await measurePendingList(context)
      console.log(
        `\n${formatReport(machineInfo, [], [...catalogueFigures(catalogue), ...pendingFigures(pendingOnly)])}`
      )
      log(`  ${JSON.stringify({ catalogue, pending: pendingOnly })}`)
      return 0
    }

    log(`3. keypress → amount painted (${counts.keypresses})`)
    const keypress = await measureKeypresses(context)
    log(`  ${ms(keypress.keydownToPainted)}`)

    log('4. pending list with 1,000 links')
    const pending = await measurePendingList(context)

    const charges: ChargeResult[] = []
    const naive: NaiveResult[] = []
    for (const latencyMs of LATENCIES_MS) {
      log(`1. charge → QR painted at ${latencyMs} ms latency (${counts.charges})`)
      const ours = await measureCharges(context, latencyMs)
      log(`  painted ${ms(ours.pressToQrPainted)}; API ${ms(ours.apiRoundTrip)}; overhead ${ms(ours.overhead)}`)
      charges.push(ours)
      log(`2. naive: remote qr_img at ${latencyMs} ms latency (${counts.naiveCharges})`)
      const theirs = await measureNaive(context, latencyMs)
      log(`  painted ${ms(theirs.pressToQrPainted)}`)
      naive.push(theirs)
    }

    // Paid detection mostly waits (QR on screen, rate-limit pacing): the heap cycles run meanwhile, on a page
    // with a backend and simulator of their own, so neither sees the other's requests or paid detection.
    log(
      `5. paid detection at ${PAID_LATENCY_MS} ms latency, rate limit ${RATE_LIMIT_PER_MINUTE}/min (${counts.paidSamples} samples)`
    )
    log(`7. meanwhile, on a second page: heap over ${counts.heapCycles} charge cycles`)
    const heapContext = await openCounterPage(browser, shared)
    contexts.push(heapContext)
    const [paid, heap] = await Promise.all([measurePaidDetection(context), measureHeap(heapContext)])
    log(`  paid detection ${ms(paid.markPaidToPaidScreenPainted)}; 429s: ${paid.http429}`)
    log(
      `  heap ${(heap.before.usedBytes / 1_048_576).toFixed(2)} → ${(heap.after.usedBytes / 1_048_576).toFixed(2)} MB`
    )

    // Last on the first page, so the figures above are of the counter as before; the catalogue is removed afterwards.
    log(`8. catalogue of 500 products: taps (${counts.catalogueTaps}), keystrokes (${counts.catalogueKeystrokes})`)
    const catalogue = await measureCatalogue(context)
    log(`  tap ${ms(catalogue.tapToLinePainted)}; keystroke ${ms(catalogue.keystrokeToHitsPainted)}`)

    const ratios = naiveRatios(charges, naive)
    const figures: Figure[] = [
      ...charges.flatMap((ours) => chargeFigures(ours, bridgeRoundTrip)),
      ...naiveFigures(naive, ratios),
      ...keypressFigures(keypress),
      ...catalogueFigures(catalogue),
      ...pendingFigures(pending),
      ...paidFigures(paid),
      ...bundleFigures(bundle),
      ...heapFigures(heap)
    ]

    machineInfo.loadAtEnd = Math.round((loadavg()[0] ?? 0) * 100) / 100
    const results = {
      machine: machineInfo,
      mode: counts === QUICK ? 'quick' : 'full',
      counts,
      bundle,
      bridgeRoundTrip,
      keypress,
      catalogue,
      charges,
      naive,
      ratios,
      pending,
      paid,
      heap,
      figures,
      seconds: Math.round((performance.now() - started) / 1000)
    }
    mkdirSync('test-output', { recursive: true })
    writeFileSync(OUTPUT_FILE, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\n${formatReport(machineInfo, bundle.files, figures)}`)
    log(`wrote ${OUTPUT_FILE}`)
    return 0
  } catch (error) {
    console.error(error)
    return 1
  } finally {
    await browser?.close()
    await server.close()
    await renderer.close()
    for (const { bridge } of contexts) await bridge.close()
    rmSync(snapshot, { recursive: true, force: true })
  }
}
