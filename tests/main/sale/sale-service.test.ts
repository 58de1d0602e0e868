import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { openSaleJournal, type SaleJournal } from '../../../src-main/journal/sale-journal'
import { saleDay } from '../../../src-main/sale/sale-reference'
import { createSaleService, type SaleService } from '../../../src-main/sale/sale-service'
import { createSecPaidClient } from '../../../src-main/secpaid/client'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { createSettingsService, type SettingsService } from '../../../src-main/settings/settings-service'
import type { IpcResult } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { until } from '../../support/wait'

/** The reference of a sale whose charge answer was lost; fails the test for any other answer. */
function uncertainReference(result: IpcResult<unknown>): string {
  if (result.ok || result.error.code !== 'outcome_unknown') throw new Error('the sale was not left uncertain')
  return result.error.reference
}

describe('sale service: one sale, one link, against the simulator over real HTTP', () => {
  let simulator: TestSecPaid
  let folder: string
  let booksPath: string
  let settings: SettingsService
  let journal: SaleJournal
  let sales: SaleService
  let baseUrl: string

  const openService = () =>
    createSaleService({
      getClient: () => createSecPaidClient({ baseUrl, getApiKey: () => 'demo-key', fetch, timeoutMs: 300 }),
      journal,
      settings,
      now: () => new Date(),
      lookupDelayMs: 10
    })

  beforeAll(async () => {
    simulator = await startTestSecPaid()
    baseUrl = simulator.baseUrl
  })
  afterAll(() => simulator.close())
  beforeEach(async () => {
    simulator.reset()
    baseUrl = simulator.baseUrl
    folder = mkdtempSync(join(tmpdir(), 'counter-sales-'))
    booksPath = join(folder, 'books.sqlite')
    settings = await createSettingsService({
      storage: createJsonFileSettingsStorage(join(folder, 's.json')),
      cipher: plainCipher
    })
    journal = openSaleJournal(booksPath)
    sales = openService()
    return () => {
      journal.close()
      rmSync(folder, { recursive: true, force: true })
    }
  })

  const linksFor = (reference: string) =>
    simulator.links().filter((link) => link.recipientNote?.startsWith(reference) ?? false)

  it('creates exactly one link and journals creating → created', async () => {
    const result = await sales.charge({ amountCents: 1999, note: 'Table 4' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value).toMatchObject({ amountCents: 1999, note: 'Table 4', state: 'waiting' })
    expect(linksFor(result.value.reference ?? '')).toHaveLength(1)
    expect(journal.get(result.value.reference ?? '')?.history.map((change) => change.status)).toEqual([
      'creating',
      'created'
    ])
  })

  it('adopts the link when the connection drops after SecPaid created it: no second link', async () => {
    simulator.injectFaults('resetAfterProcessing', 1)
    const result = await sales.charge({ amountCents: 500 })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(simulator.links()).toHaveLength(1)
    expect(result.value.linkId).toBe(simulator.links()[0]!.id)
    expect(simulator.requestLog().map((request) => request.endpoint)).toEqual(['createLink', 'getMyUnusedLinks'])
  })

  it('adopts the link when the answer arrives after the client gave up (timeout)', async () => {
    simulator.setResponseDelayAfterProcessing(600)
    const pending = sales.charge({ amountCents: 700 })
    await until(() => simulator.links().length === 1, { limitMs: 2000, stepMs: 5 })
    simulator.setResponseDelayAfterProcessing(0)
    const result = await pending
    expect(simulator.requestLog()[0]).toMatchObject({ endpoint: 'createLink', status: null })
    expect(result).toMatchObject({ ok: true, value: { amountCents: 700, state: 'waiting' } })
    expect(simulator.links()).toHaveLength(1)
  })

  it('retries once under the same reference when a look-up proves the reset lost the request', async () => {
    simulator.injectFaults('connectionReset', 1)
    const result = await sales.charge({ amountCents: 800 })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(linksFor(result.value.reference ?? '')).toHaveLength(1)
    expect(simulator.requestLog().map((request) => request.endpoint)).toEqual([
      'createLink',
      'getMyUnusedLinks',
      'getMyUsedLinks',
      'createLink'
    ])
  })

  it('does not retry what SecPaid refused (429): the sale fails, nothing exists, the cashier may charge again', async () => {
    simulator.injectFaults('http429', 1)
    const result = await sales.charge({ amountCents: 900 })
    expect(result).toMatchObject({ ok: false, error: { code: 'rate_limited' } })
    expect(simulator.links()).toHaveLength(0)
    expect(simulator.requestCount()).toBe(1)
    expect(journal.all()[0]?.status).toBe('failed')
  })

  it('keeps the sale open and says so when neither the create nor the look-up got an answer', async () => {
    simulator.injectFaults('resetAfterProcessing', 1)
    simulator.injectFaults('connectionReset', 1)
    const result = await sales.charge({ amountCents: 1000 })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'outcome_unknown', amountCents: 1000, cause: { code: 'unreachable', reason: 'dropped' } }
    })
    const reference = uncertainReference(result)
    expect(reference).toMatch(/^POS-/)
    expect(journal.get(reference)?.status).toBe('creating')

    const resolved = await sales.resolve(reference)
    expect(resolved).toMatchObject({ ok: true, value: { state: 'waiting' } })
    expect(simulator.links()).toHaveLength(1)
  })

  it('reconciles at start-up: adopts a link created before a crash, gives up one never created', async () => {
    simulator.injectFaults('resetAfterProcessing', 1)
    simulator.injectFaults('connectionReset', 1)
    const lost = await sales.charge({ amountCents: 1100 })
    const neverSent = journal.append({
      type: 'creating',
      reference: 'POS-counter1-20261121-9999',
      amountCents: 1200,
      note: '',
      at: new Date().toISOString()
    })
    expect(lost.ok).toBe(false)

    journal = openSaleJournal(booksPath)
    await openService().reconcileOpenSales()
    const reopened = openSaleJournal(booksPath)
    const lostReference = uncertainReference(lost)
    expect(reopened.get(lostReference)).toMatchObject({ status: 'created', linkId: simulator.links()[0]!.id })
    expect(reopened.get(neverSent.reference)?.status).toBe('failed')
    expect(simulator.links()).toHaveLength(1)
  })

  it('adopts a link already paid when its answer was lost', async () => {
    simulator.setResponseDelayAfterProcessing(600)
    const pending = sales.charge({ amountCents: 1300 })
    await until(() => simulator.links().length === 1, { limitMs: 2000, stepMs: 5 })
    simulator.setResponseDelayAfterProcessing(0)
    simulator.markPaid(simulator.links()[0]!.id)
    const result = await pending
    expect(result).toMatchObject({ ok: true, value: { state: 'paid', amountCents: 1300 } })
  })

  it('settles one sale once, even when resolve is pressed twice at the same time', async () => {
    simulator.injectFaults('resetAfterProcessing', 1)
    simulator.injectFaults('connectionReset', 1)
    const result = await sales.charge({ amountCents: 1400 })
    const reference = uncertainReference(result)
    simulator.injectFaults('connectionReset', 0)
    const [first, second] = await Promise.all([sales.resolve(reference), sales.resolve(reference)])
    expect(first).toEqual(second)
    expect(simulator.links()).toHaveLength(1)
  })

  it('numbers sales per day from the journal: on after a restart, from 1 on a new day, settings never rewritten', async () => {
    const storage = createJsonFileSettingsStorage(join(folder, 'numbered.json'))
    let settingsWrites = 0
    settings = await createSettingsService({
      storage: {
        read: () => storage.read(),
        writeProblem: () => storage.writeProblem(),
        write: (value) => {
          settingsWrites += 1
          storage.write(value)
        }
      },
      cipher: plainCipher
    })
    settingsWrites = 0
    let now = new Date(2026, 10, 21, 9)
    const service = () =>
      createSaleService({
        getClient: () => createSecPaidClient({ baseUrl, getApiKey: () => 'demo-key', fetch }),
        journal,
        settings,
        now: () => now
      })
    const referenceOf = async (charging: Promise<IpcResult<{ reference: string | null }>>) => {
      const charged = await charging
      if (!charged.ok) throw new Error(charged.error.code)
      return charged.value.reference
    }
    const till = settings.getStored().tillId

    expect(await referenceOf(service().charge({ amountCents: 100 }))).toBe(`POS-${till}-20261121-0001`)
    expect(await referenceOf(service().charge({ amountCents: 100 }))).toBe(`POS-${till}-20261121-0002`)
    journal.close()
    journal = openSaleJournal(booksPath)
    expect(await referenceOf(service().charge({ amountCents: 100 }))).toBe(`POS-${till}-20261121-0003`)
    now = new Date(2026, 10, 22, 9)
    expect(await referenceOf(service().charge({ amountCents: 100 }))).toBe(`POS-${till}-20261122-0001`)
    expect(settingsWrites).toBe(0)
    expect(journal.get(`POS-${till}-20261122-0001`)?.history).toHaveLength(2)
  })

  it('never hands out a reference that a journal written before sale numbers already holds', async () => {
    const { tillId } = settings.getStored()
    const day = saleDay(new Date())
    for (const seq of ['0001', '0002', '0003']) {
      const reference = `POS-${tillId}-${day}-${seq}`
      journal.append({ type: 'creating', reference, amountCents: 100, note: '', at: new Date().toISOString() })
      journal.append({
        type: 'failed',
        reference,
        failure: { code: 'closed_before_link' },
        at: new Date().toISOString()
      })
    }
    const charged = await sales.charge({ amountCents: 100 })
    expect(charged).toMatchObject({ ok: true, value: { reference: `POS-${tillId}-${day}-0004` } })
  })

  it('never hands out a reference a journaled sale already has, even after the sale counter was reset', async () => {
    const first = await sales.charge({ amountCents: 100 })
    const storage = { read: () => undefined, writeProblem: () => null, write: () => {} }
    settings = await createSettingsService({ storage, cipher: plainCipher })
    const second = await openService().charge({ amountCents: 100 })
    expect(first.ok && second.ok && first.value.reference !== second.value.reference).toBe(true)
  })
})
