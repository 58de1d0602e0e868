import type {
  IpcError,
  NumberRange,
  Product,
  SettingField,
  SettingsLimits,
  SettingsPatch
} from '../../../../src-preload/contract'
import { parseEuroInput } from '../format/euro-input'
import { characterCount } from './characters'

type CheckedPatch = { patch: SettingsPatch } | { refused: IpcError }

/** Refused here, named as main's schema would name it: a setting, or a path inside one (`products.2.name`). */
const refuse = (field: SettingField | `${SettingField}.${string}`): CheckedPatch => ({
  refused: { code: 'invalid_request', field }
})

/** A whole number as typed within main's range, or null. */
function parseWholeNumber(text: string, range: NumberRange): number | null {
  if (!/^\d{1,9}$/.test(text.trim())) return null
  const value = Number.parseInt(text.trim(), 10)
  return value >= range.min && value <= range.max ? value : null
}

export type WholeNumberField =
  'paidScreenSeconds' | 'slowCheckAfterHours' | 'lanDisplayPort' | 'autoLockMinutes' | 'tillsOnKey'

/** A number setting typed as text: refused here, with main's limits, when main would refuse it too. */
export const wholeNumberPatch =
  (field: WholeNumberField, range: NumberRange) =>
  (text: string): CheckedPatch => {
    const value = parseWholeNumber(text, range)
    return value === null ? refuse(field) : { patch: { [field]: value } }
  }

/** The maximum charge typed in euros, saved as cents. */
export const maxAmountPatch =
  (range: NumberRange) =>
  (text: string): CheckedPatch => {
    const cents = parseEuroInput(text)
    return cents === null || cents < range.min || cents > range.max
      ? refuse('maxAmountCents')
      : { patch: { maxAmountCents: cents } }
  }

/** A product row as typed: the price stays text until it is saved, so typing never jumps. */
export interface ProductDraft {
  id: string
  name: string
  price: string
  colour: string
  categoryId: string
  code: string
  /** Kept as main holds it: the cashier marks sold out on the keypad screen. */
  soldOutOn: string
  /** One of the shop's VAT rates; absent, the product takes the default rate. */
  vatRate?: number
}

const PRODUCT_CODE = /^[A-Za-z0-9]*$/

/**
 * The whole list of quick keys, or the first row main would refuse, named as main names it (`products.2.name`): a
 * half-typed product is refused on screen, never dropped.
 */
export const productsPatch =
  (limits: Pick<SettingsLimits, 'productNameLength' | 'productPriceCents' | 'productCodeLength'>) =>
  (rows: readonly ProductDraft[]): CheckedPatch => {
    const products: Product[] = []
    const codes = new Set<string>()
    for (const [index, row] of rows.entries()) {
      const name = row.name.trim()
      const length = characterCount(name)
      if (length < limits.productNameLength.min || length > limits.productNameLength.max) {
        return refuse(`products.${index}.name`)
      }
      const priceCents = parseEuroInput(row.price)
      if (
        priceCents === null ||
        priceCents < limits.productPriceCents.min ||
        priceCents > limits.productPriceCents.max
      ) {
        return refuse(`products.${index}.priceCents`)
      }
      const code = row.code.trim()
      if (!PRODUCT_CODE.test(code) || code.length > limits.productCodeLength.max || codes.has(code.toLowerCase())) {
        return refuse(`products.${index}.code`)
      }
      if (code !== '') codes.add(code.toLowerCase())
      products.push({
        id: row.id,
        name,
        priceCents,
        colour: row.colour,
        categoryId: row.categoryId,
        code,
        soldOutOn: row.soldOutOn,
        ...(row.vatRate === undefined ? {} : { vatRate: row.vatRate })
      })
    }
    return { patch: { products } }
  }

/** The tip settings with the percents as typed ("5, 10, 15"). */
export interface TipsDraft {
  enabled: boolean
  presets: string
  roundUp: boolean
}

/** "5, 10, 15" → [5, 10, 15]; null for anything that is not a list of whole numbers. */
function parsePercentPresets(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (!parts.every((part) => /^\d{1,3}$/.test(part))) return null
  return parts.map((part) => Number.parseInt(part, 10))
}

export const tipsPatch =
  (limits: Pick<SettingsLimits, 'tipPercent' | 'tipPresets'>) =>
  ({ enabled, presets, roundUp }: TipsDraft): CheckedPatch => {
    const percentPresets = parsePercentPresets(presets)
    const valid =
      percentPresets !== null &&
      percentPresets.length <= limits.tipPresets.max &&
      percentPresets.every((percent) => percent >= limits.tipPercent.min && percent <= limits.tipPercent.max)
    return valid ? { patch: { tips: { enabled, percentPresets, roundUp } } } : refuse('tips.percentPresets')
  }
