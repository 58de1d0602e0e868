import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { CounterEvent, IpcResult, JournalStatus, LinkView } from '../../../src-preload/contract'
import { journalRows, journalText } from '../../support/journal-rows'
import { needsTmpfsMount } from '../../support/mount-probe'
import { plainCipher } from '../../support/plain-cipher'
import { mountSmallDisk, type SmallDisk } from '../../support/small-disk'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { until } from '../../support/wait'

const createLinkRequests = (secpaid: TestSecPaid) =>
  secpaid.requestLog().filter((request) => request.endpoint === 'createLink')

// A real full or read-only disk: a tmpfs this process mounts (see tests/support/mount-probe.ts).
needsTmpfsMount()

describe('charges while the journal cannot be written: on a real disk that fills up or is read-only', () => {
  let disk: SmallDisk
  let settingsFolder: string
  /** The JSONL journal of the version before the books database, beside it. */
  let journalPath: string
  let booksPath: string
  let demo: TestSecPaid
  let backend: Backend | null
  let journalEvents: JournalStatus[]

  const openBackend = async () => {
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(settingsFolder, 'settings.json')),
      booksPath,
      cipher: plainCipher,
      fetch,
      testing: {
        journalRetryIntervalMs: 30,
        timeoutMs: 400,
        lookupDelayMs: 5,
        startDemoSecPaid: async () => demo
      }
    })
    backend.events.subscribe((event: CounterEvent) => {
      if (event.type === 'journal_status') journalEvents.push(event.status)
    })
    return backend
  }
  const call = <T = LinkView>(channel: string, request: unknown = {}) =>
    dispatchCounterCall(backend!.handlers, channel, request) as Promise<IpcResult<T>>
  const charge = (amountCents: number) => call('charge', { amountCents })
  const journalStatus = () => call<JournalStatus>('journalStatus')

  beforeEach(async () => {
    // Room for the database and its WAL; the tests fill the rest.
    disk = mountSmallDisk(1024)
    settingsFolder = mkdtempSync(join(tmpdir(), 'counter-journal-faults-'))
    journalPath = join(disk.folder, 'sales-journal.jsonl')
    booksPath = join(disk.folder, 'books.sqlite')
    demo = await startTestSecPaid()
    backend = null
    journalEvents = []
  })
  afterEach(async () => {
    await backend?.close()
    await demo.close()
    disk.unmount()
    rmSync(settingsFolder, { recursive: true, force: true })
  })

  it('a full disk before SecPaid is asked: the charge is refused with the reason and nothing is sent', async () => {
    await openBackend()
    expect((await charge(100)).ok).toBe(true)
    disk.fill()
    const journalBefore = journalText(booksPath)
    demo.resetCounts()

    expect(await charge(250)).toEqual({ ok: false, error: { code: 'journal_unwritable', errno: 'ENOSPC' } })
    expect(demo.requestCount()).toBe(0)
    expect(journalText(booksPath)).toBe(journalBefore)

    disk.free()
    expect(await charge(250)).toMatchObject({ ok: true, value: { amountCents: 250 } })
    expect(demo.links().map((link) => link.amountCents)).toEqual([100, 250])
  })

  it('a full disk after the link was made: the customer can pay, Charge is refused until the lines are written', async () => {
    await openBackend()
    demo.setResponseDelayAfterProcessing(300)
    const charging = charge(1990)
    await until(() => demo.links().length === 1)
    disk.fill()
    const charged = await charging
    demo.setResponseDelayAfterProcessing(0)

    // The link exists: the answer carries it, so its QR can be shown and paid.
    if (!charged.ok) throw new Error(`the charge answered ${charged.error.code}`)
    expect(charged.value).toMatchObject({ linkId: demo.links()[0]!.id, amountCents: 1990, state: 'waiting' })
    const unwritable = { writable: false, errno: 'ENOSPC', unwrittenLines: 1, quarantined: null, problem: null }
    expect(journalEvents).toEqual([unwritable])
    expect(await journalStatus()).toEqual({ ok: true, value: unwritable })

    // Never invited to charge again: nothing is sent while the journal lags behind.
    expect(await charge(1990)).toEqual({ ok: false, error: { code: 'journal_unwritable', errno: 'ENOSPC' } })
    expect(createLinkRequests(demo)).toHaveLength(1)
    // Cancelling still works: the cancellation is kept and queued behind the created line.
    expect(await call('cancelSale', { linkId: charged.value.linkId })).toMatchObject({ ok: true })
    expect(await journalStatus()).toMatchObject({ ok: true, value: { writable: false, unwrittenLines: 2 } })

    disk.free()
    await until(() => journalEvents.at(-1)?.writable === true)
    expect(await journalStatus()).toEqual({
      ok: true,
      value: { writable: true, errno: null, unwrittenLines: 0, quarantined: null, problem: null }
    })
    const [sale] = openSaleJournal(booksPath).all()
    expect(sale?.history.map((change) => change.status)).toEqual(['creating', 'created', 'cancelled'])
    expect(await charge(500)).toMatchObject({ ok: true, value: { amountCents: 500 } })
    expect(createLinkRequests(demo)).toHaveLength(2)
  })

  it('a read-only data folder: the app starts, says it cannot record sales, refuses to charge, loses nothing', async () => {
    const earlier = [
      { type: 'creating', reference: 'R1', amountCents: 1200, note: '', at: new Date().toISOString() },
      { type: 'created', reference: 'R1', linkId: 7, payLink: 'https://p/7', qrImg: null, at: new Date().toISOString() }
    ]
    writeFileSync(journalPath, `${earlier.map((line) => JSON.stringify(line)).join('\n')}\n`)
    const journalBefore = readFileSync(journalPath, 'utf8')
    disk.readOnly()

    await openBackend()
    expect(await journalStatus()).toEqual({
      ok: true,
      value: { writable: false, errno: 'EROFS', unwrittenLines: 0, quarantined: null, problem: null }
    })
    expect(await call('todaySummary')).toMatchObject({ ok: true, value: { count: 1, totalCents: 1200 } })
    expect(await charge(300)).toEqual({ ok: false, error: { code: 'journal_unwritable', errno: 'EROFS' } })
    expect(demo.requestCount()).toBe(0)
    expect(readFileSync(journalPath, 'utf8')).toBe(journalBefore)

    disk.writable()
    await until(() => journalEvents.at(-1)?.writable === true)
    expect(await charge(300)).toMatchObject({ ok: true, value: { amountCents: 300 } })
    // Once the folder could be written, the earlier version's journal was imported, then archived.
    expect(journalRows(booksPath).map((row) => [row.type, row.reference])).toEqual([
      ['creating', 'R1'],
      ['created', 'R1'],
      ['creating', expect.any(String)],
      ['created', expect.any(String)]
    ])
    expect(existsSync(journalPath)).toBe(false)
  })
})
