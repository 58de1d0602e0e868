import type { EntryMode, Language } from '../../../../src-preload/contract'
import { formatCents, formatTypedAmount } from '../format/format-money'

export type DigitKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'
export type KeypadKey = DigitKey | '00' | 'decimal' | 'backspace' | 'clear'

/** 999,999,999.99 € at most: far below Number.MAX_SAFE_INTEGER cents, and more than any SecPaid link allows. */
export const MAX_WHOLE_EURO_DIGITS = 9
const MAX_FRACTION_DIGITS = 2

/**
 * What the cashier has typed, kept as digit strings so nothing is ever a float.
 * Cents-first: every digit shifts in from the right (1, 2, 3 → 1,23 €).
 * Decimal: digits are whole euros until the decimal key; `fraction` is null before it, '' right after it.
 */
export type AmountEntry =
  | { readonly mode: 'cents'; readonly digits: string }
  | { readonly mode: 'decimal'; readonly whole: string; readonly fraction: string | null }

export function emptyEntry(mode: EntryMode): AmountEntry {
  return mode === 'cents' ? { mode, digits: '' } : { mode, whole: '', fraction: null }
}

export function pressKey(entry: AmountEntry, key: KeypadKey): AmountEntry {
  if (key === 'clear') return emptyEntry(entry.mode)
  if (key === '00') return pressKey(pressKey(entry, '0'), '0')
  return entry.mode === 'cents' ? pressCentsKey(entry, key) : pressDecimalKey(entry, key)
}

type CentsEntry = Extract<AmountEntry, { mode: 'cents' }>
type DecimalEntry = Extract<AmountEntry, { mode: 'decimal' }>

function pressCentsKey(entry: CentsEntry, key: DigitKey | 'decimal' | 'backspace'): CentsEntry {
  if (key === 'decimal') return entry
  if (key === 'backspace') return { ...entry, digits: entry.digits.slice(0, -1) }
  if (entry.digits === '' && key === '0') return entry
  if (entry.digits.length >= MAX_WHOLE_EURO_DIGITS + MAX_FRACTION_DIGITS) return entry
  return { ...entry, digits: entry.digits + key }
}

function pressDecimalKey(entry: DecimalEntry, key: DigitKey | 'decimal' | 'backspace'): DecimalEntry {
  const { whole, fraction } = entry
  if (key === 'backspace') {
    if (fraction === null) return { ...entry, whole: whole.slice(0, -1) }
    return { ...entry, fraction: fraction === '' ? null : fraction.slice(0, -1) }
  }
  if (key === 'decimal') return fraction === null ? { ...entry, fraction: '' } : entry
  if (fraction !== null) {
    return fraction.length < MAX_FRACTION_DIGITS ? { ...entry, fraction: fraction + key } : entry
  }
  if (whole === '' && key === '0') return entry
  return whole.length < MAX_WHOLE_EURO_DIGITS ? { ...entry, whole: whole + key } : entry
}

/** The entry that shows `cents` in `mode`, as if typed: how a changed sale's amount comes back to the keypad. */
export function entryOfCents(cents: number, mode: EntryMode): AmountEntry {
  if (cents <= 0) return emptyEntry(mode)
  if (mode === 'cents') return { mode, digits: String(cents) }
  const whole = Math.floor(cents / 100)
  const fraction = cents % 100
  return {
    mode,
    whole: whole === 0 ? '' : String(whole),
    fraction: fraction === 0 ? null : String(fraction).padStart(2, '0')
  }
}

export function entryCents(entry: AmountEntry): number {
  if (entry.mode === 'cents') return entry.digits === '' ? 0 : Number.parseInt(entry.digits, 10)
  const whole = entry.whole === '' ? 0 : Number.parseInt(entry.whole, 10)
  const fraction = Number.parseInt((entry.fraction ?? '').padEnd(MAX_FRACTION_DIGITS, '0'), 10)
  return whole * 100 + fraction
}

/** The amount as the cashier sees it while typing: in decimal mode exactly what was typed ("12," → "12, €"). */
export function entryDisplay(entry: AmountEntry, language: Language): string {
  if (entry.mode === 'cents' || (entry.whole === '' && entry.fraction === null)) {
    return formatCents(entryCents(entry), language)
  }
  return formatTypedAmount(entry.whole === '' ? '0' : entry.whole, entry.fraction, language)
}
