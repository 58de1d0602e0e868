import { z } from 'zod'

import { tipChoiceSchema } from '../../src-preload/contract/sale-composition-schema'
import { environmentSchema } from '../../src-preload/contract/settings-schema'
import { vatRateSchema } from '../../src-preload/contract/tax-settings-schema'

// How `parked-sales.json` in the data folder keeps the parked sales of every environment of this till.

const storedLineSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('amount'),
    amountCents: z.number().int().positive(),
    vatRate: vatRateSchema.optional()
  }),
  z.strictObject({
    kind: z.literal('product'),
    productId: z.string().max(100),
    /** The product's name when parked: what is said when it is not offered any more at resume. */
    name: z.string().max(200),
    quantity: z.number().int().positive()
  })
])

const storedChargeSchema = z.union([
  z.strictObject({
    amountCents: z.number().int().positive(),
    note: z.string().max(1000),
    vatRate: vatRateSchema.optional()
  }),
  z.strictObject({ sale: z.strictObject({ lines: z.array(storedLineSchema), tip: tipChoiceSchema }), note: z.string() })
])

export const parkedSaleRecordSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  number: z.number().int().positive(),
  name: z.string().max(200),
  environment: environmentSchema,
  parkedAt: z.string(),
  charge: storedChargeSchema,
  totalCents: z.number().int().min(0),
  replaces: z.string().nullable(),
  /** On the keypad now (resumed, or put back by Change) and not yet charged: comes back parked after a restart. */
  held: z.boolean(),
  restored: z.boolean()
})

export type ParkedSaleRecord = z.output<typeof parkedSaleRecordSchema>
export type StoredParkedLine = z.output<typeof storedLineSchema>
export type StoredParkedCharge = ParkedSaleRecord['charge']

export const parkedFileSchema = z.strictObject({
  version: z.literal(1),
  sales: z.array(parkedSaleRecordSchema).max(1000)
})

export type ParkedFile = z.output<typeof parkedFileSchema>
