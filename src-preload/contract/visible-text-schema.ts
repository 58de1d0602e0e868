import { z } from 'zod'

/**
 * Characters that change how text is shown, or hide text, without being seen themselves:
 * - every format character (\p{Cf}): the bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), the
 *   Arabic letter mark (U+061C), the zero-width space, joiners and marks (U+200B–200F), the word joiner and invisible
 *   operators (U+2060–2064), the byte-order mark (U+FEFF), soft hyphen, Unicode tags (U+E0000–E007F) and the like;
 * - the line and paragraph separators (U+2028, U+2029), which break a line where no line break may be;
 * - lone surrogates (\p{Cs}), which are no character at all and turn into U+FFFD or fail on the way to SecPaid;
 * - letters and marks that render as nothing (the combining grapheme joiner, Hangul fillers, Khmer inherent vowels,
 *   Mongolian variation selectors) and the supplementary variation selectors, which can carry hidden text.
 * A reference like "POS-…-0042" with U+202E in a note, or a product "Coffee" with a zero-width space, would otherwise
 * read on the receipt, in History or in SecPaid as something it is not. The combining marks stand outside the class:
 * inside it they would read as joined to the character before.
 */
const HIDDEN_CHARACTERS =
  /[\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]|\u034F|\u17B4|\u17B5|[\u180B-\u180F]|[\u{E0100}-\u{E01EF}]/gu

/**
 * Combining marks with no character of their own before them (at the start, or after a space): shown, they sit on
 * whatever stands before the field (the reference in SecPaid's note, the quantity on a receipt) or float alone, and a
 * name of nothing but marks looks empty. A mark on a letter stays.
 */
const MARKS_ON_NOTHING = /(^|\s)\p{M}+/gu

/** The text without the characters that change how it shows (see HIDDEN_CHARACTERS) and marks on nothing. */
const withoutHiddenCharacters = (text: string): string =>
  text.replace(HIDDEN_CHARACTERS, '').replace(MARKS_ON_NOTHING, '$1')

/**
 * Length in characters: Unicode code points, not UTF-16 units (JavaScript's `length` counts 🍰 as 2) nor UTF-8 bytes
 * (4 for 🍰). Every bound on text a person sees counts these: a receipt is laid out by Chromium, which wraps and
 * prints glyphs, not a byte buffer of the printer's; SecPaid documents no bound on its text fields
 * (docs/secpaid.md, createLink) and a text column (MySQL utf8mb4 VARCHAR, Laravel's `max:`) counts characters.
 */
export const characterCount = (text: string): number => [...text].length

const SINGLE_LINE = /^[^\p{Cc}]*$/u
// Lines of an address: line breaks allowed, other control characters not.
const LINES = /^(?:[^\p{Cc}]|\n)*$/u

/**
 * The one schema for text a person sees (notes, product names, the shop's name and address, VAT id, the reference
 * template, the bank statement text): hidden characters are stripped where the text enters, then it is trimmed, and
 * refused when it holds a control character (a line break only where `lines` allows it) or has more or fewer
 * characters than its bounds (counted as `characterCount` says).
 */
export const visibleTextSchema = ({ min = 0, max, lines = false }: { min?: number; max: number; lines?: boolean }) =>
  z
    .string()
    .overwrite(withoutHiddenCharacters)
    .trim()
    .regex(lines ? LINES : SINGLE_LINE)
    .refine((text) => {
      const count = characterCount(text)
      return count >= min && count <= max
    })
