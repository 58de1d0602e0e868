import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createSecPaidClient } from '../../../src-main/secpaid/client'
import {
  isKeyRefusal,
  isLinkAlreadyUsed,
  refundRefusalOf,
  saysWord,
  SECPAID_WORDS
} from '../../../src-main/secpaid/secpaid-words'
import type { SecPaidClient, SecPaidResult } from '../../../src-main/secpaid/types'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

const secpaidMessageOf = (result: SecPaidResult<unknown>) => (result.ok ? null : (result.error.secpaidMessage ?? null))

describe("SecPaid's words: one module, one rule, the simulator says them from the same constants", () => {
  let simulator: TestSecPaid
  let client: SecPaidClient
  beforeAll(async () => {
    simulator = await startTestSecPaid({ apiKeys: ['key-a'] })
    client = createSecPaidClient({ baseUrl: simulator.baseUrl, getApiKey: () => 'key-a', fetch, timeoutMs: 2000 })
  })
  afterAll(() => simulator.close())
  beforeEach(() => simulator.reset())

  const paidLink = async (amountCents: number) => {
    const created = await client.createLink({ amountCents })
    if (!created.ok) throw new Error('the simulator did not create the link')
    simulator.markPaid(created.value.id)
    return created.value.id
  }

  it('deleteLink on a paid link answers words isLinkAlreadyUsed recognises', async () => {
    const answer = await client.deleteLink(await paidLink(500))
    expect(isLinkAlreadyUsed(secpaidMessageOf(answer))).toBe(true)
  })

  it("each refund refusal the simulator gives maps to its own code, not to 'refund_refused'", async () => {
    const refusalOf = async (payId: number, amountCents = 100) =>
      refundRefusalOf(secpaidMessageOf(await client.refundPayment({ payId, amountCents, isFullRefund: false })) ?? '')

    const disputed = await paidLink(1000)
    simulator.setLinkFlags(disputed, { disputed: true })
    expect(await refusalOf(disputed)).toEqual({ code: 'refund_blocked_dispute' })

    const invoice = await paidLink(1000)
    simulator.setLinkFlags(invoice, { invoice: true })
    expect(await refusalOf(invoice)).toEqual({ code: 'refund_invoice_link' })

    const once = await paidLink(1000)
    expect((await client.refundPayment({ payId: once, amountCents: 100, isFullRefund: false })).ok).toBe(true)
    expect(await refusalOf(once)).toEqual({ code: 'refund_already_requested' })

    expect(await refusalOf(await paidLink(1000), 5000)).toEqual({ code: 'refund_invalid_amount' })
    expect(await refusalOf(424242)).toEqual({ code: 'link_not_found' })
  })

  it('a missing or unknown key is a key refusal by its words', async () => {
    const keyless = createSecPaidClient({ baseUrl: simulator.baseUrl, getApiKey: () => 'nobody', fetch })
    const answer = await keyless.getMyUnusedLinks()
    expect(isKeyRefusal(secpaidMessageOf(answer) ?? '')).toBe(true)
  })

  it('the one rule ignores case, surrounding spaces and a closing full stop, and nothing else', () => {
    expect(saysWord('  this LINK is already used. ', 'linkAlreadyUsed')).toBe(true)
    expect(saysWord('This link is already used!', 'linkAlreadyUsed')).toBe(true)
    expect(saysWord('This link is not used', 'linkAlreadyUsed')).toBe(false)
    expect(saysWord(null, 'linkAlreadyUsed')).toBe(false)
    expect(isKeyRefusal('no user found with the provided api key')).toBe(true)
    expect(refundRefusalOf('REFUND BLOCKED BY DISPUTE.')).toEqual({ code: 'refund_blocked_dispute' })
    expect(refundRefusalOf(' Refund window closed ')).toEqual({
      code: 'refund_refused',
      secpaidMessage: 'Refund window closed'
    })
  })

  it('every word is written once: no two constants say the same', () => {
    const folded = Object.values(SECPAID_WORDS).map((words) => words.toLowerCase().replace(/[.!]+$/, ''))
    expect(new Set(folded).size).toBe(folded.length)
  })
})
