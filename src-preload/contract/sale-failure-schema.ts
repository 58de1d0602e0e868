import { z } from 'zod'

import type { SaleFailure, SecPaidFailure } from './errors'

// Why a sale failed, as the journal records it. Checked on reading, so a failure the renderer could not word never
// leaves main.

const httpStatus = z.number().int().min(100).max(599)

export const secPaidFailureSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('no_key') }),
  z.object({ code: z.literal('invalid_amount') }),
  z.object({ code: z.literal('key_rejected'), httpStatus: httpStatus.nullable() }),
  z.object({ code: z.literal('rate_limited'), retryAfterSeconds: z.number().nonnegative().nullable() }),
  z.object({ code: z.literal('secpaid_refused'), secpaidMessage: z.string() }),
  z.object({ code: z.literal('secpaid_error'), httpStatus, secpaidMessage: z.string().nullable() }),
  z.object({
    code: z.literal('bad_answer'),
    problem: z.enum(['empty', 'not_json', 'unexpected_format', 'contradictory', 'unusable_data']),
    httpStatus
  }),
  z.object({
    code: z.literal('unreachable'),
    reason: z.enum(['refused', 'unresolved', 'offline', 'no_route', 'invalid_address', 'dropped', 'other'])
  }),
  z.object({ code: z.literal('timeout'), seconds: z.number().nonnegative() })
]) satisfies z.ZodType<SecPaidFailure>

export const saleFailureSchema = z.union([
  secPaidFailureSchema,
  z.object({ code: z.literal('closed_before_link') }),
  z.object({ code: z.literal('link_not_created'), cause: secPaidFailureSchema }),
  z.object({ code: z.literal('unexplained') })
]) satisfies z.ZodType<SaleFailure>
