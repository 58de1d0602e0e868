import { z } from 'zod'
import type { Channel, IpcError, RequestOf } from '../../src-preload/contract'
import { booksRequestSchemas } from '../books/books-request-schemas'
import { SETTINGS_LIMITS as LIMITS } from '../settings/settings-limits'
import { pinSchema, settingsPatchSchema } from '../settings/settings-schema'
import { saleCompositionSchema } from '../selling/sale-composition-schema'
import { visibleTextSchema } from '../text/visible-text-schema'

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u

const freeText = (maxLength: number) => z.string().max(maxLength).regex(NO_CONTROL_CHARACTERS)

/**
 * Amounts cross IPC as integer cents. A non-integer is an amount with more than 2 decimals.
 * The owner's maximum is checked by the handler, since it changes with the settings.
 */
export const amountCentsSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const linkIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

const empty = z.strictObject({})

/** The cashier's note: shown in History, on the receipt and in SecPaid, so text a person sees. */
const chargeNoteSchema = visibleTextSchema(LIMITS.chargeNoteLength).optional()

const amountChargeSchema = z.strictObject({ amountCents: amountCentsSchema, note: chargeNoteSchema })
const composedChargeSchema = z.strictObject({ sale: saleCompositionSchema, note: chargeNoteSchema })

/**
 * One amount, or a composed sale when the request has `sale`. Chosen by that key rather than as a union, so a refusal
 * names the field that failed (`amountCents`, `sale.lines.0.quantity`) instead of "no variant matched".
 */
const chargeRequestSchema = z.unknown().transform((request, context): RequestOf<'charge'> => {
  const composed = typeof request === 'object' && request !== null && 'sale' in request
  const parsed = (composed ? composedChargeSchema : amountChargeSchema).safeParse(request)
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) context.addIssue({ ...issue })
  return z.NEVER
})

type RequestSchemas = { [C in Channel]: z.ZodType<RequestOf<C>, unknown> }

export const requestSchemas = {
  getSettings: empty,
  updateSettings: settingsPatchSchema,
  setApiKey: z.strictObject({
    apiKey: z
      .string()
      .trim()
      .min(LIMITS.apiKeyLength.min)
      .max(LIMITS.apiKeyLength.max)
      .regex(/^[\x21-\x7e]+$/),
    storeUnencrypted: z.boolean().optional()
  }),
  removeApiKey: empty,
  testConnection: empty,
  charge: chargeRequestSchema,
  resolveSale: z.strictObject({ reference: z.string().min(1).max(200).regex(NO_CONTROL_CHARACTERS) }),
  recoveredSale: empty,
  uncertainSale: empty,
  journalStatus: empty,
  watchLink: z.strictObject({ linkId: linkIdSchema }),
  unwatchLink: empty,
  cancelSale: z.strictObject({ linkId: linkIdSchema }),
  todaySummary: empty,
  listPending: z.strictObject({ search: freeText(LIMITS.searchLength.max).optional() }),
  simulatePayment: z.strictObject({ linkId: linkIdSchema }),
  unlockSettings: z.strictObject({
    pin: z.string().max(LIMITS.pinEntryDigits.max),
    purpose: z.enum(['settings', 'counter', 'dialog']).optional()
  }),
  lockSettings: empty,
  lockCounter: empty,
  lockStatus: empty,
  setSettingsPin: z.strictObject({ pin: pinSchema.nullable() }),
  quitApp: empty,
  customerDisplayInfo: empty,
  newPairingCode: empty,
  quoteSale: saleCompositionSchema,
  receiptFor: z.strictObject({ reference: z.string().min(1).max(200).regex(NO_CONTROL_CHARACTERS) }),
  printReceipt: z.strictObject({ reference: z.string().min(1).max(200).regex(NO_CONTROL_CHARACTERS) }),
  ...booksRequestSchemas,
  checkNow: z.strictObject({ reference: z.string().min(1).max(200).regex(NO_CONTROL_CHARACTERS) })
} satisfies RequestSchemas

/** The refusal for a request that failed its schema: which field, as data; the renderer says what it means. */
export function schemaRefusal(error: z.ZodError): IpcError {
  const issue = error.issues[0]
  const path =
    issue === undefined ? '' : issue.code === 'unrecognized_keys' ? issue.keys.join(',') : issue.path.join('.')
  return { code: 'invalid_request', field: path === '' ? null : path }
}
