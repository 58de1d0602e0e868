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

export const centsValue = z.union([z.number(), z.string()]).transform((value, context) => {
  const cents = eurToCents(value)
  if (cents === null) {
    context.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is not a EUR amount with at most 2 decimals`
    })
    return z.NEVER
  }
  return cents
})

export const optionalCents = z
  .union([z.literal(''), centsValue])
  .nullish()
  .transform((value) => (typeof value === 'number' ? value : null))

export const optionalText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : String(value)))

export const optionalInteger = z
  .union([z.number().int(), z.string().trim().regex(DIGITS, 'must be a whole number').transform(Number)])
  .nullish()
  .transform((value) => value ?? null)

const BOOLEAN_TEXT: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false }

/** Flags arrive as booleans, "true"/"false" or, for cancellation, "Yes"/"No"; absent reads as `fallback`. */
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

/** Split recipients: null, an array, or (in the lists) that array JSON-encoded into a string. */
export const recipientsValue = z
  .union([z.literal(''), z.string().transform(parseJsonText).pipe(recipientList.nullable()), recipientList])
  .nullish()
  .transform((value): SplitRecipient[] | null => (Array.isArray(value) ? value : null))
