import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import {
  type Channel,
  CHANNEL_NAMES,
  type IpcResult,
  type LinkView,
  type SaleDetail,
  type TodaySummary
} from '../../../src-preload/contract'
import { journalText } from '../../support/journal-rows'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { VALID_REQUESTS } from '../../support/valid-requests'

/**
 * The app takes no cash and has no "mark as paid": a sale is paid only on SecPaid's word. Whatever a renderer (or
 * anything that got hold of the IPC) sends, over any channel of the contract or a name outside it, main never records
 * a sale paid that SecPaid has not reported paid.
 */
describe('no sale is paid without SecPaid’s word, whatever comes over IPC', () => {
  let folder: string
  let secpaid: TestSecPaid
  let backend: Backend
  let booksPath: string
  let sale: LinkView
  const call = <T = unknown>(channel: string, request: unknown) =>
    dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<T>>

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-no-cash-'))
    booksPath = join(folder, 'books.sqlite')
    secpaid = await startTestSecPaid({ apiKeys: ['sk_live_valid'] })
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath,
      cipher: plainCipher,
      fetch,
      testing: { baseUrlOverride: secpaid.baseUrl, requestBudget: null, settleRoundMs: 50, timeoutMs: 500 }
    })
    await backend.reconcile()
    // Production with a key: Demo's Simulate button is not there, SecPaid alone can say a link was paid.
    expect((await call('setApiKey', { apiKey: 'sk_live_valid', storeUnencrypted: true })).ok).toBe(true)
    expect((await call('updateSettings', { environment: 'production' })).ok).toBe(true)
    const charged = await call<LinkView>('charge', { amountCents: 1234, note: 'cash on the counter' })
    if (!charged.ok) throw new Error(charged.error.code)
    sale = charged.value
  })
  afterAll(async () => {
    await backend.close()
    await secpaid.close()
    rmSync(folder, { recursive: true, force: true })
  })

  const paidLines = () =>
    journalText(booksPath)
      .split('\n')
      .filter((line) => line.includes('"type":"paid"'))
  const status = async () => {
    const detail = await call<SaleDetail>('saleDetail', { reference: sale.reference })
    if (!detail.ok) throw new Error(detail.error.code)
    return detail.value.sale.status
  }

  /** What a "mark as paid" or a cash button would send: a status, a flag, a made-up payment or confirmation. */
  const attempts = (channel: Channel): unknown[] => {
    const valid = VALID_REQUESTS[channel]
    const base = typeof valid === 'object' && valid !== null ? valid : {}
    const target = { reference: sale.reference, linkId: sale.linkId }
    const madeUpPayment = {
      method: 'cash',
      amountCents: 1234,
      transactionId: 'tx-made-up-1',
      status: 'Success',
      paidAt: new Date().toISOString()
    }
    return [
      { ...target, status: 'paid' },
      { ...target, paid: true },
      { ...target, state: 'paid', paidAt: new Date().toISOString() },
      { ...target, payment: madeUpPayment },
      { ...target, confirm: true, settle: 'paid', secpaid: { status: 'Success', pay_id: sale.linkId } },
      { ...target, cash: 1234, method: 'cash' },
      { ...base, status: 'paid' },
      { ...base, paid: true, payment: madeUpPayment },
      { ...base, ...target, outcome: 'paid' },
      { type: 'paid', reference: sale.reference, at: new Date().toISOString() }
    ]
  }

  it('every channel refuses a payload that tries to mark the sale paid, and the sale stays waiting', async () => {
    expect(await status()).toBe('waiting')
    for (const channel of CHANNEL_NAMES) {
      // Quitting ends the walk; it carries no sale anyway.
      if (channel === 'quitApp') continue
      for (const attempt of attempts(channel)) {
        const answer = await call(channel, attempt)
        expect(answer.ok, `${channel} ${JSON.stringify(attempt)}`).toBe(false)
      }
    }
    expect(paidLines()).toEqual([])
    expect(await status()).toBe('waiting')
  })

  it('names outside the contract (a cash, mark-paid, confirm or settle channel) are refused', async () => {
    for (const channel of [
      'markPaid',
      'markAsPaid',
      'payCash',
      'cashPayment',
      'confirmPayment',
      'settleSale',
      'recordPaid',
      'linkPaid'
    ]) {
      expect(await call(channel, { reference: sale.reference, linkId: sale.linkId, paid: true })).toEqual({
        ok: false,
        error: { code: 'invalid_request', field: null }
      })
    }
    expect(paidLines()).toEqual([])
  })

  it('the channels that ask SecPaid ask it, and a link SecPaid holds unpaid stays waiting', async () => {
    expect((await call('simulatePayment', { linkId: sale.linkId })).ok).toBe(false)
    expect((await call('checkNow', { reference: sale.reference })).ok).toBe(true)
    expect((await call('resolveSale', { reference: sale.reference })).ok).toBe(true)
    expect((await call('watchLink', { linkId: sale.linkId })).ok).toBe(true)
    await call('unwatchLink', {})
    expect(paidLines()).toEqual([])
    expect(await status()).toBe('waiting')
    const summary = await call<TodaySummary>('todaySummary', {})
    expect(summary).toMatchObject({ ok: true, value: { paidCount: 0, paidCents: 0 } })
  })

  it('once SecPaid says the link was paid, the same sale is booked paid: the walk above could have seen it', async () => {
    secpaid.markPaid(sale.linkId)
    expect((await call('checkNow', { reference: sale.reference })).ok).toBe(true)
    await expect.poll(status, { timeout: 5000 }).toBe('paid')
    expect(paidLines()).toHaveLength(1)
  })
})
