import { z } from 'zod'

import { SETTINGS_LIMITS as LIMITS } from './settings-limits'
import type { TaxSettings } from './tax'
import { visibleTextSchema } from './visible-text-schema'

/** A VAT rate in whole percent, as settings, products and sale lines carry it. */
export const vatRateSchema = z.number().int().min(LIMITS.vatRatePercent.min).max(LIMITS.vatRatePercent.max)

/** The shop's VAT settings: distinct rates, the default among them. */
export const taxSettingsSchema = z
  .strictObject({
    rates: z
      .array(vatRateSchema)
      .min(LIMITS.vatRates.min)
      .max(LIMITS.vatRates.max)
      .refine((rates) => new Set(rates).size === rates.length),
    defaultRate: vatRateSchema,
    smallBusiness: z.boolean(),
    taxNumber: visibleTextSchema(LIMITS.taxNumberLength)
  })
  .refine((tax) => tax.rates.includes(tax.defaultRate), { path: ['defaultRate'] }) satisfies z.ZodType<TaxSettings>
