import { type Language, LOCALES } from '../../../../src-preload/contract/locale'
import { de } from './messages/de'
import { en, type Messages } from './messages/en'

export type MessageKey = keyof Messages
type MessageParams = Readonly<Record<string, string | number>>

/** A message with counted forms: `<key>_one` and `<key>_other` both exist. */
type CountedMessageKey = {
  [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never
}[MessageKey]

export interface Translate {
  (key: MessageKey, params?: MessageParams): string
  /** The form for `count` ("1 sale", "2 sales"), `{count}` filled with the number as the language writes it. */
  count: (key: CountedMessageKey, count: number, params?: MessageParams) => string
}

/** One dictionary per language of `LANGUAGES`: a third language is its file here and its entry in `LOCALES`. */
export const DICTIONARIES: Record<Language, Messages> = { de, en }

/** BCP 47 locale for each app language: Intl formats numbers, money, plurals and dates with it. */
export { LOCALES }

const pluralRules = new Map<Language, Intl.PluralRules>()
const countFormats = new Map<Language, Intl.NumberFormat>()

function cached<T>(cache: Map<Language, T>, language: Language, make: () => T): T {
  let value = cache.get(language)
  if (value === undefined) {
    value = make()
    cache.set(language, value)
  }
  return value
}

/** The message in `language`, `{name}` replaced by `params.name`; placeholders without a param stay as written. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return DICTIONARIES[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder
  )
}

/**
 * The counted form Intl.PluralRules picks for `count`. German and English have only "one" and "other";
 * any other category a language might name falls back to "other".
 */
export function translateCount(
  language: Language,
  key: CountedMessageKey,
  count: number,
  params: MessageParams = {}
): string {
  const rules = cached(pluralRules, language, () => new Intl.PluralRules(LOCALES[language]))
  const form: MessageKey = rules.select(count) === 'one' ? `${key}_one` : `${key}_other`
  const number = cached(countFormats, language, () => new Intl.NumberFormat(LOCALES[language]))
  return translate(language, form, { ...params, count: number.format(count) })
}

export function translator(language: Language): Translate {
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params)
  return Object.assign(t, {
    count: (key: CountedMessageKey, count: number, params?: MessageParams) =>
      translateCount(language, key, count, params)
  })
}
