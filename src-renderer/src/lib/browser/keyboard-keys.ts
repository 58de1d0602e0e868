import type { EntryMode } from '../../../../src-preload/contract'
import type { DigitKey, KeypadKey } from '../model/amount-entry'

type KeyboardAction = { type: 'press'; key: KeypadKey } | { type: 'charge' } | { type: 'addLine' }

const DIGITS = new Set<string>(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
/** The numpad's decimal key reports ',' or '.' depending on the keyboard layout, 'Decimal' on old engines. */
const DECIMAL_KEYS = new Set([',', '.', 'Decimal'])
/** '+' from the main row or the numpad; 'Add' is the numpad's on old engines. */
const ADD_KEYS = new Set(['+', 'Add'])

/**
 * What a physical key (`KeyboardEvent.key`, main row or numpad) does on the keypad; null for keys it ignores. `code`
 * (`KeyboardEvent.code`) catches the numpad's "+" on layouts that report another `key` for it.
 */
export function keyboardAction(key: string, mode: EntryMode, code = ''): KeyboardAction | null {
  if (DIGITS.has(key)) return { type: 'press', key: key as DigitKey }
  if (key === 'Backspace') return { type: 'press', key: 'backspace' }
  if (key === 'Escape') return { type: 'press', key: 'clear' }
  if (key === 'Enter') return { type: 'charge' }
  if (ADD_KEYS.has(key) || code === 'NumpadAdd') return { type: 'addLine' }
  if (mode === 'decimal' && DECIMAL_KEYS.has(key)) return { type: 'press', key: 'decimal' }
  return null
}
