import { describe, expect, it } from 'vitest'

import { formatDay } from '../../src-renderer/src/lib/format/format-date'
import { translate, translateCount, translator } from '../../src-renderer/src/lib/words/i18n'
import { de } from '../../src-renderer/src/lib/words/messages/de'
import { en } from '../../src-renderer/src/lib/words/messages/en'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('i18n', () => {
  it('has every English message in German too, none of them empty', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort())
    for (const text of [...Object.values(en), ...Object.values(de)]) expect(text.trim()).not.toBe('')
  })

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it('gives every counted message both its forms', () => {
    for (const key of Object.keys(en)) {
      if (key.endsWith('_one')) expect(Object.keys(en), key).toContain(key.replace(/_one$/, '_other'))
      if (key.endsWith('_other')) expect(Object.keys(en), key).toContain(key.replace(/_other$/, '_one'))
    }
  })

  it('fills placeholders and leaves those without a value as written', () => {
    expect(translate('en', 'maximumIs', { amount: '€5.00' })).toBe('Maximum is €5.00')
    expect(translate('de', 'noteTemplateHint')).toBe(
      'Platzhalter: {till} (eigene Kennung dieser Kasse), {device}, {yyyyMMdd}, {seq}'
    )
  })
})

describe('counted messages', () => {
  it.each([
    ['en', 0, '0 sales · €0.00'],
    ['en', 1, '1 sale · €0.00'],
    ['en', 2, '2 sales · €0.00'],
    ['en', 1234, '1,234 sales · €0.00'],
    ['de', 0, '0 Verkäufe · €0.00'],
    ['de', 1, '1 Verkauf · €0.00'],
    ['de', 2, '2 Verkäufe · €0.00'],
    ['de', 1234, '1.234 Verkäufe · €0.00']
  ] as const)('%s, %i → %s', (language, count, expected) => {
    expect(translateCount(language, 'summarySales', count, { amount: '€0.00' })).toBe(expected)
  })

  it('are reached through the translator too', () => {
    expect(translator('de').count('summaryCancelled', 3)).toBe('3 storniert')
  })
})

describe('formatDay', () => {
  it('writes main’s day out in the language, whatever the time zone', () => {
    expect(formatDay('20261122', 'de')).toBe('Sonntag, 22. November 2026')
    expect(formatDay('2026-11-22', 'en')).toContain('22 November 2026')
  })

  it('is null for anything but a day', () => {
    expect(formatDay('today', 'en')).toBeNull()
    expect(formatDay('', 'de')).toBeNull()
  })
})
