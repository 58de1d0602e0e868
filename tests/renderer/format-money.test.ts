import { describe, expect, it } from 'vitest'

import { formatCents } from '../../src-renderer/src/lib/format/format-money'

/** German puts a no-break space (U+00A0) between amount and €, as Node's ICU and Chromium both do. */
const NBSP = '\u00a0'

describe('formatCents', () => {
  it('formats German amounts as "49,99 €" with a no-break space', () => {
    expect(formatCents(4999, 'de')).toBe(`49,99${NBSP}€`)
  })

  it('formats English amounts as "€49.99"', () => {
    expect(formatCents(4999, 'en')).toBe('€49.99')
  })

  it('formats zero with two decimals', () => {
    expect(formatCents(0, 'de')).toBe(`0,00${NBSP}€`)
    expect(formatCents(0, 'en')).toBe('€0.00')
  })

  it('formats amounts below one euro', () => {
    expect(formatCents(5, 'de')).toBe(`0,05${NBSP}€`)
    expect(formatCents(50, 'en')).toBe('€0.50')
  })

  it('groups thousands in large amounts without losing a cent', () => {
    expect(formatCents(500_000, 'de')).toBe(`5.000,00${NBSP}€`)
    expect(formatCents(99_999_999_999, 'de')).toBe(`999.999.999,99${NBSP}€`)
    expect(formatCents(99_999_999_999, 'en')).toBe('€999,999,999.99')
  })
})
