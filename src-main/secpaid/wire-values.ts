import { z } from 'zod'

import { eurToCents } from './money'
import type { SplitRecipient } from './types'

// Readers for single values as SecPaid sends them, each accepting every spelling the API is known to use.

const DIGITS = /^\d+$/

/** `id` is a number in createLink, `linktopay_id` a string in the lists. */
export const linkIdValue = z.union([
  z.number().int().positive(),
  z.string().trim().regex(DIGITS, 'must be a whole number').transform(Number)
])

function eurAmount(options: { positive: boolean }) {
  return z.union([z.number(), z.string()]).transform((value, context) => {
    const cents = eurToCents(value)
    if (cents === null) {
      context.addIssue({
        code: 'custom',
        message: `${JSON.stringify(value)} is not a EUR amount with at most 2 decimals`
      })
      return z.NEVER
    }
    if (options.positive && cents <= 0) {
      context.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not an amount above 0` })
      return z.NEVER
    }
    return cents
  })
}

/** Any EUR amount, also a negative one (a refund in the pay-ins). */
export const centsValue = eurAmount({ positive: false })

/** What a link is for: an amount the customer can pay. */
export const positiveCentsValue = eurAmount({ positive: true })

// The readers below are for fields the app does not rely on: whatever SecPaid sends there (another type, garbage,
// nothing), they fall back instead of failing a good answer.

export const optionalCents = z
  .union([z.literal(''), centsValue])
  .nullish()
  .transform((value) => (typeof value === 'number' ? value : null))
  .catch(null)

/** Text, or a number written as text (`user_id` is a UUID string, older answers had numbers). */
export const optionalText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : String(value)))
  .catch(null)

const BOOLEAN_TEXT: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false }

/** Flags arrive as booleans, "true"/"false" or, for cancellation, "Yes"/"No"; absent or unreadable reads as `fallback`. */
export const flagValue = (fallback: boolean) =>
  z
    .union([z.boolean(), z.string(), z.number()])
    .nullish()
    .transform((value, context) => {
      if (value === null || value === undefined) return fallback
      if (typeof value === 'boolean') return value
      const flag = BOOLEAN_TEXT[String(value).trim().toLowerCase()]
      if (flag === undefined) {
        context.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a yes/no flag` })
        return z.NEVER
      }
      return flag
    })
    .catch(fallback)

const recipientList = z.array(
  z.object({
    token: z.string(),
    share: z.union([
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d+(\.\d+)?$/, 'must be a number')
        .transform(Number)
    ])
  })
)

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Split recipients: null, an array, or (in the lists) that array JSON-encoded into a string; unreadable reads as null. */
export const recipientsValue = z
  .union([z.literal(''), z.string().transform(parseJsonText).pipe(recipientList.nullable()), recipientList])
  .nullish()
  .transform((value): SplitRecipient[] | null => (Array.isArray(value) ? value : null))
  .catch(null)
