import { useMemo } from 'react'

import type { Language } from '../../../src-preload/contract'
import { type Translate, translator } from '../lib/words/i18n'
import { useSettingsStore } from '../stores/settings-store'

/** Until the settings arrive, the system's language. */
const systemLanguage = (): Language => (navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en')

export function useLanguage(): Language {
  return useSettingsStore((state) => state.settings?.language) ?? systemLanguage()
}

export function useTranslate(): Translate {
  const language = useLanguage()
  return useMemo(() => translator(language), [language])
}
