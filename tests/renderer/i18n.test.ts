import { describe, expect, it } from 'vitest'
import { translate } from '../../src-renderer/src/lib/i18n'
import { de } from '../../src-renderer/src/lib/messages/de'
import { en } from '../../src-renderer/src/lib/messages/en'

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

  it('fills placeholders and leaves those without a value as written', () => {
    expect(translate('en', 'maximumIs', { amount: '€5.00' })).toBe('Maximum is €5.00')
    expect(translate('de', 'noteTemplateHint')).toBe('Platzhalter: {device}, {yyyyMMdd}, {seq}')
  })
})
