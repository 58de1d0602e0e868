import { z } from 'zod'
import type { RequestOf } from '../../src-preload/contract'
import { SETTINGS_LIMITS } from '../settings/settings-limits'
import type { BooksChannel } from './books-handlers'
import { isCalendarDay } from './local-day'

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u
const day = z.string().refine(isCalendarDay)
const reference = z.string().min(1).max(200).regex(NO_CONTROL_CHARACTERS)
const range = z.strictObject({ from: day, to: day })

/** The books' requests, checked like every other channel's before a handler runs. */
export const booksRequestSchemas = {
  salesHistory: z.strictObject({
    day: day.optional(),
    from: day.optional(),
    to: day.optional(),
    search: z.string().max(SETTINGS_LIMITS.searchLength.max).regex(NO_CONTROL_CHARACTERS).optional(),
    cursor: z.string().max(40).optional(),
    limit: z.number().int().min(1).max(200).optional()
  }),
  saleDetail: z.strictObject({ reference }),
  refundSale: z.strictObject({
    reference,
    amountCents: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    pin: z.string().max(SETTINGS_LIMITS.pinEntryDigits.max).optional()
  }),
  dayClose: range,
  salesRows: range,
  saveFile: z.strictObject({
    fileName: z.string().max(200),
    kind: z.enum(['csv']),
    // Size is checked by main (books/file-output.ts) so the refusal can say "size".
    content: z.string()
  }),
  printPage: z.strictObject({}),
  savePageAsPdf: z.strictObject({ fileName: z.string().max(200) })
} satisfies { [C in BooksChannel]: z.ZodType<RequestOf<C>, unknown> }
