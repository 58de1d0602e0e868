import type { Language } from '../../../src-preload/contract'
import { LOCALES } from './i18n'

const formatters = new Map<string, Intl.NumberFormat>()

function euroFormatter(language: Language, fractionDigits: number): Intl.NumberFormat {
  const cacheKey = `${language}:${fractionDigits}`
  let formatter = formatters.get(cacheKey)
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(LOCALES[language], {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits
    })
    formatters.set(cacheKey, formatter)
  }
  return formatter
}

/** Integer cents as an exact decimal string ("4999" → "49.99"): Intl formats it without any float arithmetic. */
function centsToDecimal(cents: number): `${number}` {
  const digits = String(Math.abs(Math.trunc(cents))).padStart(3, '0')
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}` as `${number}`
}

/** de → "49,99 €", en → "€49.99". */
export function formatCents(cents: number, language: Language): string {
  return euroFormatter(language, 2).format(centsToDecimal(cents))
}

/**
 * An amount still being typed in decimal mode: `fraction` null before the decimal key, '' right after it,
 * so "12" shows as "12 €", "12," as "12, €" and "12,5" as "12,5 €".
 */
export function formatTypedAmount(whole: string, fraction: string | null, language: Language): string {
  const typedFraction = fraction ?? ''
  const parts = euroFormatter(language, typedFraction.length).formatToParts(
    `${whole}.${typedFraction === '' ? '0' : typedFraction}` as `${number}`
  )
  if (fraction !== '') return parts.map((part) => part.value).join('')
  const lastIntegerIndex = parts.findLastIndex((part) => part.type === 'integer')
  return parts
    .map((part, index) => (index === lastIntegerIndex ? part.value + decimalSymbol(language) : part.value))
    .join('')
}

function decimalSymbol(language: Language): string {
  return (
    euroFormatter(language, 1)
      .formatToParts(1.5)
      .find((part) => part.type === 'decimal')?.value ?? '.'
  )
}
