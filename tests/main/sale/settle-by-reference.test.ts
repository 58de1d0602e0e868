import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { createLinkStore, type LinkStore } from '../../../src-main/simulator/link-store'
import type { CounterEvent, IpcResult, LinkView } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { sleep, until } from '../../support/wait'

const KEY = 'sk_live_valid'

/**
 * A link id names a link only together with the account and environment it lives in: the unpaid Demo sale that was
 * booked paid because a real link with the same id was paid is the case here. The account's SecPaid forgets the
 * sale's link and a stranger's link with the same id (another reference, another amount) is paid there.
 */
describe('a sale is settled paid only by a link with its reference and amount', () => {
  let folder: string
  let links: LinkStore
  let live: TestSecPaid
  let backend: Backend
  let events: CounterEvent[]

  const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)
  const statusOf = (reference: string | null) =>
    openSaleJournal(join(folder, 'books.sqlite')).get(reference ?? '')?.status
  const askedForPayIns = () => live.requestLog().some((request) => request.endpoint === 'getPayInTransactions')
  const charge = async (amountCents: number) => {
    const result = (await call('charge', { amountCents })) as IpcResult<LinkView>
    if (!result.ok) throw new Error(result.error.code)
    return result.value
  }
  /** SecPaid no longer knows the sale's link; another link with its id, note and amount of its own, is paid. */
  const strangerPaysSameId = (linkId: number) => {
    links.clear()
    const stranger = links.create(KEY, {
      amountCents: 4200,
      recipientNote: 'Invoice 2026-117',
      callbackUrl: null,
      paymentEndpoint: null,
      cancellable: true,
      bankTransfer: false,
      isEncryption: false,
      encryptionKey: null,
      bankStatementDescription: null,
      isQrLink: true
    })
    expect(stranger.id).toBe(linkId)
    expect(links.markPaid(stranger.id, new Date())).toBe(true)
  }

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-settle-reference-'))
    links = createLinkStore([KEY], () => new Date())
    live = await startTestSecPaid({ apiKeys: [KEY], links })
    events = []
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      testing: {
        baseUrlOverride: live.baseUrl,
        settleRoundMs: 50,
        watchIntervalMs: 50,
        requestBudget: null
      }
    })
    backend.events.subscribe((event) => events.push(event))
    await backend.reconcile()
    expect((await call('setApiKey', { apiKey: KEY, storeUnencrypted: true })).ok).toBe(true)
    expect((await call('updateSettings', { environment: 'production' })).ok).toBe(true)
  })
  afterEach(async () => {
    await backend.close()
    await live.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('back on the keypad: the settler leaves the unpaid sale unpaid', async () => {
    const sale = await charge(600)
    await call('watchLink', { linkId: sale.linkId })
    await call('unwatchLink', {})
    strangerPaysSameId(sale.linkId)
    // The settler looks several times: the stranger's link is in getMyUsedLinks and in the pay-ins under the same id.
    await until(() => statusOf(sale.reference) !== 'created' || askedForPayIns(), { limitMs: 4000 })
    await sleep(300)
    expect(statusOf(sale.reference)).not.toBe('paid')
    expect(events).not.toContainEqual(expect.objectContaining({ type: 'link_status', state: 'paid' }))
  })

  it('on screen: paid detection leaves the unpaid sale unpaid', async () => {
    const sale = await charge(700)
    await call('watchLink', { linkId: sale.linkId })
    strangerPaysSameId(sale.linkId)
    await until(() => statusOf(sale.reference) !== 'created' || askedForPayIns(), { limitMs: 4000 })
    await sleep(300)
    await call('unwatchLink', {})
    expect(statusOf(sale.reference)).not.toBe('paid')
    expect(events).not.toContainEqual(expect.objectContaining({ type: 'link_status', state: 'paid' }))
  })

  it('the sale is paid when its own link is paid, whatever else is paid', async () => {
    const other = await charge(4200)
    const sale = await charge(600)
    live.markPaid(other.linkId)
    live.markPaid(sale.linkId)
    await until(() => statusOf(sale.reference) === 'paid' && statusOf(other.reference) === 'paid', { limitMs: 4000 })
  })
})
