import { z } from 'zod'

import type { RefundFailure } from '../../src-preload/contract'
import { secPaidFailureSchema } from '../../src-preload/contract/sale-failure-schema'

// The refund lines of the journal (see sale-record.ts), checked when read like every other line.

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u
const reference = z.string().min(1).max(200).regex(NO_CONTROL_CHARACTERS)
const at = z.iso.datetime({ offset: true })

const refundFailureSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('refund_already_requested') }),
  z.object({ code: z.literal('refund_blocked_dispute') }),
  z.object({ code: z.literal('refund_invalid_amount') }),
  z.object({ code: z.literal('refund_link_cancelled') }),
  z.object({ code: z.literal('refund_invoice_link') }),
  z.object({ code: z.literal('link_not_found') }),
  z.object({ code: z.literal('refund_refused'), secpaidMessage: z.string() }),
  z.object({ code: z.literal('refund_not_sent'), cause: secPaidFailureSchema })
]) satisfies z.ZodType<RefundFailure>

/** A refusal this version cannot read (from a newer one) is kept as a refusal without SecPaid's words. */
const refusal = z.unknown().transform((value): RefundFailure => {
  const known = refundFailureSchema.safeParse(value)
  return known.success ? known.data : { code: 'refund_refused', secpaidMessage: '' }
})

export const refundLineSchemas = [
  z.object({
    type: z.literal('refund_requested'),
    reference,
    amountCents: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    full: z.boolean(),
    at
  }),
  z.object({ type: z.literal('refund_sent'), reference, at }),
  z.object({ type: z.literal('refund_refused'), reference, refusal, at })
] as const
