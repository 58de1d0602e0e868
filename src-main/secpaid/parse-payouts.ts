import { z } from 'zod'

import { eurToCents } from './money'
import { listOf, parseWith } from './parse-links'
import type { PayoutStatus, PayOutTransaction } from './types'
import { flagValue, optionalText } from './wire-values'

// getPayOutTransactions as its docs page lists the fields: `payout_amount` a string, `service_fee` and `net_amount`
// numbers. Each money field is read from a string or a number, and a number that a float computation left a hair off
// a cent (12.370000000000001) reads as that cent; nothing is ever summed in floating point here.

/** How far (EUR) a number may lie from a whole cent and still be read as that cent: float noise, not a fraction. */
const FLOAT_NOISE_EUR = 1e-6

/** EUR as a string or number to integer cents; null when it is no amount with at most 2 decimals. */
export function payoutCents(value: unknown): number | null {
  if (typeof value !== 'number' && typeof value !== 'string') return null
  const exact = eurToCents(value)
  if (exact !== null || typeof value === 'string' || !Number.isFinite(value)) return exact
  const nearest = value.toFixed(2)
  return Math.abs(Number(nearest) - value) < FLOAT_NOISE_EUR ? eurToCents(nearest) : null
}

const requiredCents = z
  .unknown()
  .optional()
  .transform((value, context) => {
    const cents = payoutCents(value)
    if (cents === null) {
      context.addIssue({
        code: 'custom',
        message: `${JSON.stringify(value)} is not a EUR amount with at most 2 decimals`
      })
      return z.NEVER
    }
    return cents
  })

const optionalCents = z
  .unknown()
  .optional()
  .transform((value) => payoutCents(value))

const STATUSES: Readonly<Record<string, PayoutStatus>> = { inprogress: 'in_progress', approved: 'approved' }

/** "InProgress" and "Approved" as documented, whatever their case or spacing; any other word is unknown. */
const statusOf = (text: string | null): PayoutStatus =>
  STATUSES[(text ?? '').replace(/[\s_-]/g, '').toLowerCase()] ?? 'unknown'

const DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[ T])/

const dayValue = z
  .unknown()
  .transform((value) => (typeof value === 'string' ? (DAY.exec(value.trim())?.[1] ?? null) : null))

const payOutSchema = z
  .object({
    payout_id: optionalText,
    transaction_id: optionalText,
    payout_amount: requiredCents,
    service_fee: optionalCents,
    net_amount: optionalCents,
    payout_status: optionalText,
    request_date: dayValue,
    created_at: optionalText,
    is_split_link: flagValue(false),
    is_dispute: flagValue(false),
    is_refund: flagValue(false),
    transaction_type: optionalText
  })
  .transform((wire, context): PayOutTransaction => {
    const key = wire.payout_id ?? wire.transaction_id
    if (key === null || key.trim() === '') {
      context.addIssue({ code: 'custom', message: 'has neither payout_id nor transaction_id' })
      return z.NEVER
    }
    return {
      key,
      payoutId: wire.payout_id,
      transactionId: wire.transaction_id,
      amountCents: wire.payout_amount,
      serviceFeeCents: wire.service_fee,
      netAmountCents: wire.net_amount ?? wire.payout_amount - (wire.service_fee ?? 0),
      status: statusOf(wire.payout_status),
      statusText: wire.payout_status,
      requestDate: wire.request_date,
      createdAt: wire.created_at,
      isRefund: wire.is_refund,
      isDispute: wire.is_dispute,
      isSplitLink: wire.is_split_link,
      transactionType: wire.transaction_type
    }
  })

export const parsePayOutTransactions = parseWith(listOf(payOutSchema), 'payouts')
