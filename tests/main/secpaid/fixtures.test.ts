import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSecPaidClient } from '../../../src-main/secpaid/client'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { fixture, startCannedServer, type CannedServer } from './canned-server'

/** The docs' example responses, served over real HTTP, read by the client into exact typed values. */
describe('SecPaid docs examples parse to exact typed values', () => {
  let server: CannedServer
  let client: SecPaidClient
  beforeAll(async () => {
    server = await startCannedServer()
    client = createSecPaidClient({ baseUrl: server.baseUrl, getApiKey: () => 'key', fetch, timeoutMs: 2000 })
  })
  afterAll(() => server.close())

  it('createLink example (id 99290, numeric amount 25, is_cancellation "No")', async () => {
    server.answer({ body: fixture('createLink') })
    expect(await client.createLink({ amountCents: 2500 })).toEqual({
      ok: true,
      value: {
        id: 99290,
        payLink: 'https://app.secpaid.com/payment?link_id=OTkyOTA=',
        qrImg:
          'https://quickchart.io/chart?chl=https%3A%2F%2Fapp.secpaid.com%2Fpayment%3Flink_id%3DOTkyOTA%3D&chs=300x300&cht=qr',
        amountCents: 2500,
        status: 'Unused',
        transactionType: 'Basic',
        customerCanCancel: true,
        recipientNote: 'Invoice 2026-0042',
        callbackUrl: 'https://shop.example/thanks',
        paymentEndpoint: 'https://shop.example/secpaid-webhook',
        serviceFeePercent: '1.0',
        bankTransfer: false,
        isSplitLink: false,
        splitType: 'normal',
        bankStatementDescription: 'Cafe Example',
        isQrLink: true,
        recipients: null,
        userId: 5100,
        createdAt: '2026-05-20 11:19:48'
      }
    })
  })

  it('createLink variant with linktopay_id "99291", string amount "100.00" and is_cancellation "Yes"', async () => {
    server.answer({ body: fixture('createLink-linktopay_id') })
    expect(await client.createLink({ amountCents: 10000 })).toEqual({
      ok: true,
      value: {
        id: 99291,
        payLink: 'https://app.secpaid.com/payment?link_id=OTkyOTE=',
        qrImg:
          'https://quickchart.io/chart?chl=https%3A%2F%2Fapp.secpaid.com%2Fpayment%3Flink_id%3DOTkyOTE%3D&chs=300x300&cht=qr',
        amountCents: 10000,
        status: 'Unused',
        transactionType: 'Basic',
        customerCanCancel: false,
        recipientNote: 'Order 7781',
        callbackUrl: '0',
        paymentEndpoint: null,
        serviceFeePercent: '1.0',
        bankTransfer: true,
        isSplitLink: false,
        splitType: 'normal',
        bankStatementDescription: null,
        isQrLink: true,
        recipients: null,
        userId: 5100,
        createdAt: '2026-05-20 11:21:03'
      }
    })
  })

  it('getMyUnusedLinks example: string ids and amounts, recipients as a JSON-encoded string or null', async () => {
    server.answer({ body: fixture('getMyUnusedLinks') })
    expect(await client.getMyUnusedLinks()).toEqual({
      ok: true,
      value: [
        {
          id: 99295,
          amountCents: 4000,
          recipientNote: 'Split dinner 12',
          isCancelled: false,
          recipients: [{ token: 'testuser-a', share: 10 }],
          isSplitLink: true,
          payLink: 'https://app.secpaid.com/payment?link_id=OTkyOTU=',
          qrImg:
            'https://quickchart.io/chart?chl=https%3A%2F%2Fapp.secpaid.com%2Fpayment%3Flink_id%3DOTkyOTU%3D&chs=300x300&cht=qr',
          transactionType: 'Split'
        },
        {
          id: 99290,
          amountCents: 2500,
          recipientNote: 'Invoice 2026-0042',
          isCancelled: false,
          recipients: null,
          isSplitLink: false,
          payLink: 'https://app.secpaid.com/payment?link_id=OTkyOTA=',
          qrImg:
            'https://quickchart.io/chart?chl=https%3A%2F%2Fapp.secpaid.com%2Fpayment%3Flink_id%3DOTkyOTA%3D&chs=300x300&cht=qr',
          transactionType: 'Basic'
        }
      ]
    })
  })

  it('getMyUsedLinks example with paid_on', async () => {
    server.answer({ body: fixture('getMyUsedLinks') })
    expect(await client.getMyUsedLinks()).toEqual({
      ok: true,
      value: [
        {
          id: 99288,
          amountCents: 1250,
          recipientNote: 'Invoice 2026-0040',
          isCancelled: false,
          recipients: null,
          isSplitLink: false,
          paidOn: '2026-05-12 20:10:17',
          transactionType: 'Basic'
        }
      ]
    })
  })

  it('deleteLink example without data gives its message', async () => {
    server.answer({ body: fixture('deleteLink') })
    expect(await client.deleteLink(99290)).toEqual({
      ok: true,
      value: { message: 'Link has been deleted successfully' }
    })
  })

  it('getPayInTransactions example: money strings become cents, pay_id the link id', async () => {
    server.answer({ body: fixture('getPayInTransactions') })
    expect(await client.getPayInTransactions({ payId: 99288 })).toEqual({
      ok: true,
      value: [
        {
          payId: 99288,
          amountCents: 1250,
          netAmountCents: 1237,
          serviceFeeCents: 13,
          status: 'Success',
          recipientNote: 'Invoice 2026-0040',
          createdAt: '2026-05-12 20:10:17',
          paymentMethod: null,
          transactionType: 'Basic'
        }
      ]
    })
  })

  it("bad-key error example becomes an auth error with SecPaid's exact message, even with HTTP 200", async () => {
    server.answer({ body: fixture('error-bad-key') })
    expect(await client.getMyUnusedLinks()).toEqual({
      ok: false,
      error: {
        kind: 'auth',
        message: 'No user found with the provided API key.',
        secpaidMessage: 'No user found with the provided API key.',
        httpStatus: 200,
        outcomeUnknown: false
      }
    })
  })
})
