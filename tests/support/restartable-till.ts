import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type Backend, createBackend } from '../../src-main/backend'
import type { Clock } from '../../src-main/clock'
import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../src-main/settings/json-file-settings-storage'
import type { CounterEvent, IpcResult } from '../../src-preload/contract'
import { plainCipher } from './plain-cipher'
import { startTestSecPaid, type TestSecPaid } from './test-secpaid'

/** One start of the app on the till's data folder. */
export interface TillRun {
  backend: Backend
  events: CounterEvent[]
  call: <T = unknown>(channel: string, request: unknown) => Promise<IpcResult<T>>
  /** Quits the app: the data folder and the test SecPaid stay for the next start. */
  quit: () => Promise<void>
}

/** A till in Demo whose app can be quit and started again on the same data folder and the same SecPaid. */
export interface RestartableTill {
  folder: string
  demo: TestSecPaid
  /** Starts the app (and reconciles, as the app does at start); `clock` for time a test moves itself. */
  start: (clock?: Clock) => Promise<TillRun>
  close: () => Promise<void>
}

export async function restartableTill(): Promise<RestartableTill> {
  const folder = mkdtempSync(join(tmpdir(), 'counter-restartable-'))
  const demo = await startTestSecPaid()
  // The app closes the SecPaid it was given when it quits; this one outlives each start, as SecPaid does.
  const kept: TestSecPaid = { ...demo, close: async () => {} }
  const runs: TillRun[] = []
  return {
    folder,
    demo,
    async start(clock) {
      const backend = await createBackend({
        storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
        booksPath: join(folder, 'books.sqlite'),
        cipher: plainCipher,
        fetch,
        testing: {
          startDemoSecPaid: async () => kept,
          timeoutMs: 500,
          requestBudget: null,
          ...(clock ? { clock } : {})
        }
      })
      const events: CounterEvent[] = []
      backend.events.subscribe((event) => events.push(event))
      await backend.reconcile()
      let quit: Promise<void> | null = null
      const run: TillRun = {
        backend,
        events,
        call: <T>(channel: string, request: unknown) =>
          dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<T>>,
        quit: () => (quit ??= backend.close())
      }
      runs.push(run)
      return run
    },
    async close() {
      for (const run of runs) await run.quit()
      await demo.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}
