import { describe, expect, it } from 'vitest'

import { characterCount, visibleTextSchema } from '../../../src-preload/contract/visible-text-schema'

const parse = (text: string, options: Parameters<typeof visibleTextSchema>[0] = { max: 10 }) =>
  visibleTextSchema(options).safeParse(text)

describe('visibleTextSchema: the one schema for text a person sees', () => {
  it('strips bidi controls, zero-width characters, the BOM, separators, tags and lone surrogates', () => {
    const cases: [string, string][] = [
      ['bidi overrides and embeddings', 'a\u202Ab\u202Bc\u202Cd\u202De\u202Ef'],
      ['bidi isolates and the Arabic letter mark', 'a\u2066b\u2067c\u2068d\u2069e\u061Cf'],
      ['zero-width characters and marks', 'a\u200Bb\u200Cc\u200Dd\u200Ee\u200Ff'],
      ['word joiner, invisible operators, BOM', 'a\u2060b\u2063c\uFEFFd\u00ADe f'],
      ['line and paragraph separators', 'a\u2028b\u2029c'],
      ['lone surrogates', 'a\uD800b\uDC00c'],
      ['Unicode tags and invisible fillers', 'a\u{E0041}b\u3164c\u115Fd\u034Fe']
    ]
    for (const [label, input] of cases) {
      const parsed = parse(input, { max: 20 })
      expect(parsed.success, label).toBe(true)
      expect(parsed.data, label).toBe(input.replace(/[^a-f ]/gu, ''))
    }
  })

  it('keeps what is seen: accents, emoji with variation selectors, Arabic and Hebrew letters', () => {
    for (const text of ['Café Blau', '☕️ 🍰', 'مقهى', 'קפה']) expect(parse(text, { max: 20 }).data).toBe(text)
  })

  it('refuses control characters, allowing line breaks only where lines are allowed', () => {
    expect(parse('a\tb').success).toBe(false)
    expect(parse('a\nb').success).toBe(false)
    expect(parse('a\nb', { max: 10, lines: true }).data).toBe('a\nb')
    expect(parse('a\r\nb', { max: 10, lines: true }).success).toBe(false)
  })

  it('counts characters, not UTF-16 units or bytes, after stripping and trimming', () => {
    expect(characterCount('🍰🍰')).toBe(2)
    expect(parse('🍰'.repeat(10)).data).toBe('🍰'.repeat(10))
    expect(parse('🍰'.repeat(11)).success).toBe(false)
    expect(parse(` ${'ä'.repeat(10)}\u200B `).data).toBe('ä'.repeat(10))
    expect(parse('\u200B\u202E', { min: 1, max: 10 }).success).toBe(false)
  })
})
