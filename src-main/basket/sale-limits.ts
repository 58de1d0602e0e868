/**
 * Bounds of one composed sale. 50 lines is more than a counter sale has and keeps the journal line and the quote
 * small; 999 of one item fits a three-digit quantity field and keeps every product below 2^53 cents.
 */
export const SALE_LIMITS = {
  lines: { min: 1, max: 50 },
  quantity: { min: 1, max: 999 }
} as const
