import type { NumberRange } from '../../../../src-preload/contract'
import type { MessageKey } from '../words/i18n'

/** Digits only, at most as many as a PIN may have: what a PIN field keeps of whatever was typed or pasted. */
export const pinDigits = (typed: string, digits: NumberRange): string => typed.replace(/\D/g, '').slice(0, digits.max)

/**
 * Why a new PIN and its repetition cannot be sent, or null when they can. The length comes from main's limits; main
 * checks the PIN again when it arrives.
 */
export function newPinProblem(pin: string, repeated: string, digits: NumberRange): MessageKey | null {
  if (pin.length < digits.min || pin.length > digits.max || !/^\d+$/.test(pin)) return 'pinInvalid'
  if (pin !== repeated) return 'pinMismatch'
  return null
}
