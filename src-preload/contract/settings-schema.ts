import { z } from 'zod'

import type { EditableSettings, PublicSettings, SettingsPatch } from './settings'
import { SETTINGS_LIMITS as LIMITS } from './settings-limits'
import { languageSchema, NO_CONTROL_CHARACTERS } from './shared-schemas'
import { taxSettingsSchema, vatRateSchema } from './tax-settings-schema'
import { visibleTextSchema } from './visible-text-schema'

/**
 * The one schema of the owner's editable settings. The stored, patch and public shapes, and the IPC request schemas
 * that carry settings, are derived from it.
 */

const urlOrIndex = (value: string): boolean => /^\d{1,3}$/.test(value) || isHttpUrl(value)

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

const integerIn = (range: { min: number; max: number }) => z.number().int().min(range.min).max(range.max)

export const environmentSchema = z.enum(['demo', 'development', 'production'])
const entryModeSchema = z.enum(['cents', 'decimal'])

const callbackUrlSchema = z
  .string()
  .trim()
  .max(LIMITS.callbackUrlLength.max)
  .refine((value) => value === '' || urlOrIndex(value))

const paymentEndpointSchema = z
  .string()
  .trim()
  .max(LIMITS.paymentEndpointLength.max)
  .refine((value) => value === '' || value.split(',').every((part) => urlOrIndex(part.trim())))

const noteTemplateSchema = visibleTextSchema(LIMITS.noteTemplateLength)

const deviceNameSchema = z
  .string()
  .trim()
  .regex(new RegExp(`^[A-Za-z0-9_-]{${LIMITS.deviceNameLength.min},${LIMITS.deviceNameLength.max}}$`))

const bankStatementDescriptionSchema = visibleTextSchema(LIMITS.bankStatementDescriptionLength)

export const linkDefaultsSchema = z.strictObject({
  callbackUrl: callbackUrlSchema,
  paymentEndpoint: paymentEndpointSchema,
  cancellable: z.boolean(),
  bankTransfer: z.boolean(),
  bankStatementDescription: bankStatementDescriptionSchema,
  noteTemplate: noteTemplateSchema
})

const textUpTo = (range: { max: number }) => z.string().trim().max(range.max).regex(NO_CONTROL_CHARACTERS)

// What the receipt prints and the customer display shows: text a person sees, one schema for all of it.
const shopDetailsSchema = z.strictObject({
  name: visibleTextSchema(LIMITS.shopNameLength),
  address: visibleTextSchema({ ...LIMITS.shopAddressLength, lines: true }),
  vatId: visibleTextSchema(LIMITS.vatIdLength)
})

const receiptSettingsSchema = z.strictObject({
  paper: z.enum(['mm58', 'mm80', 'a4']),
  printerName: textUpTo(LIMITS.printerNameLength),
  silentPrint: z.boolean(),
  printOnPaid: z.boolean()
})

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/)
const colourSchema = z.string().regex(/^(#[0-9a-f]{6})?$/)
const LOCAL_DAY = /^\d{4}-\d{2}-\d{2}$/

// The catalogue's fields default to empty, so a product saved by an earlier version (or sent without them) stays valid.
export const productSchema = z.strictObject({
  id: idSchema,
  name: visibleTextSchema(LIMITS.productNameLength),
  priceCents: integerIn(LIMITS.productPriceCents),
  colour: colourSchema,
  categoryId: z.union([z.literal(''), idSchema]).default(''),
  code: z
    .string()
    .trim()
    .regex(new RegExp(`^[A-Za-z0-9]{${LIMITS.productCodeLength.min},${LIMITS.productCodeLength.max}}$`))
    .default(''),
  soldOutOn: z.union([z.literal(''), z.string().regex(LOCAL_DAY)]).default(''),
  vatRate: vatRateSchema.optional()
})

/** Ids unique, and codes unique regardless of case (the cashier types "k1" for "K1"). */
const productsSchema = z
  .array(productSchema)
  .max(LIMITS.products.max)
  .refine((products) => new Set(products.map((product) => product.id)).size === products.length)
  .refine((products) => {
    const codes = products.map((product) => product.code.toLowerCase()).filter((code) => code !== '')
    return new Set(codes).size === codes.length
  })

export const categorySchema = z.strictObject({
  id: idSchema,
  name: visibleTextSchema(LIMITS.categoryNameLength),
  colour: colourSchema
})

const categoriesSchema = z
  .array(categorySchema)
  .max(LIMITS.categories.max)
  .refine((categories) => new Set(categories.map((category) => category.id)).size === categories.length)

const tipSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  percentPresets: z.array(integerIn(LIMITS.tipPercent)).max(LIMITS.tipPresets.max),
  roundUp: z.boolean()
})

export const tipKindSchema = z.enum(['staff', 'shop'])

// A WPA passphrase is 8 to 63 printable ASCII characters; empty means an open network.
const wifiPasswordSchema = z
  .string()
  .regex(/^[\x20-\x7e]*$/)
  .refine(
    (value) =>
      value === '' || (value.length >= LIMITS.wifiPasswordLength.min && value.length <= LIMITS.wifiPasswordLength.max)
  )

const customerScreenSchema = z.strictObject({
  idleMessage: visibleTextSchema(LIMITS.idleMessageLength),
  wifi: z
    .strictObject({
      show: z.boolean(),
      ssid: z.string().max(LIMITS.wifiSsidLength.max).regex(NO_CONTROL_CHARACTERS),
      password: wifiPasswordSchema
    })
    // Shown only with a network to join.
    .refine((wifi) => !wifi.show || wifi.ssid !== '')
})

/** 0 (links wait until paid or cancelled) or a number of minutes the owner may choose. */
export const linkExpirySchema = z.strictObject({
  minutes: z.union([z.literal(0), integerIn(LIMITS.linkExpiryMinutes)])
})

export const editableSettingsSchema = z.strictObject({
  environment: environmentSchema,
  linkDefaults: linkDefaultsSchema,
  maxAmountCents: integerIn(LIMITS.maxAmountCents),
  entryMode: entryModeSchema,
  language: languageSchema,
  deviceName: deviceNameSchema,
  paidSound: z.boolean(),
  paidScreenSeconds: integerIn(LIMITS.paidScreenSeconds),
  kioskMode: z.boolean(),
  customerWindow: z.boolean(),
  lanDisplay: z.boolean(),
  lanDisplayPort: integerIn(LIMITS.lanDisplayPort),
  tillsOnKey: integerIn(LIMITS.tillsOnKey),
  slowCheckAfterHours: integerIn(LIMITS.slowCheckAfterHours),
  shop: shopDetailsSchema,
  receipt: receiptSettingsSchema,
  products: productsSchema,
  categories: categoriesSchema,
  tips: tipSettingsSchema,
  tipKind: tipKindSchema,
  tax: taxSettingsSchema,
  autoLockMinutes: integerIn(LIMITS.autoLockMinutes),
  autoLockScope: z.enum(['everything', 'owner']),
  customerScreen: customerScreenSchema,
  linkExpiry: linkExpirySchema
}) satisfies z.ZodType<EditableSettings>

/** Any subset of the editable settings, the link defaults too field by field. */
export const settingsPatchSchema = editableSettingsSchema
  .extend({ linkDefaults: linkDefaultsSchema.partial() })
  .partial() satisfies z.ZodType<SettingsPatch>

const numberRange = z.strictObject({ min: z.number(), max: z.number() })

const keyStorageSchema = z.enum(['encrypted', 'weak', 'unavailable'])

export const publicSettingsSchema = editableSettingsSchema.extend({
  tillId: z.string(),
  hasKey: z.boolean(),
  keyStatus: z.discriminatedUnion('state', [
    z.strictObject({ state: z.literal('none') }),
    z.strictObject({ state: z.literal('set'), storedAs: keyStorageSchema }),
    z.strictObject({ state: z.literal('undecryptable') })
  ]),
  keyStorage: keyStorageSchema,
  settingsFile: z.discriminatedUnion('writable', [
    z.strictObject({ writable: z.literal(true) }),
    z.strictObject({ writable: z.literal(false), errno: z.string().nullable() })
  ]),
  demo: z.boolean(),
  pinSet: z.boolean(),
  pinWrongTries: z.strictObject({ sinceLastCorrect: z.number(), beforeLastCorrect: z.number() }),
  repairedAtStart: z.array(
    z.discriminatedUnion('code', [
      z.strictObject({ code: z.literal('all_reset') }),
      z.strictObject({ code: z.literal('field_reset'), field: z.string() }),
      z.strictObject({ code: z.literal('api_key_removed') }),
      z.strictObject({ code: z.literal('pin_removed') }),
      z.strictObject({ code: z.literal('till_id_renewed') })
    ])
  ),
  limits: z.strictObject(
    Object.fromEntries(Object.keys(LIMITS).map((name) => [name, numberRange])) as Record<
      keyof typeof LIMITS,
      typeof numberRange
    >
  )
}) satisfies z.ZodType<PublicSettings>
