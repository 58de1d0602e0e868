import { z } from 'zod'
import type { SaleComposition } from '../../src-preload/contract'
import { productSchema } from '../settings/settings-schema'
import { SETTINGS_LIMITS } from '../settings/settings-limits'

// The shape of a composed sale as it crosses IPC. How many lines and how many of an item are rules of the quote
// (`quote-sale.ts`), answered with their own code; here only what no sale can hold.

const cents = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

const saleLineSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('amount'), amountCents: cents }),
  z.strictObject({
    kind: z.literal('product'),
    productId: productSchema.shape.id,
    name: productSchema.shape.name,
    unitCents: productSchema.shape.priceCents,
    quantity: z.number().int().max(Number.MAX_SAFE_INTEGER)
  })
])

const tipChoiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({
    kind: z.literal('percent'),
    percent: z.number().int().min(SETTINGS_LIMITS.tipPercent.min).max(SETTINGS_LIMITS.tipPercent.max)
  }),
  z.strictObject({ kind: z.literal('round_up') }),
  z.strictObject({ kind: z.literal('custom'), tipCents: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) })
])

export const saleCompositionSchema = z.strictObject({
  // A bound far above the rule's, so a huge array is refused by its shape before anything walks it.
  lines: z.array(saleLineSchema).max(1000),
  tip: tipChoiceSchema
}) satisfies z.ZodType<SaleComposition, unknown>
