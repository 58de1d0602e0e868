import type { IpcError, NumberRange, SettingField, SettingsPatch } from '../../../src-preload/contract'
import { parseEuroInput } from './euro-input'

export type CheckedPatch = { patch: SettingsPatch } | { refused: IpcError }

const refuse = (field: SettingField): CheckedPatch => ({ refused: { code: 'invalid_request', field } })

/** A whole number as typed within main's range, or null. */
export function parseWholeNumber(text: string, range: NumberRange): number | null {
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
