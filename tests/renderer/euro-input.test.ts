import { describe, expect, it } from 'vitest'

import { centsToEuroInput, parseEuroInput } from '../../src-renderer/src/lib/format/euro-input'

describe('maximum amount typed in euros', () => {
  it('reads whole euros and up to two decimals after a comma or period as integer cents', () => {
    expect(parseEuroInput('5000')).toBe(500_000)
    expect(parseEuroInput(' 5000,5 ')).toBe(500_050)
    expect(parseEuroInput('0.07')).toBe(7)
    expect(parseEuroInput('12.')).toBe(1200)
  })

  it('refuses more than two decimals, grouping separators, signs and words', () => {
    for (const text of ['', '1,234', '5.000,00', '-5', '1e3', 'abc', '1234567890']) {
      expect(parseEuroInput(text), text).toBeNull()
    }
  })

  it('writes cents back without grouping, with the language’s decimal separator', () => {
    expect(centsToEuroInput(500_000, 'de')).toBe('5000,00')
    expect(centsToEuroInput(7, 'en')).toBe('0.07')
  })
})
