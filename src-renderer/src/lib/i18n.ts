import type { Language } from '../../../src-preload/contract'
import { de } from './messages/de'
import { en, type Messages } from './messages/en'

export type MessageKey = keyof Messages
export type MessageParams = Readonly<Record<string, string | number>>
export type Translate = (key: MessageKey, params?: MessageParams) => string

const dictionaries: Record<Language, Messages> = { de, en }

/** The message in `language`, `{name}` replaced by `params.name`; placeholders without a param stay as written. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder
  )
}

export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params)
}
