import { expect, type Page, test as base } from '@playwright/test'

import type { Backend } from '../../src-main/backend'
import type { Clock } from '../../src-main/clock'
import type { RequestBudget } from '../../src-main/secpaid/request-scheduler'
import { startCounterBridge, waitForAppReady } from '../support/counter-bridge'
import { serveBuiltRenderer } from '../support/renderer-server'
import { startTestSecPaid, type TestSecPaid } from '../support/test-secpaid'

export interface CounterFixture {
  /** The page with the built renderer, its `window.counter` bridged to the real main-process handlers. */
  page: Page
  /** The running backend; after `restartBackend()` the same object holds the new one. */
  backend: Backend
  /** The SecPaid Demo mode talks to (key: demo-key), to control and fault; after a restart, the new backend's. */
  demoSecPaid: TestSecPaid
  /** A second test SecPaid that plays real SecPaid for Production mode (keys: sk_live_valid). */
  secpaid: TestSecPaid
  settingsFile: string
  /** The books database (one row per status change) the backend keeps beside the settings file. */
  journalFile: string
  /** Where the bridge's save dialog puts saved files (CSV, PDF). */
  savedFolder: string
  /** The file in `savedFolder` the open dialog picks next (the catalogue import); null: the owner cancels it. */
  chooseFileToOpen: (name: string | null) => void
  /** Every `window.counter` call the renderer made, by channel, in the order they reached the handlers. */
  ipcCalls: readonly string[]
  /** Resolves once every `window.counter` call the renderer made so far has reached the handlers. */
  settleIpc: () => Promise<void>
  /** Reloads the renderer as restarting the window would and waits for its first screen; backend and settings stay. */
  reload: () => Promise<void>
  /**
   * The main process dies and starts again: the backend is closed and a new one opens the same settings file and
   * journal. From then on `backend` and the page's `window.counter` reach the new one. Like the app's start-up, call
   * `backend.reconcile()` next; the page keeps running until `reload()`.
   */
  restartBackend: () => Promise<Backend>
  /** SecPaid goes down: the Production SecPaid stops listening, so connections are refused. */
  stopSecPaid: () => Promise<void>
  /** SecPaid is back: a fresh one (no links, no faults) on the same port, controlled through `secpaid`. */
  startSecPaid: () => Promise<void>
}

const SECPAID_KEYS = ['sk_live_valid']

/**
 * The built renderer in the test's page, bridged (tests/support/counter-bridge.ts) as Electron's preload would.
 * Every test fails on an error its page did not handle (an uncaught exception or an unhandled rejection there);
 * an unhandled rejection in the worker fails the running test already, by Playwright's own handler.
 */
export const test = base.extend<{
  counter: CounterFixture
  failOnPageErrors: void
  /** The backend's request budget where a test needs another than the app's (`test.use`). */
  requestBudget: Partial<RequestBudget> | undefined
  /** Main's time where a test moves it (`test.use`); the system clock by default. */
  backendClock: Clock | undefined
}>({
  requestBudget: [undefined, { option: true }],
  backendClock: [undefined, { option: true }],
  failOnPageErrors: [
    async ({ page }, use) => {
      const pageErrors: string[] = []
      page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message))
      await use()
      expect(pageErrors, 'errors the page did not handle').toEqual([])
    },
    { auto: true }
  ],
  counter: async ({ page, requestBudget, backendClock }, use) => {
    const bridge = await startCounterBridge({
      ...(requestBudget === undefined ? {} : { requestBudget }),
      ...(backendClock === undefined ? {} : { clock: backendClock })
    })
    const renderer = await serveBuiltRenderer()
    await bridge.attach(page)
    await page.goto(renderer.url)
    await waitForAppReady(page)
    // The bridge closes `secpaid` at the end: a restarted SecPaid replaces its contents in place, so the bridge
    // closes whichever one is running then.
    const { backend, demoSecPaid, secpaid } = bridge
    let secpaidRunning = true

    await use({
      page,
      backend,
      demoSecPaid,
      secpaid,
      settingsFile: bridge.settingsFile,
      journalFile: bridge.journalFile,
      savedFolder: bridge.savedFolder,
      chooseFileToOpen: (name) => bridge.chooseFileToOpen(name),
      ipcCalls: bridge.ipcCalls,
      settleIpc: () => bridge.settleIpc(page),
      reload: async () => {
        await page.reload()
        await waitForAppReady(page)
      },
      restartBackend: () => bridge.restartBackend(),
      stopSecPaid: async () => {
        if (!secpaidRunning) return
        await secpaid.close()
        secpaidRunning = false
      },
      startSecPaid: async () => {
        if (secpaidRunning) return
        Object.assign(secpaid, await startTestSecPaid({ port: secpaid.port, apiKeys: SECPAID_KEYS }))
        secpaidRunning = true
      }
    })

    await renderer.close()
    // The bridge closes `secpaid`: a stopped one would refuse, so it is started again for that.
    if (!secpaidRunning) Object.assign(secpaid, await startTestSecPaid({ apiKeys: SECPAID_KEYS }))
    await bridge.close()
  }
})

export { expect }
