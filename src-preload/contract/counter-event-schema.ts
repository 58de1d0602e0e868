import { z } from 'zod'

import type { ConnectionProblem } from './connection'
import type { CounterEvent } from './events'
import type { JournalStatus } from './journal'
import { secPaidFailureSchema } from './sale-failure-schema'
import { saleStatuses } from './sale-status'
import { publicSettingsSchema } from './settings-schema'
import { amountCentsSchema, linkIdSchema, referenceSchema } from './shared-schemas'

// The preload checks every event with this before the renderer sees it; main's tests check what main emits with it.

const saleStatus = z.enum(saleStatuses)
const count = z.number().int().nonnegative()

const httpStatus = z.number().int().min(100).max(599)

const connectionProblemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('no_network'), reason: z.enum(['offline', 'unresolved', 'no_route']) }),
  z.strictObject({
    kind: z.literal('secpaid_unreachable'),
    reason: z.enum(['refused', 'invalid_address', 'dropped', 'other'])
  }),
  z.strictObject({ kind: z.literal('timeout'), seconds: z.number().nonnegative() }),
  z.strictObject({ kind: z.literal('key_refused'), httpStatus: httpStatus.nullable() }),
  z.strictObject({ kind: z.literal('rate_limited'), retryAt: z.iso.datetime().nullable() }),
  z.strictObject({ kind: z.literal('server_error'), httpStatus }),
  z.strictObject({ kind: z.literal('bad_answer'), httpStatus })
]) satisfies z.ZodType<ConnectionProblem>

const journalStatusSchema = z.strictObject({
  writable: z.boolean(),
  errno: z.string().nullable(),
  unwrittenLines: count,
  quarantined: z.strictObject({ count: count.positive(), file: z.string() }).nullable(),
  problem: z
    .discriminatedUnion('code', [
      z.strictObject({
        code: z.literal('import_failed'),
        reason: z.enum(['unreadable', 'totals_differ', 'not_written']),
        file: z.string()
      }),
      z.strictObject({ code: z.literal('not_a_database'), file: z.string() }),
      z.strictObject({ code: z.literal('damaged'), file: z.string(), findings: z.string() })
    ])
    .nullable()
}) satisfies z.ZodType<JournalStatus>

export const counterEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('link_status'), linkId: linkIdSchema, state: saleStatus }),
  z.strictObject({
    type: z.literal('sale_settled'),
    sale: z.strictObject({
      reference: z.string(),
      linkId: linkIdSchema,
      amountCents: amountCentsSchema,
      note: z.string(),
      status: saleStatus
    })
  }),
  z.strictObject({
    type: z.literal('connection'),
    online: z.boolean(),
    problem: connectionProblemSchema.nullable(),
    lastAnswerAt: z.iso.datetime().nullable()
  }),
  z.strictObject({ type: z.literal('settings_changed'), settings: publicSettingsSchema }),
  z.strictObject({ type: z.literal('journal_status'), status: journalStatusSchema }),
  z.strictObject({
    type: z.literal('receipt_print_failed'),
    reference: referenceSchema,
    reason: z.enum(['no_printing', 'printer_not_found', 'cancelled', 'failed']),
    printerName: z.string().nullable()
  }),
  z.strictObject({ type: z.literal('pairing_code_changed'), paused: z.boolean() }),
  z.strictObject({ type: z.literal('pending_changed') }),
  z.strictObject({ type: z.literal('summary_changed') }),
  z.strictObject({
    type: z.literal('uncertain_sale'),
    reference: referenceSchema,
    cause: secPaidFailureSchema.nullable()
  }),
  z.strictObject({
    type: z.literal('link_expiry'),
    linkId: linkIdSchema,
    expiresAt: z.iso.datetime().nullable(),
    msLeft: z.number().nonnegative().nullable()
  }),
  z.strictObject({
    type: z.literal('link_expired'),
    linkId: linkIdSchema,
    reference: referenceSchema,
    outcome: z.enum(['cancelled', 'paid', 'not_confirmed'])
  })
]) satisfies z.ZodType<CounterEvent>

// The other direction, proved at compile time: every CounterEvent is one the schema lets through. An event, link state
// or field added to the type but not here fails to compile, instead of being dropped by the preload at run time.
const everyEventPasses = (event: CounterEvent): z.output<typeof counterEventSchema> => event
void everyEventPasses

/** The event, or null when what arrived is not one: a malformed event is dropped, never half-applied. */
export function parseCounterEvent(value: unknown): CounterEvent | null {
  const parsed = counterEventSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
