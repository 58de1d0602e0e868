import { eurToCents } from '../secpaid/money'
import { MESSAGES } from './envelope'

// Readers for request body fields; JSON bodies carry numbers and booleans, form bodies only strings.

export type Read<T> = { ok: true; value: T } | { ok: false; message: string }

const isBlank = (value: unknown) => value === undefined || value === null || value === ''

export function readAmountCents(value: unknown): Read<number> {
  if (isBlank(value)) return { ok: false, message: MESSAGES.missingAmount }
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (!/^-?\d+(\.\d+)?$/.test(text) || !Number.isFinite(Number(text)))
    return { ok: false, message: MESSAGES.amountNotNumber }
  if (Number(text) <= 0) return { ok: false, message: MESSAGES.amountNotPositive }
  if (/\.\d{3,}$/.test(text)) return { ok: false, message: MESSAGES.amountTooPrecise }
  const cents = eurToCents(text)
  return cents === null ? { ok: false, message: MESSAGES.amountTooLarge } : { ok: true, value: cents }
}

export function readLinkId(value: unknown): Read<number> {
  if (isBlank(value)) return { ok: false, message: MESSAGES.missingLinkId }
  const text = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : ''
  return /^\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, message: MESSAGES.invalidLinkId }
}

export function readText(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return null
}

export function readFlag(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string' && typeof value !== 'number') return fallback
  const text = String(value).trim().toLowerCase()
  if (text === 'true' || text === '1') return true
  if (text === 'false' || text === '0') return false
  return fallback
}

/** A positive whole number, capped; anything else falls back to the default, as a lenient API would. */
export function readCount<Fallback extends number | null | undefined>(
  value: unknown,
  fallback: Fallback,
  max: number
): number | Fallback {
  const text = readText(value)?.trim() ?? ''
  if (!/^\d+$/.test(text) || Number(text) === 0) return fallback
  return Math.min(Number(text), max)
}

export function readSearch(value: unknown): string | null {
  const text = readText(value)?.trim()
  return text ? text : null
}

/** refund_amount in cents; null when it is no amount with at most 2 decimals (SecPaid: "Invalid refund amount"). */
export function readRefundAmountCents(value: unknown): number | null | 'missing' {
  if (isBlank(value)) return 'missing'
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  return /^-?\d+(\.\d{1,2})?$/.test(text) ? eurToCents(text) : null
}
