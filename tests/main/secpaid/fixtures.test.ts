import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSecPaidClient } from '../../../src-main/secpaid/client'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { type CannedServer, fixtureText, startCannedServer } from './canned-server'

const DOCUMENTED_USER_ID = 'b44c4429-4a7b-4e27-85af-c1c2f43f4ffe'

/** The docs' example responses, served byte for byte over real HTTP, read by the client into exact typed values. */
describe('SecPaid docs examples parse to exact typed values', () => {
  let server: CannedServer
  let client: SecPaidClient
  beforeAll(async () => {
    server = await startCannedServer()
    client = createSecPaidClient({ baseUrl: server.baseUrl, getApiKey: () => 'key', fetch, timeoutMs: 2000 })
  })
  afterAll(() => server.close())

  it('createLink example (id 99290, numeric amount 25, is_cancellation "No", UUID user_id)', async () => {
    server.answer({ body: fixtureText('createLink') })
    expect(await client.createLink({ amountCents: 2500 })).toEqual({
      ok: true,
      value: {
        id: 99290,
        payLink: 'https://app.secpaid.com/payment?link_id=OTkyOTA=',
        qrImg: 'https://quickchart.io/chart?chl=https://app.secpaid.com/payment?link_id=OTkyOTA=&chs=300x300&cht=qr',
        amountCents: 2500,
        status: 'Unused',
        transactionType: 'Basic',
        customerCanCancel: true,
        recipientNote: 'Test regular link',
        callbackUrl: 'https://google.com',
        paymentEndpoint: 'https://google.com',
        serviceFeePercent: '1.0',
        bankTransfer: true,
        isSplitLink: false,
        splitType: 'normal',
        bankStatementDescription: '',
        isQrLink: false,
        recipients: null,
        userId: DOCUMENTED_USER_ID,
        createdAt: '2026-05-20 11:19:48'
      }
    })
  })

  it('createLink variant with linktopay_id "99291", string amount "100.00" and is_cancellation "Yes"', async () => {
    server.answer({ body: fixtureText('createLink-linktopay_id') })
    expect(await client.createLink({ amountCents: 10000 })).toEqual({
      ok: true,
      value: {
        id: 99291,
        payLink: 'https://app.secpaid.com/payment?link_id=OTkyOTE=',
        qrImg: 'https://quickchart.io/chart?chl=https://app.secpaid.com/payment?link_id=OTkyOTE=&chs=300x300&cht=qr',
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
        userId: DOCUMENTED_USER_ID,
        createdAt: '2026-05-20 11:21:03'
      }
    })
  })

  it('getMyUnusedLinks example: string ids and amounts, recipients as a JSON-encoded string or null', async () => {
    server.answer({ body: fixtureText('getMyUnusedLinks') })
    expect(await client.getMyUnusedLinks()).toEqual({
      ok: true,
      value: [
        {
          id: 99290,
          amountCents: 2500,
          recipientNote: 'Test regular link',
          isCancelled: false,
          recipients: null,
          isSplitLink: false,
          payLink: 'https://app.secpaid.com/payment?link_id=OTkyOTA=',
          qrImg: 'https://quickchart.io/chart?chl=https://app.secpaid.com/payment?link_id=OTkyOTA=&chs=300x300&cht=qr',
          transactionType: 'Basic'
        },
        {
          id: 99289,
          amountCents: 3539,
          recipientNote: 'Test-Ala',
          isCancelled: false,
          recipients: [{ token: 'testuser-a', share: 10 }],
          isSplitLink: true,
          payLink: 'https://app.secpaid.com/payment?link_id=OTkyODk=',
          qrImg: 'https://quickchart.io/chart?chl=https://app.secpaid.com/payment?link_id=OTkyODk=&chs=300x300&cht=qr',
          transactionType: 'Split'
        }
      ]
    })
  })

  it('getMyUsedLinks example with paid_on', async () => {
    server.answer({ body: fixtureText('getMyUsedLinks') })
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
    server.answer({ body: fixtureText('deleteLink') })
    expect(await client.deleteLink(99290)).toEqual({
      ok: true,
      value: { message: 'Link has been deleted successfully' }
    })
  })

  it('getPayInTransactions example: money strings become cents, pay_id the link id', async () => {
    server.answer({ body: fixtureText('getPayInTransactions') })
    expect(await client.getPayInTransactions({ payId: 99288 })).toEqual({
      ok: true,
      value: [
        {
          payId: 99288,
          amountCents: 1250,
          netAmountCents: 1237,
          serviceFeeCents: 13,
          serviceFeePspCents: 0,
          isRefund: false,
          status: 'Success',
          payoutStatus: 'Pending',
          recipientNote: 'Invoice 2026-0040',
          createdAt: '2026-05-12 20:10:17',
          paymentMethod: null,
          transactionType: 'Basic'
        }
      ]
    })
  })

  it("bad-key error example becomes an auth error with SecPaid's exact message, even with HTTP 200", async () => {
    server.answer({ body: fixtureText('error-bad-key') })
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

  it('createLink error example (no data) becomes an api error with its exact message "Please enter amount"', async () => {
    server.answer({ body: fixtureText('createLink-error') })
    expect(await client.createLink({ amountCents: 100 })).toEqual({
      ok: false,
      error: {
        kind: 'api',
        message: 'Please enter amount',
        secpaidMessage: 'Please enter amount',
        httpStatus: 200,
        outcomeUnknown: false
      }
    })
  })
})
