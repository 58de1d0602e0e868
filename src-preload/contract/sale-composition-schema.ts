import { z } from 'zod'

import type { SaleComposition } from './selling'
import { SETTINGS_LIMITS } from './settings-limits'
import { productSchema } from './settings-schema'
import { amountCentsSchema } from './shared-schemas'
import { vatRateSchema } from './tax-settings-schema'

// The shape of a composed sale as it crosses IPC: only what the cashier chose. A product line names its product and
// nothing else, so a name or price from the renderer is refused by its shape; which products and tips the owner
// offers, how many lines and how many of an item are rules of the quote (`src-main/basket/quote-sale.ts`), answered
// with their own code.

const saleLineSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('amount'), amountCents: amountCentsSchema, vatRate: vatRateSchema.optional() }),
  z.strictObject({
    kind: z.literal('product'),
    productId: productSchema.shape.id,
    quantity: z.number().int().max(Number.MAX_SAFE_INTEGER)
  })
])

export const tipChoiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({
    kind: z.literal('percent'),
    percent: z.number().int().min(SETTINGS_LIMITS.tipPercent.min).max(SETTINGS_LIMITS.tipPercent.max)
  }),
  z.strictObject({ kind: z.literal('round_up') })
])

export const saleCompositionSchema = z.strictObject({
  // A bound far above the rule's, so a huge array is refused by its shape before anything walks it.
  lines: z.array(saleLineSchema).max(1000),
  tip: tipChoiceSchema
}) satisfies z.ZodType<SaleComposition, unknown>
