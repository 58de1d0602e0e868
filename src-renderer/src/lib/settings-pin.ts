import type { MessageKey } from './i18n'

/** Main accepts 4–8 digits; checked here too, so a typo is explained before anything is sent. */
export const PIN_MIN_LENGTH = 4
export const PIN_MAX_LENGTH = 8

export const isValidPin = (pin: string): boolean => /^\d{4,8}$/.test(pin)

/** Digits only, at most as many as a PIN may have: what a PIN field keeps of whatever was typed or pasted. */
export const pinDigits = (typed: string): string => typed.replace(/\D/g, '').slice(0, PIN_MAX_LENGTH)

/** Why a new PIN and its repetition cannot be saved, or null when they can. */
export function newPinProblem(pin: string, repeated: string): MessageKey | null {
  if (!isValidPin(pin)) return 'pinInvalid'
  if (pin !== repeated) return 'pinMismatch'
  return null
}
