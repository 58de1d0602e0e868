import { centsToDecimal } from '../../src-preload/contract/locale'
import type { Cents } from './types'

const DECIMAL_EUR = /^(-?)(\d+)(?:\.(\d{1,2}))?$/

/**
 * Parses a EUR amount as SecPaid sends it ("25.00", "100.5", 25, 19.99) into integer cents, or null when it is
 * not an amount with at most 2 decimals. Works on the decimal digits, never on `x * 100`, so 1.15 is 115, not 114.
 */
export function eurToCents(value: number | string): Cents | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return null
  // For a number, String() gives the shortest decimal that round-trips: 19.99 → "19.99", 0.1 + 0.2 → "0.30000000000000004".
  const match = DECIMAL_EUR.exec(typeof value === 'number' ? String(value) : value.trim())
  if (match === null) return null
  const [, sign, euros = '', fraction = ''] = match
  const cents = Number(euros) * 100 + Number(fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return null
  return sign === '-' && cents !== 0 ? -cents : cents
}

/** The EUR number SecPaid's request bodies expect; exact, because the nearest double to n/100 prints as n/100. */
export const centsToEur = (cents: Cents): number => cents / 100

/** "25.00"-style string, as SecPaid writes amounts in lists. */
export const centsToDecimalString = (cents: Cents): string => centsToDecimal(cents)
