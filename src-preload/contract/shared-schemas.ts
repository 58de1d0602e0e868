import { z } from 'zod'

import { LANGUAGES } from './locale'
import { SETTINGS_LIMITS as LIMITS } from './settings-limits'

/**
 * The small schemas every request and event is built from, each defined once: main checks requests with them, the
 * preload checks events with them.
 */

/** No control character anywhere (line breaks are control characters). */
export const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u

/** Text without control characters (no line breaks either), up to `maxLength` UTF-16 units; a search, a file name. */
export const plainTextSchema = (maxLength: number) => z.string().max(maxLength).regex(NO_CONTROL_CHARACTERS)

/** A sale's reference as the renderer names it back to main. */
export const referenceSchema = plainTextSchema(200).min(1)

/**
 * Amounts cross IPC as integer cents. A non-integer is an amount with more than 2 decimals. The owner's maximum is
 * checked by the handler, since it changes with the settings.
 */
export const amountCentsSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const linkIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const languageSchema = z.enum(LANGUAGES)

/** A new PIN, as the owner sets it (`limits.pinDigits`). */
export const pinSchema = z.string().regex(new RegExp(`^\\d{${LIMITS.pinDigits.min},${LIMITS.pinDigits.max}}$`))

/** A PIN as typed to unlock: checked against the stored one, so only its length is bounded here. */
export const pinEntrySchema = z.string().max(LIMITS.pinEntryDigits.max)

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** True for a real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  if (!DAY_PATTERN.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/** A local calendar day, YYYY-MM-DD. */
export const daySchema = z.string().refine(isCalendarDay)

/** The request of a channel that takes nothing. */
export const emptySchema = z.strictObject({})
