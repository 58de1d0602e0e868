import { describe, expect, it } from 'vitest'

import { languageOfLocale } from '../../../src-main/app/os-language'

describe('languageOfLocale', () => {
  it('is German for any German locale and English for everything else', () => {
    expect(['de', 'de-DE', 'de-AT', 'DE-ch'].map(languageOfLocale)).toEqual(['de', 'de', 'de', 'de'])
    expect(['en-US', 'fr-FR', '', 'dk'].map(languageOfLocale)).toEqual(['en', 'en', 'en', 'en'])
  })
})
