import { z } from 'zod'
import type { Channel } from '../../src-preload/contract'
import {
  bankStatementDescriptionSchema,
  callbackUrlSchema,
  deviceNameSchema,
  entryModeSchema,
  lanDisplayPortSchema,
  environmentSchema,
  languageSchema,
  maxAmountCentsSchema,
  noteTemplateSchema,
  paidScreenSecondsSchema,
  paymentEndpointSchema,
  pinSchema
} from '../settings/settings-schema'

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u

const freeText = (maxLength: number) =>
  z
    .string()
    .max(maxLength, `must be at most ${maxLength} characters`)
    .regex(NO_CONTROL_CHARACTERS, 'must not contain control characters')

/**
 * Amounts cross IPC as integer cents. A non-integer is an amount with more than 2 decimals.
 * The owner's maximum is checked by the handler, since it changes with the settings.
 */
export const amountCentsSchema = z
  .number({ error: 'must be a number' })
  .refine(Number.isFinite, 'must be a finite number')
  .refine(Number.isInteger, 'must be whole cents (at most 2 decimals)')
  .refine((cents) => cents > 0, 'must be greater than zero')

export const linkIdSchema = z
  .number()
  .int('must be a whole number')
  .positive('must be positive')
  .max(Number.MAX_SAFE_INTEGER)

const empty = z.strictObject({})

export const requestSchemas = {
  getSettings: empty,
  updateSettings: z.strictObject({
    environment: environmentSchema.optional(),
    linkDefaults: z
      .strictObject({
        callbackUrl: callbackUrlSchema.optional(),
        paymentEndpoint: paymentEndpointSchema.optional(),
        cancellable: z.boolean().optional(),
        bankTransfer: z.boolean().optional(),
        bankStatementDescription: bankStatementDescriptionSchema.optional(),
        noteTemplate: noteTemplateSchema.optional()
      })
      .optional(),
    maxAmountCents: maxAmountCentsSchema.optional(),
    entryMode: entryModeSchema.optional(),
    language: languageSchema.optional(),
    deviceName: deviceNameSchema.optional(),
    paidSound: z.boolean().optional(),
    paidScreenSeconds: paidScreenSecondsSchema.optional(),
    kioskMode: z.boolean().optional(),
    customerWindow: z.boolean().optional(),
    lanDisplay: z.boolean().optional(),
    lanDisplayPort: lanDisplayPortSchema.optional()
  }),
  setApiKey: z.strictObject({
    apiKey: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(512, 'must be at most 512 characters')
      .regex(/^[\x21-\x7e]+$/, 'must be printable characters without spaces')
  }),
  removeApiKey: empty,
  testConnection: empty,
  charge: z.strictObject({
    amountCents: amountCentsSchema,
    note: freeText(100).optional()
  }),
  resolveSale: z.strictObject({
    reference: z
      .string()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .regex(NO_CONTROL_CHARACTERS, 'must not contain control characters')
  }),
  recoveredSale: empty,
  watchLink: z.strictObject({ linkId: linkIdSchema }),
  unwatchLink: empty,
  linkStatus: z.strictObject({ linkId: linkIdSchema }),
  cancelSale: z.strictObject({ linkId: linkIdSchema }),
  todaySummary: empty,
  exportSalesCsv: empty,
  listPending: z.strictObject({
    search: freeText(100).optional(),
    limit: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(1000, 'must be at most 1000')
      .optional()
  }),
  simulatePayment: z.strictObject({ linkId: linkIdSchema }),
  unlockSettings: z.strictObject({ pin: z.string().max(8, 'must be at most 8 digits') }),
  lockSettings: empty,
  setSettingsPin: z.strictObject({ pin: pinSchema.nullable() }),
  quitApp: empty,
  customerDisplayInfo: empty,
  newPairingCode: empty
} satisfies Record<Channel, z.ZodType>

/** One readable sentence from a schema failure, e.g. "amountCents must be greater than zero". */
export function describeSchemaError(error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue === undefined) return 'The request is invalid.'
  if (issue.code === 'unrecognized_keys') return `Unknown field: ${issue.keys.join(', ')}`
  const field = issue.path.join('.')
  return field === '' ? `The request ${issue.message}` : `${field} ${issue.message}`
}
