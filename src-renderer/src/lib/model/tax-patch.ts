import type { IpcError, SettingsLimits, SettingsPatch } from '../../../../src-preload/contract'

/** The VAT settings with the rates as typed ("19, 7, 0"). */
export interface TaxDraft {
  rates: string
  defaultRate: number
  smallBusiness: boolean
  taxNumber: string
}

type CheckedPatch = { patch: SettingsPatch } | { refused: IpcError }

/** "19, 7, 0" → [19, 7, 0]; null for anything that is not a list of whole numbers. */
export function parseRates(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (!parts.every((part) => /^\d{1,2}$/.test(part))) return null
  return parts.map((part) => Number.parseInt(part, 10))
}

/**
 * The VAT settings as main will check them: distinct rates within main's limits. A default rate no longer among the
 * rates becomes the first rate, so removing a rate never leaves the settings refused for a choice not on screen.
 */
export const taxPatch =
  (limits: Pick<SettingsLimits, 'vatRatePercent' | 'vatRates' | 'taxNumberLength'>) =>
  ({ rates: typed, defaultRate, smallBusiness, taxNumber }: TaxDraft): CheckedPatch => {
    const rates = parseRates(typed)
    const valid =
      rates !== null &&
      rates.length >= limits.vatRates.min &&
      rates.length <= limits.vatRates.max &&
      new Set(rates).size === rates.length &&
      rates.every((rate) => rate >= limits.vatRatePercent.min && rate <= limits.vatRatePercent.max)
    if (!valid) return { refused: { code: 'invalid_request', field: 'tax.rates' } }
    const chosen = rates.includes(defaultRate) ? defaultRate : (rates[0] ?? defaultRate)
    return { patch: { tax: { rates, defaultRate: chosen, smallBusiness, taxNumber: taxNumber.trim() } } }
  }
