import { decimalSeparator, euroFormat, formatCents, type Language } from '../../../../src-preload/contract/locale'

/** de → "49,99 €", en → "€49.99": the one money text of every process (src-preload/contract/locale.ts). */
export { formatCents }

/**
 * An amount still being typed in decimal mode: `fraction` null before the decimal key, '' right after it,
 * so "12" shows as "12 €", "12," as "12, €" and "12,5" as "12,5 €".
 */
export function formatTypedAmount(whole: string, fraction: string | null, language: Language): string {
  const typedFraction = fraction ?? ''
  const parts = euroFormat(language, typedFraction.length).formatToParts(
    `${whole}.${typedFraction === '' ? '0' : typedFraction}` as `${number}`
  )
  if (fraction !== '') return parts.map((part) => part.value).join('')
  const lastIntegerIndex = parts.findLastIndex((part) => part.type === 'integer')
  return parts
    .map((part, index) => (index === lastIntegerIndex ? part.value + decimalSeparator(language) : part.value))
    .join('')
}
