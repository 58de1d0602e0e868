import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Page } from '@playwright/test'

import { type Backend, createBackend } from '../../src-main/backend'
import type { FileOutput } from '../../src-main/books/file-output'
import type { Clock } from '../../src-main/clock'
import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import type { FetchLike } from '../../src-main/secpaid/client'
import type { RequestBudget } from '../../src-main/secpaid/request-scheduler'
import { createJsonFileSettingsStorage } from '../../src-main/settings/json-file-settings-storage'
import type { SecretCipher } from '../../src-main/settings/settings-storage'
import { CHANNEL_NAMES, type CounterEvent } from '../../src-preload/contract'
import { parseCounterEvent } from '../../src-preload/contract/counter-event-schema'
import { BUILT_DISPLAY_PAGE } from './display-page'
import { startTestSecPaid, type TestSecPaid } from './test-secpaid'

/** Stands in for safeStorage, the one Electron piece the bridge cannot have. */
const bridgeCipher: SecretCipher = {
  storage: async () => 'encrypted',
  encrypt: async (text) => Buffer.from(text).toString('base64'),
  decrypt: async (cipherText) => ({ plainText: Buffer.from(cipherText, 'base64').toString(), shouldReEncrypt: false })
}

/** Event the page fires on `window` the moment an answer reaches it, before the renderer's code sees it. */
export const ANSWER_EVENT = 'counter-bridge-answer'

export type CallHandler = (request: unknown) => Promise<unknown>

export interface CounterBridgeOptions {
  /** The fetch main talks to SecPaid with; Node's by default. A benchmark wraps it to time the API alone. */
  fetch?: FetchLike
  /** Paid detection's poll interval; the app's default when left out. */
  watchIntervalMs?: number
  /** Sees every call on its way to the real handler (`handle`), e.g. to time it or to change its request. */
  intercept?: (channel: string, request: unknown, handle: CallHandler) => Promise<unknown>
  /** Fire `ANSWER_EVENT` (detail: `{ channel }`) in the page as each answer arrives. */
  announceAnswers?: boolean
  /** The backend's request budget, if not the app's own; `null` sends every request at once (see createBackend). */
  requestBudget?: Partial<RequestBudget> | null
  /** Plays safeStorage; by default one that encrypts as with a keyring (`encrypted`). */
  cipher?: SecretCipher
  /** Main's time (the request budget, paid detection, links that expire), if not the system's. */
  clock?: Clock
}

export interface CounterBridge {
  backend: Backend
  /**
   * The SecPaid Demo mode talks to (key: demo-key), a test SecPaid the test controls and faults. A backend that
   * starts another (a restart) replaces its contents in place, so this always controls the current one.
   */
  demoSecPaid: TestSecPaid
  /** A second test SecPaid that plays real SecPaid for Production mode (keys: sk_live_valid). */
  secpaid: TestSecPaid
  settingsFile: string
  /** The sales journal (one JSON line per status change) beside the settings file. */
  journalFile: string
  /** Where the save dialog "chooses" to save (the bridge plays Electron's dialog): one file per name. */
  savedFolder: string
  /** The file in `savedFolder` the open dialog "chooses" (null: the owner cancels it). */
  chooseFileToOpen(name: string | null): void
  /**
   * The main process dies and starts again: the backend is closed and a new one opens the same settings file
   * and journal, as the app would after a restart. `backend` then holds the new one.
   */
  restartBackend(): Promise<Backend>
  /** Every `window.counter` call a bridged page made, by channel, in the order they reached the handlers. */
  ipcCalls: readonly string[]
  /** Gives the page a `window.counter` answered by the real handlers; call before its first navigation. */
  attach(page: Page): Promise<void>
  /** Resolves once every `window.counter` call the page made so far has reached the handlers. */
  settleIpc(page: Page): Promise<void>
  close(): Promise<void>
}

/**
 * Stands where Electron's preload would: `window.counter` gets one function per contract channel, and each
 * call crosses to this Node process (a Playwright binding, like IPC) where the real main-process handlers
 * answer it, talking over real HTTP to the test SecPaids on 127.0.0.1.
 */
export async function startCounterBridge(options: CounterBridgeOptions = {}): Promise<CounterBridge> {
  const folder = mkdtempSync(join(tmpdir(), 'counter-bridge-'))
  const settingsFile = join(folder, 'settings.json')
  const journalFile = join(folder, 'books.sqlite')
  const savedFolder = join(folder, 'saved')
  mkdirSync(savedFolder)
  const pages = new Set<Page>()
  // Plays Electron's glue (window/books-output.ts): the owner picks `savedFolder` in the dialog; the PDF is the
  // attached page printed by Chromium itself.
  const opened: { name: string | null } = { name: null }
  const fileOutput: FileOutput = {
    saveWithDialog: async (fileName, bytes) => {
      writeFileSync(join(savedFolder, fileName), bytes)
      return { saved: true }
    },
    print: async () => ({ printed: true }),
    pageAsPdf: async () => {
      const [page] = pages
      if (page === undefined) throw new Error('no page is attached')
      return page.pdf({ format: 'A4', printBackground: true })
    },
    // Plays the open dialog: the owner picks `fileToOpen` in `savedFolder`, or cancels while it is null.
    openWithDialog: async () => (opened.name === null ? null : readFileSync(join(savedFolder, opened.name)))
  }
  const secpaid = await startTestSecPaid({ apiKeys: ['sk_live_valid'] })
  const demo: { secpaid: TestSecPaid | null } = { secpaid: null }
  const startDemoSecPaid = async () => {
    const started = await startTestSecPaid()
    demo.secpaid = demo.secpaid === null ? started : Object.assign(demo.secpaid, started)
    return started
  }
  const openBackend = () =>
    createBackend({
      storage: createJsonFileSettingsStorage(settingsFile),
      booksPath: journalFile,
      cipher: options.cipher ?? bridgeCipher,
      fetch: options.fetch ?? fetch,
      customerDisplayPage: BUILT_DISPLAY_PAGE,
      fileOutput,
      // Plays Electron's folder dialog (backups, the audit export): the owner picks `savedFolder`.
      chooseFolder: async () => savedFolder,
      testing: {
        timeoutMs: 3000,
        baseUrlOverride: secpaid.baseUrl,
        startDemoSecPaid,
        ...(options.requestBudget !== undefined ? { requestBudget: options.requestBudget } : {}),
        ...(options.watchIntervalMs !== undefined ? { watchIntervalMs: options.watchIntervalMs } : {}),
        ...(options.clock !== undefined ? { clock: options.clock } : {})
      }
    })
  const backend = await openBackend()
  if (demo.secpaid === null) throw new Error('the backend started no Demo SecPaid')
  const ipcCalls: string[] = []
  // Where Electron's webContents.send would deliver main's events: checked as the preload checks them, then handed to
  // every bridged page's subscribers.
  const forwardEvent = (event: CounterEvent) => {
    const checked = parseCounterEvent(event)
    if (checked === null) throw new Error(`main emitted a malformed event: ${JSON.stringify(event)}`)
    for (const page of pages) {
      page
        .evaluate(
          (payload) => (globalThis as unknown as { __counterEmit?: (e: unknown) => void }).__counterEmit?.(payload),
          checked
        )
        // A page that closed or is navigating hears nothing, as a closed window would not.
        .catch(() => undefined)
    }
  }
  let unsubscribe = backend.events.subscribe(forwardEvent)
  const intercept = options.intercept ?? ((_channel, request, handle) => handle(request))

  return {
    backend,
    demoSecPaid: demo.secpaid,
    secpaid,
    settingsFile,
    journalFile,
    savedFolder,
    chooseFileToOpen: (name) => {
      opened.name = name
    },
    ipcCalls,
    async restartBackend() {
      unsubscribe()
      await backend.close()
      // Replaced in place: every later call, and the bridge's own close, reach the new backend.
      Object.assign(backend, await openBackend())
      unsubscribe = backend.events.subscribe(forwardEvent)
      return backend
    },
    async attach(page) {
      pages.add(page)
      page.on('close', () => pages.delete(page))
      await page.exposeFunction('__counterInvoke', (channel: unknown, request: unknown) => {
        ipcCalls.push(String(channel))
        return intercept(String(channel), request, (changed) => dispatchCounterCall(backend.handlers, channel, changed))
      })
      // Bindings reach Node in the order the page calls them: once this no-op answers, every earlier call has arrived.
      await page.exposeFunction('__counterSettle', () => true)
      await page.addInitScript(
        ({ channels, answerEvent }: { channels: readonly string[]; answerEvent: string | null }) => {
          type Target = { dispatchEvent(event: unknown): boolean }
          const bridge = globalThis as unknown as {
            __counterInvoke: (c: string, r: unknown) => Promise<unknown>
            CustomEvent: new (type: string, init: { detail: unknown }) => unknown
          }
          const invoke = bridge.__counterInvoke
          const call =
            answerEvent === null
              ? invoke
              : async (channel: string, request: unknown) => {
                  const answer = await invoke(channel, request)
                  ;(globalThis as unknown as Target).dispatchEvent(
                    new bridge.CustomEvent(answerEvent, { detail: { channel } })
                  )
                  return answer
                }
          const api: Record<string, unknown> = Object.fromEntries(
            channels.map((channel) => [channel, (request: unknown) => call(channel, request)])
          )
          const listeners = new Set<(event: unknown) => void>()
          api.onEvent = (listener: (event: unknown) => void) => {
            listeners.add(listener)
            return () => listeners.delete(listener)
          }
          Object.defineProperty(globalThis, '__counterEmit', {
            value: (event: unknown) => {
              for (const listener of [...listeners]) listener(event)
            }
          })
          Object.defineProperty(globalThis, 'counter', { value: Object.freeze(api) })
        },
        { channels: CHANNEL_NAMES, answerEvent: options.announceAnswers ? ANSWER_EVENT : null }
      )
    },
    async settleIpc(page) {
      await page.evaluate(() => {
        const bridge = globalThis as unknown as { __counterSettle: () => Promise<boolean> }
        return bridge.__counterSettle()
      })
    },
    async close() {
      unsubscribe()
      await backend.close()
      await secpaid.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

/** Any screen but the loading one: the settings have arrived and the app is usable. */
const APP_READY = ['amount-display', 'qr-screen', 'paid-screen', 'settings-screen']
  .map((testId) => `[data-testid="${testId}"]`)
  .join(', ')

export async function waitForAppReady(page: Page): Promise<void> {
  // The keypad's amount stays in the DOM, hidden, under the QR and Paid screens: wait for the screen shown.
  await page.locator(APP_READY).filter({ visible: true }).first().waitFor()
}
