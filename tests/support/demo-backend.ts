import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type Backend, createBackend } from '../../src-main/backend'
import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../src-main/settings/json-file-settings-storage'
import type { CounterEvent, IpcResult } from '../../src-preload/contract'
import { plainCipher } from './plain-cipher'
import { startTestSecPaid, type TestSecPaid } from './test-secpaid'

type BackendOptions = Parameters<typeof createBackend>[0]

export interface DemoBackend {
  backend: Backend
  /** The test SecPaid the backend's Demo mode talks to. */
  demo: TestSecPaid
  /** The backend's sales journal, for tests that read what it wrote. */
  booksPath: string
  /** Every event the backend pushed, in order. */
  events: CounterEvent[]
  /** A call as the renderer makes it: through the handlers' validation. */
  call: <T = unknown>(channel: string, request: unknown) => Promise<IpcResult<T>>
  close: () => Promise<void>
}

/**
 * A real backend in Demo mode on a test SecPaid of its own, with its settings file and journal in a fresh folder,
 * recording every event it pushes. `options` adds to or replaces the defaults (e.g. the watch interval).
 */
export async function openDemoBackend(options: Partial<BackendOptions> = {}): Promise<DemoBackend> {
  const folder = mkdtempSync(join(tmpdir(), 'counter-demo-backend-'))
  const demo = await startTestSecPaid()
  const booksPath = join(folder, 'books.sqlite')
  const backend = await createBackend({
    storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
    booksPath,
    cipher: plainCipher,
    fetch,
    ...options,
    testing: {
      startDemoSecPaid: async () => demo,
      timeoutMs: 500,
      ...options.testing
    }
  })
  const events: CounterEvent[] = []
  backend.events.subscribe((event) => events.push(event))
  return {
    backend,
    demo,
    booksPath,
    events,
    call: <T>(channel: string, request: unknown) =>
      dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<T>>,
    close: async () => {
      await backend.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}
