import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createSecPaidClient } from '../../../src-main/secpaid/client'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView } from '../../../src-preload/contract'
import { appendJournalLines, journalText, removeBooks } from '../../support/journal-rows'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { until } from '../../support/wait'

/**
 * A journal written before sales recorded their environment: its sales count wherever the app works, as they always
 * did. One of them was a Demo sale, paid on the simulator of those days, whose ids started at 99290 like live
 * SecPaid's. Refunding it in Live must not refund the real customer's payment that has the same link id.
 */
const LEGACY_REFERENCE = 'POS-T1-2026-11-20-0001'
const legacyDemoSale = (linkId: number, paid = true) =>
  [
    { type: 'creating', reference: LEGACY_REFERENCE, amountCents: 1250, note: '', at: '2026-11-20T10:00:00.000Z' },
    {
      type: 'created',
      reference: LEGACY_REFERENCE,
      linkId,
      payLink: 'http://127.0.0.1:1/pay/99290',
      qrImg: null,
      at: '2026-11-20T10:00:01.000Z'
    },
    ...(paid ? [{ type: 'paid', reference: LEGACY_REFERENCE, at: '2026-11-20T10:01:00.000Z' }] : [])
  ]
    .map((line) => JSON.stringify(line))
    .join('\n') + '\n'

describe('a sale journaled before environments were recorded', () => {
  let folder: string
  let live: TestSecPaid
  let backend: Backend
  const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-legacy-refund-'))
    live = await startTestSecPaid({ apiKeys: ['sk_live_valid'] })
  })
  afterEach(async () => {
    await backend.close()
    await live.close()
    rmSync(folder, { recursive: true, force: true })
  })

  const open = async () => {
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      testing: {
        baseUrlOverride: live.baseUrl,
        requestBudget: null,
        settleRoundMs: 50
      }
    })
    await backend.reconcile()
  }

  it('is refunded in Live only when live SecPaid confirms the link is this sale’s: a same-id payment is not', async () => {
    await open()
    expect((await call('updateSettings', { environment: 'production' })).ok).toBe(true)
    expect((await call('setApiKey', { apiKey: 'sk_live_valid', storeUnencrypted: true })).ok).toBe(true)
    // A real customer's payment at live SecPaid, of the same amount, made on this till.
    const real = (await call('charge', { amountCents: 1250 })) as IpcResult<LinkView>
    if (!real.ok) throw new Error('not charged')
    expect(live.markPaid(real.value.linkId)).toBe(true)
    await backend.close()

    // The journal with what an older version wrote: the Demo sale of those days, with the id live gave the real one.
    appendJournalLines(join(folder, 'books.sqlite'), legacyDemoSale(real.value.linkId))
    await open()
    await until(
      async () =>
        ((await call('saleDetail', { reference: real.value.reference })) as IpcResult<{ sale: { status: string } }>).ok,
      { limitMs: 3000 }
    )
    live.resetCounts()

    const answer = await call('refundSale', { reference: LEGACY_REFERENCE, amountCents: 1250 })
    expect(answer).toMatchObject({ ok: false, error: { code: 'link_not_found' } })
    expect(live.requestLog().filter((request) => request.endpoint === 'refundPayment')).toEqual([])
  })

  it('is cancelled in Live only when live SecPaid confirms the pending link is this sale’s', async () => {
    // Another till on the same key has a customer's link waiting at live SecPaid.
    const otherTill = createSecPaidClient({ baseUrl: live.baseUrl, getApiKey: () => 'sk_live_valid', fetch })
    const waiting = await otherTill.createLink({ amountCents: 1250, recipientNote: 'POS-T2-2026-12-07-0001' })
    if (!waiting.ok) throw new Error('no link')
    // An unpaid Demo sale of those days, with the same id, in the JSONL journal of those days (imported at start).
    writeFileSync(join(folder, 'sales-journal.jsonl'), legacyDemoSale(waiting.value.id, false))
    await open()
    expect((await call('updateSettings', { environment: 'production' })).ok).toBe(true)
    expect((await call('setApiKey', { apiKey: 'sk_live_valid', storeUnencrypted: true })).ok).toBe(true)
    live.resetCounts()

    expect(await call('cancelSale', { linkId: waiting.value.id })).toMatchObject({
      ok: false,
      error: { code: 'link_not_found' }
    })
    expect(live.requestLog().filter((request) => request.endpoint === 'deleteLink')).toEqual([])
    expect(live.links().some((link) => link.id === waiting.value.id)).toBe(true)
  })

  it('a legacy sale that is live SecPaid’s own is refunded as before', async () => {
    await open()
    expect((await call('updateSettings', { environment: 'production' })).ok).toBe(true)
    expect((await call('setApiKey', { apiKey: 'sk_live_valid', storeUnencrypted: true })).ok).toBe(true)
    const real = (await call('charge', { amountCents: 800 })) as IpcResult<LinkView>
    if (!real.ok || real.value.reference === null) throw new Error('not charged')
    expect(live.markPaid(real.value.linkId)).toBe(true)
    const reference = real.value.reference
    await until(
      async () =>
        ((await call('saleDetail', { reference })) as IpcResult<{ sale: { status: string } }>).ok &&
        ((await call('saleDetail', { reference })) as IpcResult<{ sale: { status: string } }> & { ok: true }).value.sale
          .status === 'paid',
      { limitMs: 5000 }
    )
    await backend.close()
    // The same sale as an older version journaled it, without its environment: its JSONL journal, imported at start.
    const lines = journalText(join(folder, 'books.sqlite'))
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .map(({ environment: _environment, ...line }) => JSON.stringify(line))
    removeBooks(join(folder, 'books.sqlite'))
    writeFileSync(join(folder, 'sales-journal.jsonl'), lines.join('\n') + '\n')
    await open()

    expect(await call('refundSale', { reference, amountCents: 800 })).toMatchObject({ ok: true })
    expect(live.requestLog().filter((request) => request.endpoint === 'refundPayment')).toHaveLength(1)
  })
})
