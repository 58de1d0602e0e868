import { z } from 'zod'

import { saleCompositionSchema } from './sale-composition-schema'
import type { ChargeRequest } from './sales'
import { SETTINGS_LIMITS as LIMITS } from './settings-limits'
import { amountCentsSchema, daySchema, pinEntrySchema, plainTextSchema, referenceSchema } from './shared-schemas'
import { vatRateSchema } from './tax-settings-schema'
import { visibleTextSchema } from './visible-text-schema'

// The requests of more than a field or two; `channels.ts` names each channel's schema.

/** The cashier's note: shown in History, on the receipt and in SecPaid, so text a person sees. */
const chargeNoteSchema = visibleTextSchema(LIMITS.chargeNoteLength).optional()

const replacesSchema = referenceSchema.optional()
const amountChargeSchema = z.strictObject({
  amountCents: amountCentsSchema,
  vatRate: vatRateSchema.optional(),
  note: chargeNoteSchema,
  replaces: replacesSchema
})
const composedChargeSchema = z.strictObject({
  sale: saleCompositionSchema,
  note: chargeNoteSchema,
  replaces: replacesSchema
})

/**
 * One amount, or a composed sale when the request has `sale`. Chosen by that key rather than as a union, so a refusal
 * names the field that failed (`amountCents`, `sale.lines.0.quantity`) instead of "no variant matched".
 */
export const chargeRequestSchema = z.unknown().transform((request, context): ChargeRequest => {
  const composed = typeof request === 'object' && request !== null && 'sale' in request
  const parsed = (composed ? composedChargeSchema : amountChargeSchema).safeParse(request)
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) context.addIssue({ ...issue })
  return z.NEVER
})

export const setApiKeyRequestSchema = z.strictObject({
  apiKey: z
    .string()
    .trim()
    .min(LIMITS.apiKeyLength.min)
    .max(LIMITS.apiKeyLength.max)
    .regex(/^[\x21-\x7e]+$/),
  storeUnencrypted: z.boolean().optional()
})

export const unlockRequestSchema = z.strictObject({
  pin: pinEntrySchema,
  purpose: z.enum(['settings', 'counter', 'dialog']).optional()
})

export const historyRequestSchema = z.strictObject({
  day: daySchema.optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  search: plainTextSchema(LIMITS.searchLength.max).optional(),
  cursor: z.string().max(40).optional(),
  limit: z.number().int().min(1).max(200).optional()
})

export const refundRequestSchema = z.strictObject({
  reference: referenceSchema,
  amountCents: amountCentsSchema,
  pin: pinEntrySchema.optional()
})

export const dayRangeSchema = z.strictObject({ from: daySchema, to: daySchema })

export const saveFileRequestSchema = z.strictObject({
  fileName: z.string().max(200),
  kind: z.enum(['csv']),
  // Size is checked by main (books/file-output.ts) so the refusal can say "size".
  content: z.string()
})
