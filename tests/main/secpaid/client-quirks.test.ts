import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSecPaidClient } from '../../../src-main/secpaid/client'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { type CannedServer, startCannedServer, successEnvelope } from './canned-server'

const pendingItem = (overrides: Record<string, unknown>) => ({
  linktopay_id: '99290',
  amount: '25.00',
  recipient_note: 'R1',
  is_cancelled: 'No',
  recipients: null,
  is_split_link: 'false',
  pay_link: 'https://app.secpaid.com/payment?link_id=OTkyOTA=',
  qr_img: null,
  transaction_type: 'Basic',
  user_id: 'b44c4429-4a7b-4e27-85af-c1c2f43f4ffe',
  ...overrides
})

const createdData = (overrides: Record<string, unknown>) => ({
  id: 99290,
  pay_link: 'https://app.secpaid.com/payment?link_id=OTkyOTA=',
  amount: 25,
  status: 'Unused',
  is_cancellation: 'No',
  ...overrides
})

describe("client accepts every known spelling of SecPaid's fields", () => {
  let server: CannedServer
  let client: SecPaidClient
  beforeAll(async () => {
    server = await startCannedServer()
    client = createSecPaidClient({ baseUrl: server.baseUrl, getApiKey: () => 'key', fetch, timeoutMs: 2000 })
  })
  afterAll(() => server.close())

  const pendingWith = async (overrides: Record<string, unknown>) => {
    server.answer({ body: successEnvelope([pendingItem(overrides)]) })
    const result = await client.getMyUnusedLinks()
    if (!result.ok) throw new Error(result.error.message)
    return result.value[0]
  }

  const createdWith = async (overrides: Record<string, unknown>) => {
    server.answer({ body: successEnvelope(createdData(overrides), 'Link has been created successfully') })
    return client.createLink({ amountCents: 2500 })
  }

  it('reads the link id from linktopay_id as a string or a number, and from id', async () => {
    expect((await pendingWith({ linktopay_id: '99290' }))?.id).toBe(99290)
    expect((await pendingWith({ linktopay_id: 99291 }))?.id).toBe(99291)
    expect((await pendingWith({ linktopay_id: undefined, id: 99292 }))?.id).toBe(99292)
    expect((await pendingWith({ linktopay_id: undefined, id: '99293' }))?.id).toBe(99293)
  })

  it('reads amounts as strings ("25.00", "100.5") or numbers (25, 19.99) into exact cents', async () => {
    expect((await pendingWith({ amount: '25.00' }))?.amountCents).toBe(2500)
    expect((await pendingWith({ amount: '100.5' }))?.amountCents).toBe(10050)
    expect((await pendingWith({ amount: 25 }))?.amountCents).toBe(2500)
    expect((await pendingWith({ amount: 19.99 }))?.amountCents).toBe(1999)
  })

  it('reads recipients as null, a JSON-encoded string, an already-parsed array, or an empty string', async () => {
    expect((await pendingWith({ recipients: null }))?.recipients).toBeNull()
    expect((await pendingWith({ recipients: '[{"token":"testuser-a","share":10}]' }))?.recipients).toEqual([
      { token: 'testuser-a', share: 10 }
    ])
    expect((await pendingWith({ recipients: [{ token: 'b', share: '90' }] }))?.recipients).toEqual([
      { token: 'b', share: 90 }
    ])
    expect((await pendingWith({ recipients: '' }))?.recipients).toBeNull()
    expect((await pendingWith({ recipients: 'null' }))?.recipients).toBeNull()
  })

  it('inverts is_cancellation: "No" means the customer can cancel, "Yes" that they cannot', async () => {
    const canCancel = await createdWith({ is_cancellation: 'No' })
    expect(canCancel.ok && canCancel.value.customerCanCancel).toBe(true)
    const cannotCancel = await createdWith({ is_cancellation: 'Yes' })
    expect(cannotCancel.ok && cannotCancel.value.customerCanCancel).toBe(false)
  })

  it('reads flags as "true"/"false" strings or real booleans', async () => {
    const asStrings = await createdWith({ bank_transfer: 'true', is_qr_link: 'false', is_split_link: 'false' })
    expect(
      asStrings.ok && [asStrings.value.bankTransfer, asStrings.value.isQrLink, asStrings.value.isSplitLink]
    ).toEqual([true, false, false])
    const asBooleans = await createdWith({ bank_transfer: false, is_qr_link: true, is_split_link: true })
    expect(
      asBooleans.ok && [asBooleans.value.bankTransfer, asBooleans.value.isQrLink, asBooleans.value.isSplitLink]
    ).toEqual([false, true, true])
    expect(await pendingWith({ is_cancelled: 'Yes', is_split_link: true })).toMatchObject({
      isCancelled: true,
      isSplitLink: true
    })
  })

  it('createLink reads linktopay_id and a string amount "100.00" as well as id and a number', async () => {
    const variant = await createdWith({ id: undefined, linktopay_id: '99291', amount: '100.00' })
    expect(variant.ok && [variant.value.id, variant.value.amountCents]).toEqual([99291, 10000])
  })

  it('a success envelope whose items cannot be read is a bad_response naming the field', async () => {
    server.answer({ body: successEnvelope([pendingItem({ amount: '19.999' })]) })
    const tooPrecise = await client.getMyUnusedLinks()
    expect(tooPrecise).toEqual({
      ok: false,
      error: {
        kind: 'bad_response',
        message:
          'SecPaid reported success but sent pending links the app cannot read (data[0].amount: "19.999" is not a EUR amount with at most 2 decimals).',
        badAnswer: 'unusable_data',
        httpStatus: 200,
        outcomeUnknown: false
      }
    })
    server.answer({ body: successEnvelope([pendingItem({ linktopay_id: undefined })]) })
    const noId = await client.getMyUnusedLinks()
    expect(!noId.ok && noId.error.message).toContain('neither id nor linktopay_id')
    server.answer({ body: successEnvelope({ not: 'a list' }) })
    expect(await client.getMyUsedLinks()).toMatchObject({ ok: false, error: { kind: 'bad_response' } })
  })

  it('a zero or negative amount on a link is a bad_response naming the field: nothing to charge', async () => {
    for (const amount of ['0.00', 0, '-25.00']) {
      server.answer({ body: successEnvelope([pendingItem({ amount })]) })
      expect(await client.getMyUnusedLinks()).toEqual({
        ok: false,
        error: {
          kind: 'bad_response',
          message: `SecPaid reported success but sent pending links the app cannot read (data[0].amount: ${JSON.stringify(amount)} is not an amount above 0).`,
          badAnswer: 'unusable_data',
          httpStatus: 200,
          outcomeUnknown: false
        }
      })
    }
    expect(await createdWith({ amount: 0 })).toMatchObject({
      ok: false,
      error: { kind: 'bad_response', message: expect.stringContaining('data.amount') }
    })
  })

  it('fields the app does not rely on never fail a parse, whatever their type; they read as null or the default', async () => {
    const odd = { not: 'expected' }
    expect(
      await pendingWith({
        recipient_note: odd,
        is_cancelled: 'maybe',
        recipients: '[{"token":',
        is_split_link: [],
        qr_img: 42,
        transaction_type: false,
        user_id: odd
      })
    ).toEqual({
      id: 99290,
      amountCents: 2500,
      recipientNote: null,
      isCancelled: false,
      recipients: null,
      isSplitLink: false,
      payLink: 'https://app.secpaid.com/payment?link_id=OTkyOTA=',
      qrImg: '42',
      transactionType: 'Basic'
    })
    const created = await createdWith({
      status: odd,
      is_cancellation: 'perhaps',
      servicefee: null,
      bank_transfer: { yes: true },
      created_at: 20260520,
      payment_config: [1, 2],
      user_id: 5100
    })
    expect(created.ok && created.value).toMatchObject({
      id: 99290,
      amountCents: 2500,
      status: 'Unused',
      customerCanCancel: true,
      serviceFeePercent: null,
      bankTransfer: false,
      createdAt: '20260520',
      userId: '5100'
    })
  })

  it('unknown extra fields never fail a parse', async () => {
    const extra = { brand_new_field: { nested: [1, 'two'] }, another: null }
    expect((await pendingWith(extra))?.id).toBe(99290)
    const created = await createdWith(extra)
    expect(created.ok && created.value.payLink).toBe('https://app.secpaid.com/payment?link_id=OTkyOTA=')
  })

  it('a garbage id beside a usable linktopay_id is passed over; with neither usable the link is refused', async () => {
    expect((await pendingWith({ id: 'abc', linktopay_id: '99294' }))?.id).toBe(99294)
    server.answer({ body: successEnvelope([pendingItem({ linktopay_id: 'abc' })]) })
    const noUsableId = await client.getMyUnusedLinks()
    expect(!noUsableId.ok && noUsableId.error.message).toContain('neither id nor linktopay_id')
  })

  it('createLink data without a pay_link is a bad_response, not a link', async () => {
    expect(await createdWith({ pay_link: undefined })).toMatchObject({
      ok: false,
      error: { kind: 'bad_response', message: expect.stringContaining('data.pay_link') }
    })
  })
})
