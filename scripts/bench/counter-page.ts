import { fileURLToPath } from 'node:url'

import type { Browser, Page } from '@playwright/test'

import type { FetchLike } from '../../src-main/secpaid/client'
import { type CounterBridge, startCounterBridge, waitForAppReady } from '../../tests/support/counter-bridge'
import type { TestSecPaid } from '../../tests/support/test-secpaid'
import { sleep } from './bench-log'
import type { BenchServer } from './bench-server'
import type { Counts } from './counts'
import type { ProbeGlobal } from './probes'

const PROBES = fileURLToPath(new URL('./page-probes.js', import.meta.url))
/** The keys a charge presses on the keypad. */
export const CHARGE_KEYS = ['1', '2', '3', '4']

/** Main's side of the bridge, instrumented: the handlers' time per call and SecPaid's round trip per request. */
class Instruments {
  inFlight = 0
  lastChargeHandlerMs = 0
  lastCreateLinkMs = 0
  /** Main's work on the last charge after SecPaid's answer was read: journal line, link view. */
  lastChargeAfterApiMs = 0
  /** When main had read SecPaid's last createLink answer, on Node's clock. */
  lastCreateLinkEnd = 0
  createLinkCount = 0

  readonly fetch: FetchLike = async (url, init) => {
    const sent = performance.now()
    const response = await fetch(url, init)
    const body = await response.text()
    if (url.endsWith('/createLink')) {
      this.lastCreateLinkEnd = performance.now()
      this.lastCreateLinkMs = this.lastCreateLinkEnd - sent
      this.createLinkCount += 1
    }
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
  }

  readonly intercept = async (channel: string, request: unknown, handle: (request: unknown) => Promise<unknown>) => {
    this.inFlight += 1
    const sent = performance.now()
    try {
      return await handle(request)
    } finally {
      this.inFlight -= 1
      if (channel === 'charge') {
        this.lastChargeHandlerMs = performance.now() - sent
        this.lastChargeAfterApiMs = performance.now() - this.lastCreateLinkEnd
      }
    }
  }
}

export interface Context {
  counts: Counts
  page: Page
  bridge: CounterBridge
  simulator: TestSecPaid
  instruments: Instruments
  server: BenchServer
  appUrl: string
}

/** A page of its own (own backend, simulator and paid detection) with the built renderer, bridged and probed. */
export async function openCounterPage(
  browser: Browser,
  shared: Pick<Context, 'counts' | 'server' | 'appUrl'>
): Promise<Context> {
  const instruments = new Instruments()
  const bridge = await startCounterBridge({
    fetch: instruments.fetch,
    intercept: instruments.intercept,
    announceAnswers: true,
    // Hundreds of charges back to back measure the renderer, not the request budget (scripts/bench/tills.ts does).
    requestBudget: null
  })
  const simulator = bridge.demoSecPaid
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await bridge.attach(page)
  await page.exposeFunction('__benchNodeNow', () => performance.now())
  await page.exposeFunction('__benchMarkNewestPaid', () => {
    const newest = simulator
      .links()
      .filter((link) => link.status === 'Unused')
      .toSorted((a, b) => b.id - a.id)[0]
    return newest !== undefined && simulator.markPaid(newest.id)
  })
  await page.addInitScript({ path: PROBES })
  const context: Context = { ...shared, page, bridge, simulator, instruments }
  await openApp(context)
  return context
}

/** Waits until no bridge call is on its way and the page has painted what the last answers changed. */
export async function settle(context: Context): Promise<void> {
  const deadline = performance.now() + 10_000
  while (context.instruments.inFlight > 0 && performance.now() < deadline) await sleep(2)
  await context.page.evaluate(() => (globalThis as unknown as ProbeGlobal).__bench.afterNextPaint())
}

export async function openApp(context: Context): Promise<void> {
  await context.page.goto(context.appUrl)
  await waitForAppReady(context.page)
  await context.page.getByTestId('amount-display').waitFor()
  await settle(context)
}
