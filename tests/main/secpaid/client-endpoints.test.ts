import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createSecPaidClient } from '../../../src-main/secpaid/client'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { type CannedServer, startCannedServer, successEnvelope } from './canned-server'

const payLinkOf = (id: number) =>
  `https://app.secpaid.com/payment?link_id=${Buffer.from(String(id)).toString('base64')}`

describe('client happy paths against the simulator over real HTTP', () => {
  let simulator: TestSecPaid
  let client: SecPaidClient
  beforeAll(async () => {
    simulator = await startTestSecPaid({ apiKeys: ['key-a'] })
    client = createSecPaidClient({ baseUrl: simulator.baseUrl, getApiKey: () => 'key-a', fetch, timeoutMs: 2000 })
  })
  afterAll(() => simulator.close())
  beforeEach(() => simulator.reset())

  it("createLink sends every field in SecPaid's spelling and returns the typed link", async () => {
    const created = await client.createLink({
      amountCents: 1999,
      recipientNote: 'Invoice 7',
      callbackUrl: 'https://shop.example/thanks',
      paymentEndpoint: 'https://shop.example/hook,1',
      cancellable: false,
      bankTransfer: true,
      isEncryption: true,
      encryptionKey: 'k'.repeat(32),
      bankStatementDescription: 'Cafe',
      isQrLink: true
    })
    expect(simulator.requestLog().map((request) => request.body)).toEqual([
      {
        amount: 19.99,
        recipient_note: 'Invoice 7',
        callback_url: 'https://shop.example/thanks',
        payment_endpoint: 'https://shop.example/hook,1',
        cancellable: false,
        bank_transfer: 'true',
        is_encryption: 'true',
        encryption_key: 'k'.repeat(32),
        bank_statement_description: 'Cafe',
        is_qr_link: 'true'
      }
    ])
    expect(created).toEqual({
      ok: true,
      value: {
        id: 99290,
        payLink: 'https://app.secpaid.com/payment?link_id=OTkyOTA=',
        qrImg: 'https://quickchart.io/chart?chl=https://app.secpaid.com/payment?link_id=OTkyOTA=&chs=300x300&cht=qr',
        amountCents: 1999,
        status: 'Unused',
        transactionType: 'Basic',
        customerCanCancel: false,
        recipientNote: 'Invoice 7',
        callbackUrl: 'https://shop.example/thanks',
        paymentEndpoint: 'https://shop.example/hook,1',
        serviceFeePercent: '1.0',
        bankTransfer: true,
        isSplitLink: false,
        splitType: 'normal',
        bankStatementDescription: 'Cafe',
        isQrLink: true,
        recipients: null,
        userId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
      }
    })
  })

  it('createLink omits fields that are not given, and a cancellable link reads customerCanCancel true', async () => {
    const created = await client.createLink({ amountCents: 500, cancellable: true })
    expect(simulator.requestLog()[0]?.body).toEqual({ amount: 5, cancellable: true })
    expect(created.ok && created.value).toMatchObject({
      amountCents: 500,
      customerCanCancel: true,
      qrImg: `https://quickchart.io/chart?chl=${payLinkOf(99290)}&chs=300x300&cht=qr`,
      isQrLink: false
    })
  })

  it('getMyUnusedLinks lists pending links newest first, honours limit and search', async () => {
    for (const [cents, note] of [
      [100, 'Table 1'],
      [250, 'table 2'],
      [999, 'Bar']
    ] as const) {
      await client.createLink({ amountCents: cents, recipientNote: note })
    }
    const all = await client.getMyUnusedLinks()
    expect(all.ok && all.value.map((link) => [link.id, link.amountCents, link.recipientNote])).toEqual([
      [99292, 999, 'Bar'],
      [99291, 250, 'table 2'],
      [99290, 100, 'Table 1']
    ])
    expect(all.ok && all.value[0]).toEqual({
      id: 99292,
      amountCents: 999,
      recipientNote: 'Bar',
      isCancelled: false,
      recipients: null,
      isSplitLink: false,
      payLink: payLinkOf(99292),
      qrImg: `https://quickchart.io/chart?chl=${payLinkOf(99292)}&chs=300x300&cht=qr`,
      transactionType: 'Basic'
    })
    const searched = await client.getMyUnusedLinks({ search: 'TABLE', limit: 1 })
    expect(searched.ok && searched.value.map((link) => link.id)).toEqual([99291])
    expect(simulator.requestLog().at(-1)?.body).toEqual({ limit: 1, search: 'TABLE' })
  })

  it('getMyUsedLinks lists paid links with paid_on, most recently paid first', async () => {
    await client.createLink({ amountCents: 100, recipientNote: 'first' })
    await client.createLink({ amountCents: 200, recipientNote: 'second' })
    simulator.markPaid(99291, new Date('2026-05-12T18:10:17Z'))
    simulator.markPaid(99290, new Date('2026-05-12T18:20:00Z'))
    const used = await client.getMyUsedLinks({ limit: 10 })
    expect(used).toEqual({
      ok: true,
      value: [
        {
          id: 99290,
          amountCents: 100,
          recipientNote: 'first',
          isCancelled: false,
          recipients: null,
          isSplitLink: false,
          paidOn: '2026-05-12 20:20:00',
          transactionType: 'Basic'
        },
        {
          id: 99291,
          amountCents: 200,
          recipientNote: 'second',
          isCancelled: false,
          recipients: null,
          isSplitLink: false,
          paidOn: '2026-05-12 20:10:17',
          transactionType: 'Basic'
        }
      ]
    })
    const pending = await client.getMyUnusedLinks()
    expect(pending.ok && pending.value).toEqual([])
  })

  it("deleteLink removes a pending link and answers SecPaid's message; body carries link_id as an integer", async () => {
    const created = await client.createLink({ amountCents: 100 })
    if (!created.ok) throw new Error(created.error.message)
    expect(await client.deleteLink(created.value.id)).toEqual({
      ok: true,
      value: { message: 'Link has been deleted successfully' }
    })
    expect(simulator.requestLog().at(-1)?.body).toEqual({ link_id: created.value.id })
    const pending = await client.getMyUnusedLinks()
    expect(pending.ok && pending.value).toEqual([])
  })

  it('getPayInTransactions finds the payment of one link by pay_id, with its 1% fee in cents', async () => {
    await client.createLink({ amountCents: 2550, recipientNote: 'Invoice 9' })
    await client.createLink({ amountCents: 100, recipientNote: 'Other' })
    simulator.markPaid(99290, new Date('2026-05-20T09:19:48Z'))
    simulator.markPaid(99291)
    expect(await client.getPayInTransactions({ payId: 99290, page: 1, limit: 5 })).toEqual({
      ok: true,
      value: [
        {
          payId: 99290,
          amountCents: 2550,
          netAmountCents: 2524,
          serviceFeeCents: 26,
          serviceFeePspCents: 0,
          isRefund: false,
          status: 'Success',
          payoutStatus: 'Pending',
          recipientNote: 'Invoice 9',
          createdAt: '2026-05-20 11:19:48',
          paymentMethod: null,
          transactionType: 'Basic'
        }
      ]
    })
    expect(simulator.requestLog().at(-1)?.body).toEqual({ page: 1, limit: 5, pay_id: 99290 })
    const all = await client.getPayInTransactions()
    expect(all.ok && all.value.map((transaction) => transaction.payId).sort()).toEqual([99290, 99291])
  })
})

describe('client request format', () => {
  let server: CannedServer
  beforeAll(async () => {
    server = await startCannedServer()
  })
  afterAll(() => server.close())

  it('POSTs JSON to baseUrl + endpoint with the token, Content-Type and Accept headers', async () => {
    server.answer({ body: successEnvelope([]) })
    const client = createSecPaidClient({ baseUrl: server.baseUrl, getApiKey: () => 'sk_live_123', fetch })
    await client.getMyUnusedLinks({ limit: 3 })
    expect(server.requests.at(-1)).toMatchObject({
      method: 'POST',
      endpoint: 'getMyUnusedLinks',
      headers: { token: 'sk_live_123', 'content-type': 'application/json', accept: 'application/json' },
      body: { limit: 3 }
    })
  })

  it("sends every getPayInTransactions filter in SecPaid's spelling", async () => {
    server.answer({ body: successEnvelope([]) })
    const client = createSecPaidClient({ baseUrl: server.baseUrl, getApiKey: () => 'key', fetch })
    await client.getPayInTransactions({ page: 2, limit: 50, search: 'Inv', date: '2026-05-20', since: 7, payId: 99290 })
    expect(server.requests.at(-1)?.body).toEqual({
      page: 2,
      limit: 50,
      search: 'Inv',
      date: '2026-05-20',
      since: 7,
      pay_id: 99290
    })
  })

  it('accepts a base URL without its trailing slash', async () => {
    server.answer({ body: successEnvelope([]) })
    const client = createSecPaidClient({ baseUrl: server.baseUrl.replace(/\/$/, ''), getApiKey: () => 'key', fetch })
    expect(await client.getMyUsedLinks()).toEqual({ ok: true, value: [] })
    expect(server.requests.at(-1)?.endpoint).toBe('getMyUsedLinks')
  })

  it('reads the key on every call, so a key changed in Settings applies at once', async () => {
    server.answer({ body: successEnvelope([]) })
    let key = 'first'
    const client = createSecPaidClient({ baseUrl: server.baseUrl, getApiKey: () => key, fetch })
    await client.getMyUnusedLinks()
    key = 'second'
    await client.getMyUnusedLinks()
    expect(server.requests.slice(-2).map((request) => request.headers.token)).toEqual(['first', 'second'])
  })

  it('reads an empty list sent as data null or without data', async () => {
    const client = createSecPaidClient({ baseUrl: server.baseUrl, getApiKey: () => 'key', fetch })
    server.answer({ body: successEnvelope(null) })
    expect(await client.getMyUnusedLinks()).toEqual({ ok: true, value: [] })
    server.answer({ body: { ResponseCode: '1', ResponseMsg: 'List retrived successfully', Result: 'True' } })
    expect(await client.getPayInTransactions()).toEqual({ ok: true, value: [] })
  })
})
