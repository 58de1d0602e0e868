import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView } from '../../../src-preload/contract'
import { journalRows } from '../../support/journal-rows'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { until } from '../../support/wait'

// What another process reading the books sees is what SQLite committed: with WAL and synchronous=FULL (see
// books-database.ts) a committed row has been fsynced. SecPaid is held while the request is in flight, so the test
// looks at the books at the moment SecPaid has the request and before the cashier has the answer.

describe('the journal commits a row (fsynced) before the app acts on what it records', () => {
  let folder: string
  let booksPath: string
  let demo: TestSecPaid
  let backend: Backend

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-fsync-'))
    booksPath = join(folder, 'books.sqlite')
    demo = await startTestSecPaid()
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath,
      cipher: plainCipher,
      fetch,
      testing: {
        startDemoSecPaid: async () => demo
      }
    })
  })
  afterAll(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('the `creating` row is committed before SecPaid is asked; the `created` row before the cashier hears of it', async () => {
    demo.setLatency(400)
    const charging = dispatchCounterCall(backend.handlers, 'charge', { amountCents: 4321 }) as Promise<
      IpcResult<LinkView>
    >
    await until(() => demo.requestCount() === 1)
    const whileAsked = journalRows(booksPath).map((row) => row.type)
    expect(whileAsked).toEqual(['creating'])
    expect(JSON.parse(journalRows(booksPath)[0]!.line)).toMatchObject({ amountCents: 4321 })

    const charged = await charging
    if (!charged.ok) throw new Error(charged.error.code)
    const rows = journalRows(booksPath)
    expect(rows.map((row) => [row.type, row.reference])).toEqual([
      ['creating', charged.value.reference],
      ['created', charged.value.reference]
    ])
    expect(rows.at(-1)?.line).toContain(`"linkId":${charged.value.linkId}`)
    expect(demo.requestLog().map((request) => request.endpoint)).toEqual(['createLink'])
  })
})
