import { centsToDecimal, decimalSeparator, type Language } from '../../../../src-preload/contract/locale'

const EURO_INPUT = /^(\d{1,9})(?:[.,](\d{0,2}))?$/

/** "5000", "5000,5" or "5000.50" → integer cents; null for anything else (grouping separators are ambiguous). */
export function parseEuroInput(text: string): number | null {
  const match = EURO_INPUT.exec(text.trim())
  if (match === null) return null
  const [, whole = '0', fraction = ''] = match
  return Number.parseInt(whole, 10) * 100 + Number.parseInt(fraction.padEnd(2, '0'), 10)
}

/** Cents as an editable euro amount without grouping: 500000 → "5000,00" (de) or "5000.00" (en). */
export const centsToEuroInput = (cents: number, language: Language): string =>
  centsToDecimal(cents, decimalSeparator(language))
