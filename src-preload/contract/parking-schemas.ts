import { z } from 'zod'

import { saleCompositionSchema } from './sale-composition-schema'
import { SETTINGS_LIMITS as LIMITS } from './settings-limits'
import { amountCentsSchema, pinEntrySchema, referenceSchema } from './shared-schemas'
import { visibleTextSchema } from './visible-text-schema'

// The requests of parking a sale, expiring links and cancelling stale ones; `channels.ts` names each channel's schema.

const noteSchema = visibleTextSchema(LIMITS.chargeNoteLength).optional()

/** A basket to park: one typed amount or a composed sale, as a charge carries it, with an optional name. */
export const parkRequestSchema = z.strictObject({
  name: visibleTextSchema(LIMITS.parkedNameLength).optional(),
  charge: z.union([
    z.strictObject({ sale: saleCompositionSchema, note: noteSchema }),
    z.strictObject({ amountCents: amountCentsSchema, note: noteSchema })
  ]),
  replaces: referenceSchema.optional()
})

export const parkedIdSchema = z.strictObject({ id: z.string().regex(/^[0-9a-f]{32}$/) })

export const staleCancelRequestSchema = z.strictObject({ pin: pinEntrySchema.optional() })
