import { z } from 'zod'
import type { CounterEvent, JournalStatus } from '../../src-preload/contract'
import { secPaidFailureSchema } from '../sale/sale-failure-schema'
import { publicSettingsSchema } from '../settings/settings-schema'

// Pure (zod only): the preload bundles this to check every event before the renderer sees it.

const linkId = z.number().int().positive()
const linkState = z.enum(['pending', 'paid', 'gone'])
const count = z.number().int().nonnegative()

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
  z.strictObject({ type: z.literal('link_status'), linkId, state: linkState }),
  z.strictObject({
    type: z.literal('sale_settled'),
    sale: z.strictObject({
      reference: z.string(),
      linkId,
      amountCents: z.number().int().positive(),
      note: z.string(),
      outcome: z.enum(['paid', 'gone', 'cancelled'])
    })
  }),
  z.strictObject({ type: z.literal('connection'), online: z.boolean() }),
  z.strictObject({ type: z.literal('settings_changed'), settings: publicSettingsSchema }),
  z.strictObject({ type: z.literal('journal_status'), status: journalStatusSchema }),
  z.strictObject({
    type: z.literal('receipt_print_failed'),
    reference: z.string().min(1),
    reason: z.enum(['no_printing', 'printer_not_found', 'cancelled', 'failed']),
    printerName: z.string().nullable()
  }),
  z.strictObject({ type: z.literal('pairing_code_changed'), paused: z.boolean() }),
  z.strictObject({ type: z.literal('pending_changed') }),
  z.strictObject({ type: z.literal('summary_changed') }),
  z.strictObject({
    type: z.literal('uncertain_sale'),
    reference: z.string().min(1),
    cause: secPaidFailureSchema.nullable()
  })
]) satisfies z.ZodType<CounterEvent>

/** The event, or null when what arrived is not one: a malformed event is dropped, never half-applied. */
export function parseCounterEvent(value: unknown): CounterEvent | null {
  const parsed = counterEventSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
