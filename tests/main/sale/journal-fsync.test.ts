import * as fs from 'node:fs'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createBackend, type Backend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

// The one spy in the journal's tests: behaviour tests cannot see a power cut, so this checks the order of what
// reaches the disk. Every other call goes to the real fs.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>()
  return { ...actual, fsyncSync: vi.fn(actual.fsyncSync) }
})

/** What was on disk at one fsync of the journal file, and how many requests SecPaid had received by then. */
interface Flush {
  journalLines: string[]
  secpaidRequests: number
}

describe('the journal is flushed to disk (fsync) before the app acts on what it records', () => {
  let folder: string
  let journalPath: string
  let demo: TestSecPaid
  let backend: Backend
  const flushes: Flush[] = []

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-fsync-'))
    journalPath = join(folder, 'sales-journal.jsonl')
    demo = await startTestSecPaid()
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      journalPath,
      cipher: plainCipher,
      fetch,
      testing: {
        startDemoSecPaid: async () => demo
      }
    })
    const realFsync = vi.mocked(fs.fsyncSync).getMockImplementation()!
    vi.mocked(fs.fsyncSync).mockImplementation((fd) => {
      realFsync(fd)
      const isJournal = fs.existsSync(journalPath) && fs.fstatSync(fd).ino === fs.statSync(journalPath).ino
      if (isJournal) {
        const journalLines = readFileSync(journalPath, 'utf8').split('\n').filter(Boolean)
        flushes.push({ journalLines, secpaidRequests: demo.requestCount() })
      }
    })
  })
  afterAll(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('the `creating` line is on disk before SecPaid is asked; the `created` line before the cashier hears of it', async () => {
    const charged = (await dispatchCounterCall(backend.handlers, 'charge', {
      amountCents: 4321
    })) as IpcResult<LinkView>
    if (!charged.ok) throw new Error(charged.error.code)
    const { reference, linkId } = charged.value
    const written = (type: string) =>
      flushes.find((flush) =>
        flush.journalLines.some((line) => line.includes(`"type":"${type}","reference":"${reference}"`))
      )

    expect(written('creating')).toMatchObject({ secpaidRequests: 0 })
    expect(demo.requestLog().map((request) => request.endpoint)).toEqual(['createLink'])
    expect(written('created')?.journalLines.at(-1)).toContain(`"linkId":${linkId}`)
  })
})
