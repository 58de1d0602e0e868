import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import type { ReceiptPrinter } from '../../../src-main/receipts/receipt-printer'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { Environment, IpcResult, LinkView } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { until } from '../../support/wait'

/**
 * The Demo → Live switch as an owner makes it, through the real handlers: the built-in Demo SecPaid (not a test
 * stand-in), then Production with a key on a test SecPaid that plays live SecPaid and already holds a real customer's
 * payment. Nothing a Demo sale leads to may reach it.
 */
const pad = (value: number) => String(value).padStart(2, '0')
const localDay = (now = new Date()) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`

describe('a sale belongs to one environment, for good', () => {
  let folder: string
  let live: TestSecPaid
  let backend: Backend
  const printer = vi.fn<ReceiptPrinter>(async () => ({ ok: true, value: { printed: true } }))

  const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)
  const switchTo = async (environment: Environment) => {
    expect((await call('updateSettings', { environment })).ok).toBe(true)
  }
  const charge = async (amountCents: number) => {
    const result = (await call('charge', { amountCents })) as IpcResult<LinkView>
    if (!result.ok || result.value.reference === null) throw new Error('not charged')
    return { linkId: result.value.linkId, reference: result.value.reference }
  }
  const statusOf = (reference: string) =>
    (backend.handlers.saleDetail({ reference }) as Promise<IpcResult<{ sale: { status: string } }>>).then((answer) =>
      answer.ok ? answer.value.sale.status : answer.error.code
    )
  /** Requests that act on a link at live SecPaid. */
  const liveActions = () =>
    live.requestLog().filter((request) => ['refundPayment', 'deleteLink', 'createLink'].includes(request.endpoint))

  beforeEach(async () => {
    printer.mockClear()
    folder = mkdtempSync(join(tmpdir(), 'counter-one-environment-'))
    live = await startTestSecPaid({ apiKeys: ['sk_live_valid'] })
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      printReceipt: printer,
      testing: {
        baseUrlOverride: live.baseUrl,
        settleRoundMs: 50,
        lookupDelayMs: 10,
        watchIntervalMs: 50
      }
    })
    await backend.reconcile()
  })
  afterEach(async () => {
    await backend.close()
    await live.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('Demo link ids are in a range no real SecPaid id is mistaken for', async () => {
    const sale = await charge(500)
    expect(sale.linkId).toBeGreaterThanOrEqual(9_000_000_000_000)
    expect(Number.isSafeInteger(sale.linkId)).toBe(true)
  })

  it('a Demo sale made after a restart never gets the id of a Demo sale in the journal', async () => {
    const before = await charge(500)
    await backend.close()
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch
    })
    await backend.reconcile()
    const after = await charge(500)
    expect(after.linkId).not.toBe(before.linkId)
    expect(after.linkId).toBeGreaterThanOrEqual(9_000_000_000_000)
    expect(await call('saleDetail', { reference: before.reference })).toMatchObject({
      ok: true,
      value: { sale: { linkId: before.linkId } }
    })
  })

  it('after switching to Production with a key, every path to a Demo sale is refused and nothing reaches live', async () => {
    // A real customer's payment at live SecPaid, made on this till before the owner tried Demo.
    await switchTo('production')
    expect((await call('setApiKey', { apiKey: 'sk_live_valid', storeUnencrypted: true })).ok).toBe(true)
    const realSale = await charge(1250)
    expect(live.markPaid(realSale.linkId)).toBe(true)
    await until(async () => (await statusOf(realSale.reference)) === 'paid', { limitMs: 4000 })
    await switchTo('demo')

    const paidDemo = await charge(1250)
    expect(backend.demoSecPaid()?.markPaid(paidDemo.linkId)).toBe(true)
    await until(async () => (await statusOf(paidDemo.reference)) === 'paid', { limitMs: 4000 })
    const waitingDemo = await charge(300)
    // History open on the Demo sale while Demo was chosen: all of it works.
    expect(await call('saleDetail', { reference: paidDemo.reference })).toMatchObject({ ok: true })
    expect(await call('receiptFor', { reference: paidDemo.reference })).toMatchObject({ ok: true })

    await switchTo('production')
    live.resetCounts()

    const refusedSale = (reference: string) => ({
      ok: false,
      error: { code: 'sale_in_other_environment', reference, environment: 'demo' }
    })
    const refusedLink = (linkId: number) => ({
      ok: false,
      error: { code: 'link_in_other_environment', linkId, environment: 'demo' }
    })
    expect(await call('saleDetail', { reference: paidDemo.reference })).toEqual(refusedSale(paidDemo.reference))
    expect(await call('refundSale', { reference: paidDemo.reference, amountCents: 1250 })).toEqual(
      refusedSale(paidDemo.reference)
    )
    expect(await call('receiptFor', { reference: paidDemo.reference })).toEqual(refusedSale(paidDemo.reference))
    expect(await call('printReceipt', { reference: paidDemo.reference })).toEqual(refusedSale(paidDemo.reference))
    expect(printer).not.toHaveBeenCalled()
    expect(await call('checkNow', { reference: waitingDemo.reference })).toEqual(refusedSale(waitingDemo.reference))
    expect(await call('resolveSale', { reference: waitingDemo.reference })).toMatchObject(
      refusedSale(waitingDemo.reference)
    )
    expect(await call('cancelSale', { linkId: waitingDemo.linkId })).toEqual(refusedLink(waitingDemo.linkId))
    expect(await call('changeSale', { linkId: waitingDemo.linkId })).toEqual(refusedLink(waitingDemo.linkId))
    expect(await call('watchLink', { linkId: waitingDemo.linkId })).toEqual(refusedLink(waitingDemo.linkId))
    // A crafted call with an id from Demo's range that this journal never saw is refused too.
    expect(await call('cancelSale', { linkId: 9_000_000_000_777 })).toEqual(refusedLink(9_000_000_000_777))
    expect(await call('changeSale', { linkId: 9_000_000_000_777 })).toEqual(refusedLink(9_000_000_000_777))

    expect(liveActions()).toEqual([])
    expect(live.links().every((link) => link.refund === null)).toBe(true)

    // The live books hold none of it; back in Demo the Demo sales are there again, and only they.
    const references = async (channel: string, request: object) => {
      const answer = (await call(channel, request)) as IpcResult<{
        sales?: { reference: string }[]
        rows?: { reference: string }[]
      }>
      if (!answer.ok) throw new Error(answer.error.code)
      return (answer.value.sales ?? answer.value.rows ?? []).map((sale) => sale.reference).sort()
    }
    const day = localDay()
    expect(await call('todaySummary', {})).toMatchObject({ ok: true, value: { count: 1, paidCents: 1250 } })
    expect(await references('salesRows', { from: day, to: day })).toEqual([realSale.reference])
    expect(await references('salesHistory', {})).toEqual([realSale.reference])
    expect(await call('dayClose', { from: day, to: day })).toMatchObject({
      ok: true,
      value: { totals: { paid: { count: 1, cents: 1250 }, waiting: { count: 0 } }, differences: [] }
    })
    await switchTo('demo')
    expect(await call('saleDetail', { reference: paidDemo.reference })).toMatchObject({ ok: true })
    expect(await references('salesHistory', {})).toEqual([paidDemo.reference, waitingDemo.reference].sort())
    expect(await call('todaySummary', {})).toMatchObject({ ok: true, value: { count: 2, paidCents: 1250 } })
  })
})

describe('Production or Development without a usable key is not Demo', () => {
  let folder: string
  let live: TestSecPaid
  let backend: Backend | null
  /** As after a new keyring: the stored key is there, but it no longer decrypts. */
  const lostKeyring = {
    ...plainCipher,
    storage: async () => 'encrypted' as const,
    decrypt: async (): Promise<never> => {
      throw new Error('cannot decrypt')
    }
  }

  const open = async (settings: object | null, cipher = plainCipher) => {
    if (settings !== null) writeFileSync(join(folder, 'settings.json'), JSON.stringify(settings))
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher,
      fetch,
      testing: {
        baseUrlOverride: live.baseUrl
      }
    })
    await backend.reconcile()
    return backend
  }
  const call = (channel: string, request: unknown) => dispatchCounterCall(backend!.handlers, channel, request)

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-no-key-'))
    live = await startTestSecPaid({ apiKeys: ['sk_live_valid'] })
    backend = null
  })
  afterEach(async () => {
    await backend?.close()
    await live.close()
    rmSync(folder, { recursive: true, force: true })
  })

  const expectNoSelling = async (code: 'no_key' | 'key_undecryptable') => {
    expect(backend!.settings.getPublic()).toMatchObject({ demo: false })
    expect(backend!.demoSecPaid()).toBeNull()
    expect(await call('charge', { amountCents: 500 })).toEqual({ ok: false, error: { code } })
    expect(await call('simulatePayment', { linkId: 99290 })).toEqual({ ok: false, error: { code: 'not_demo' } })
    expect(await call('salesHistory', {})).toMatchObject({ ok: true, value: { sales: [] } })
    expect(live.links()).toEqual([])
  }

  it('Production chosen with no key: Charge is refused with no_key and no simulator runs', async () => {
    await open(null)
    await call('updateSettings', { environment: 'production' })
    await expectNoSelling('no_key')
  })

  it('Development whose key was removed stays Development, with no simulator', async () => {
    await open({ environment: 'development', apiKey: { encoding: 'plain', value: 'sk_live_valid' } })
    expect((await call('removeApiKey', {})).ok).toBe(true)
    await expectNoSelling('no_key')
  })

  it('a stored key that no longer decrypts refuses Charge with key_undecryptable', async () => {
    await open({ environment: 'production', apiKey: { encoding: 'safeStorage', value: 'c2VhbGVk' } }, lostKeyring)
    expect(backend!.settings.getPublic()).toMatchObject({ keyStatus: { state: 'undecryptable' } })
    await expectNoSelling('key_undecryptable')
  })

  it('a first run with nothing set is Demo', async () => {
    await open(null)
    expect(backend!.settings.getPublic()).toMatchObject({ environment: 'demo', demo: true })
    expect(backend!.demoSecPaid()).not.toBeNull()
  })
})
