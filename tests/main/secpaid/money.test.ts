import { describe, expect, it } from 'vitest'

import { centsToDecimalString, centsToEur, eurToCents } from '../../../src-main/secpaid/money'

describe('eurToCents parses EUR amounts exactly', () => {
  it('reads SecPaid decimal strings: "25.00" is 2500, "100.00" is 10000, "100.5" is 10050, "7" is 700', () => {
    expect(eurToCents('25.00')).toBe(2500)
    expect(eurToCents('100.00')).toBe(10000)
    expect(eurToCents('100.5')).toBe(10050)
    expect(eurToCents('7')).toBe(700)
    expect(eurToCents(' 0.01 ')).toBe(1)
  })

  it('reads JSON numbers whose x*100 is not whole in floating point: 1.15 → 115, 19.99 → 1999, 4.35 → 435', () => {
    expect(1.15 * 100).not.toBe(115)
    expect(eurToCents(1.15)).toBe(115)
    expect(eurToCents(19.99)).toBe(1999)
    expect(eurToCents(4.35)).toBe(435)
    expect(eurToCents(25)).toBe(2500)
  })

  it('refuses a float sum that is not a 2-decimal amount (0.1 + 0.2) but reads 0.3 itself', () => {
    expect(eurToCents(0.1 + 0.2)).toBeNull()
    expect(eurToCents(0.3)).toBe(30)
  })

  it('refuses more than 2 decimals: "19.999" and 1.005 are null', () => {
    expect(eurToCents('19.999')).toBeNull()
    expect(eurToCents(1.005)).toBeNull()
  })

  it('keeps the sign of a negative amount: "-5.50" → -550, "-0.05" → -5, "-0.00" → 0', () => {
    expect(eurToCents('-5.50')).toBe(-550)
    expect(eurToCents(-0.05)).toBe(-5)
    expect(eurToCents('-0.00')).toBe(0)
  })

  it('returns null for garbage: empty, letters, commas, exponents, NaN, Infinity', () => {
    for (const garbage of ['', 'abc', '25,00', '1e3', '.5', '5.', '1.2.3', '€5', '+5'])
      expect(eurToCents(garbage)).toBeNull()
    expect(eurToCents(Number.NaN)).toBeNull()
    expect(eurToCents(Number.POSITIVE_INFINITY)).toBeNull()
    expect(eurToCents(1e21)).toBeNull()
  })

  it('handles large amounts up to the safe-integer limit of cents and refuses beyond it', () => {
    expect(eurToCents('1234567.89')).toBe(123456789)
    expect(eurToCents('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER)
    expect(eurToCents('90071992547409.92')).toBeNull()
    expect(eurToCents('99999999999999999999.00')).toBeNull()
  })
})

describe('cents back to EUR', () => {
  it('centsToEur gives the EUR number whose JSON is the exact decimal', () => {
    expect(JSON.stringify([centsToEur(1999), centsToEur(115), centsToEur(30), centsToEur(2500), centsToEur(1)])).toBe(
      '[19.99,1.15,0.3,25,0.01]'
    )
  })

  it('round-trips every cent amount from 0 to 100000 through centsToEur and eurToCents', () => {
    for (let cents = 0; cents <= 100_000; cents += 1) {
      if (eurToCents(centsToEur(cents)) !== cents) throw new Error(`${cents} did not round-trip`)
    }
  })

  it('centsToDecimalString writes SecPaid list amounts: 2500 → "25.00", 5 → "0.05", -550 → "-5.50"', () => {
    expect(centsToDecimalString(2500)).toBe('25.00')
    expect(centsToDecimalString(5)).toBe('0.05')
    expect(centsToDecimalString(-550)).toBe('-5.50')
  })
})
