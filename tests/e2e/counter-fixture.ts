import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type Page } from '@playwright/test'
import { createCounterBackend, type CounterBackend } from '../../src-main/counter-backend'
import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../src-main/settings/json-file-settings-storage'
import type { SecretCipher } from '../../src-main/settings/settings-storage'
import { startSimulator, type Simulator } from '../../src-main/simulator'
import { CHANNELS } from '../../src-preload/contract'
import { serveBuiltRenderer } from './renderer-server'

/** Stands in for safeStorage, the one Electron piece the bridge cannot have. */
const bridgeCipher: SecretCipher = {
  isAvailable: () => true,
  encrypt: (text) => Buffer.from(text).toString('base64'),
  decrypt: (cipherText) => Buffer.from(cipherText, 'base64').toString()
}

export interface CounterFixture {
  /** The page with the built renderer, its `window.counter` bridged to the real main-process handlers. */
  page: Page
  backend: CounterBackend
  /** A second simulator that plays real SecPaid for Production mode (keys: sk_live_valid). */
  secpaid: Simulator
  settingsFile: string
  /** Every `window.counter` call the renderer made, by channel, in the order they reached the handlers. */
  ipcCalls: readonly string[]
  /** Resolves once every `window.counter` call the renderer made so far has reached the handlers. */
  settleIpc: () => Promise<void>
  /** Reloads the renderer as restarting the window would and waits for its first screen; backend and settings stay. */
  reload: () => Promise<void>
}

/** Any screen but the loading one: the settings have arrived and the app is usable. */
const APP_READY = ['amount-display', 'qr-screen', 'paid-screen', 'settings-screen']
  .map((testId) => `[data-testid="${testId}"]`)
  .join(', ')

async function waitForAppReady(page: Page): Promise<void> {
  await page.locator(APP_READY).first().waitFor()
}

/**
 * Stands where Electron's preload would: `window.counter` gets one function per contract channel, and each
 * call crosses to this Node process (a Playwright binding, like IPC) where the real handlers answer it,
 * talking over real HTTP to the simulator on 127.0.0.1.
 */
export const test = base.extend<{ counter: CounterFixture }>({
  counter: async ({ page }, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'counter-e2e-'))
    const settingsFile = join(folder, 'settings.json')
    const secpaid = await startSimulator({ apiKeys: ['sk_live_valid'] })
    const backend = await createCounterBackend({
      storage: createJsonFileSettingsStorage(settingsFile),
      journalPath: join(folder, 'sales-journal.jsonl'),
      cipher: bridgeCipher,
      fetch,
      timeoutMs: 3000,
      baseUrlOverride: secpaid.baseUrl
    })
    const renderer = await serveBuiltRenderer()
    const ipcCalls: string[] = []

    await page.exposeFunction('__counterInvoke', (channel: unknown, request: unknown) => {
      ipcCalls.push(String(channel))
      return dispatchCounterCall(backend.handlers, channel, request)
    })
    // Bindings reach Node in the order the page calls them: once this no-op answers, every earlier call has arrived.
    await page.exposeFunction('__counterSettle', () => true)
    await page.addInitScript((channels: readonly string[]) => {
      const bridge = globalThis as unknown as { __counterInvoke: (c: string, r: unknown) => Promise<unknown> }
      const invoke = bridge.__counterInvoke
      const api = Object.fromEntries(channels.map((channel) => [channel, (request: unknown) => invoke(channel, request)]))
      Object.defineProperty(globalThis, 'counter', { value: Object.freeze(api) })
    }, CHANNELS)
    await page.goto(renderer.url)
    await waitForAppReady(page)

    await use({
      page,
      backend,
      secpaid,
      settingsFile,
      ipcCalls,
      settleIpc: async () => {
        await page.evaluate(() => {
          const bridge = globalThis as unknown as { __counterSettle: () => Promise<boolean> }
          return bridge.__counterSettle()
        })
      },
      reload: async () => {
        await page.reload()
        await waitForAppReady(page)
      }
    })

    await renderer.close()
    await backend.close()
    await secpaid.close()
    rmSync(folder, { recursive: true, force: true })
  }
})

export { expect } from '@playwright/test'
