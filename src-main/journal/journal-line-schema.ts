import { z } from 'zod'

import { tipChoiceSchema } from '../../src-preload/contract/sale-composition-schema'
import { saleFailureSchema } from '../../src-preload/contract/sale-failure-schema'
import { saleSteps } from '../../src-preload/contract/sale-status'
import { environmentSchema, tipKindSchema } from '../../src-preload/contract/settings-schema'
import { signInIdSchema } from '../../src-preload/contract/staff'
import { refundLineSchemas } from './refund-line-schema'
import type { SaleEvent } from './sale-record'

// One journal line, checked when read: what fails here is quarantined instead of reaching totals, the CSV or the
// renderer. Unknown extra fields are dropped from what is read (the line itself is kept as written): they cannot
// change a total or a status.

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u

const reference = z.string().min(1).max(200).regex(NO_CONTROL_CHARACTERS)
const at = z.iso.datetime({ offset: true })
const positiveInteger = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

const ratePercentSchema = z.number().int().min(0).max(99)
const centsSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)

// A sale's VAT as main computed it at Charge, written since VAT is recorded; older `creating` lines have none.
const saleVatSchema = z.discriminatedUnion('exempt', [
  z.object({ exempt: z.literal(true), grossCents: centsSchema }),
  z.object({
    exempt: z.literal(false),
    rates: z
      .array(
        z.object({
          ratePercent: ratePercentSchema,
          grossCents: centsSchema,
          netCents: centsSchema,
          vatCents: centsSchema
        })
      )
      .max(20)
  })
])

// A sale's lines and tip, written since sales have several lines; older `creating` lines have neither.
const saleItemSchema = z.object({
  productId: z.string().max(40).nullable(),
  name: z.string().max(200).regex(NO_CONTROL_CHARACTERS).nullable(),
  unitCents: positiveInteger,
  quantity: positiveInteger,
  totalCents: positiveInteger,
  vatRate: ratePercentSchema.optional()
})

const saleSequenceSchema = z.object({
  till: z.string().min(1).max(40),
  day: z.string().regex(/^\d{8}$/),
  seq: positiveInteger
})

/** A failure this version cannot read (an older line's sentence, a code from a newer version) is kept unexplained. */
const failedLine = z
  .object({ type: z.literal('failed'), reference, at, failure: z.unknown().optional() })
  .transform(({ failure, ...line }) => {
    const known = saleFailureSchema.safeParse(failure)
    return { ...line, failure: known.success ? known.data : { code: 'unexplained' as const } }
  })

const journalLineSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('creating'),
    reference,
    amountCents: positiveInteger,
    note: z.string(),
    at,
    sequence: saleSequenceSchema.optional(),
    environment: environmentSchema.optional(),
    items: z.array(saleItemSchema).optional(),
    tipCents: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
    // Written since a sale can be changed after its QR: the tip as chosen, and the sale this one changed.
    tip: tipChoiceSchema.optional(),
    // Written since tips have a kind, with every sale that has a tip: whom it belonged to when the sale was made.
    tipKind: tipKindSchema.optional(),
    replaces: reference.optional(),
    vat: saleVatSchema.optional()
  }),
  z.object({
    type: z.literal('created'),
    reference,
    linkId: positiveInteger,
    payLink: z.string(),
    qrImg: z.string().nullable(),
    at
  }),
  z.object({ type: z.literal('paid'), reference, at }),
  z.object({ type: z.literal('cancelled'), reference, at }),
  failedLine,
  ...refundLineSchemas
]) satisfies z.ZodType<SaleEvent, unknown>

const KNOWN_TYPES: ReadonlySet<string> = new Set<SaleEvent['type']>(saleSteps)

/**
 * A line with a sale and a time but a type no version up to this one writes: a newer version's record. It is kept in
 * the journal as written and read by nothing here; a line of a known type that fails its schema is damage instead.
 */
export function isLineOfNewerVersion(text: string): boolean {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return false
  }
  const parsed = newerLineSchema.safeParse(value)
  return parsed.success && !KNOWN_TYPES.has(parsed.data.type)
}

const newerLineSchema = z.object({ type: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), reference, at })

/** The status change a line records, or null when it is not one (torn, hand-edited, from no version of the app). */
export function parseJournalLine(text: string): SaleEvent | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = journalLineSchema.safeParse(value)
  if (!parsed.success) return null
  // Any line may name who wrote it; a name that is no cashier id is dropped as other unknown fields are.
  const cashier = signInIdSchema.safeParse((value as { cashier?: unknown }).cashier)
  return cashier.success ? { ...parsed.data, cashier: cashier.data } : parsed.data
}
