import { type Channel, CHANNEL_NAMES } from '../../../src-preload/contract'

export interface MalformedPayload {
  channel: Channel
  request: unknown
  why: string
}

const HUGE = 'x'.repeat(1_000_000)

/** Values that are not a request object at all. */
const NOT_AN_OBJECT: [unknown, string][] = [
  [undefined, 'undefined'],
  [null, 'null'],
  [42, 'a number'],
  ['charge', 'a string'],
  [[], 'an array'],
  [true, 'a boolean'],
  [Number.NaN, 'NaN'],
  [HUGE, 'a huge string'],
  ['', 'an empty string'],
  [-1, 'a negative number'],
  [Number.POSITIVE_INFINITY, 'Infinity'],
  [10n, 'a bigint'],
  [new Date(0), 'a date'],
  [new Map([['amountCents', 100]]), 'a map']
]

const BAD_AMOUNTS: [unknown, string][] = [
  [0, 'zero'],
  [-1, 'negative'],
  [-100_000, 'large negative'],
  [Number.NaN, 'NaN'],
  [Number.POSITIVE_INFINITY, 'Infinity'],
  [Number.NEGATIVE_INFINITY, '-Infinity'],
  [1.5, 'half a cent'],
  [1234.5, '12.345 EUR (3 decimals)'],
  [0.1 + 0.2, 'a float sum'],
  ['100', 'a numeric string'],
  ['12,34', 'a localized string'],
  [null, 'null'],
  [true, 'a boolean'],
  [{}, 'an object'],
  [[100], 'an array'],
  [Number.MAX_VALUE, 'the largest double'],
  [1e21, 'far above the maximum'],
  [-0.01, 'minus one hundredth of a cent'],
  [undefined, 'missing']
]

const BAD_TEXT: [unknown, string][] = [
  [42, 'a number'],
  [HUGE, 'a huge string'],
  ['a\u0000b', 'a NUL character'],
  ['line\nbreak', 'a line break'],
  [null, 'null'],
  [['a'], 'an array'],
  [{ toString: 'x' }, 'an object']
]

const BAD_LIMITS: [unknown, string][] = [
  [0, 'zero'],
  [-1, 'negative'],
  [1.5, 'fractional'],
  [1001, 'above 1000'],
  ['10', 'a string'],
  [Number.NaN, 'NaN'],
  [Number.POSITIVE_INFINITY, 'Infinity'],
  [null, 'null']
]

const BAD_SETTINGS_PATCHES: [unknown, string][] = [
  [{ environment: 'staging' }, 'unknown environment'],
  [{ environment: 1 }, 'environment as number'],
  [{ maxAmountCents: 0 }, 'zero maximum'],
  [{ maxAmountCents: -1 }, 'negative maximum'],
  [{ maxAmountCents: 10.5 }, 'fractional maximum'],
  [{ maxAmountCents: 100_000_001 }, 'maximum over the limit'],
  [{ maxAmountCents: '500' }, 'maximum as string'],
  [{ maxAmountCents: Number.NaN }, 'maximum NaN'],
  [{ entryMode: 'abacus' }, 'unknown entry mode'],
  [{ language: 'fr' }, 'unsupported language'],
  [{ deviceName: '' }, 'empty device name'],
  [{ deviceName: 'till 1' }, 'device name with a space'],
  [{ deviceName: 'x'.repeat(21) }, 'device name too long'],
  [{ deviceName: HUGE }, 'huge device name'],
  [{ deviceName: 'kasse/../1' }, 'device name with a path'],
  [{ linkDefaults: { callbackUrl: 'javascript:alert(1)' } }, 'javascript: callback'],
  [{ linkDefaults: { callbackUrl: 'ftp://example.com' } }, 'ftp callback'],
  [{ linkDefaults: { callbackUrl: 'not a url' } }, 'callback not a URL'],
  [{ linkDefaults: { paymentEndpoint: 'https://a.example,evil' } }, 'endpoint list with garbage'],
  [{ linkDefaults: { cancellable: 'yes' } }, 'cancellable as string'],
  [{ linkDefaults: { bankTransfer: 1 } }, 'bankTransfer as number'],
  [{ linkDefaults: { noteTemplate: '' } }, 'empty note template'],
  [{ linkDefaults: { noteTemplate: HUGE } }, 'huge note template'],
  [{ linkDefaults: { bankStatementDescription: 'a\u0007b' } }, 'statement text with a control character'],
  [{ linkDefaults: { unknown: 1 } }, 'unknown link default'],
  [{ linkDefaults: 'defaults' }, 'link defaults as string'],
  [{ apiKey: 'sk_live_x' }, 'the key smuggled into a settings patch'],
  [{ hasKey: true }, 'a read-only field'],
  [{ demo: false }, 'the derived demo flag'],
  [{ environment: 'production', extra: true }, 'an extra field'],
  [{ paidSound: 'off' }, 'paid sound as string'],
  [{ paidScreenSeconds: 0 }, 'paid screen for zero seconds'],
  [{ paidScreenSeconds: 2.5 }, 'paid screen for fractional seconds'],
  [{ paidScreenSeconds: 3600 }, 'paid screen for an hour'],
  [{ tillsOnKey: 0 }, 'no till on the key'],
  [{ tillsOnKey: 1.5 }, 'half a till on the key'],
  [{ tillsOnKey: '3' }, 'tills on the key as string']
]

const BAD_API_KEYS: [unknown, string][] = [
  [undefined, 'missing key'],
  ['', 'empty key'],
  ['   ', 'blank key'],
  [42, 'key as number'],
  ['sk live', 'key with a space'],
  ['sk\u0000live', 'key with NUL'],
  ['x'.repeat(513), 'key too long'],
  [HUGE, 'huge key'],
  [['sk'], 'key as array'],
  [null, 'null key']
]

const BAD_LINK_IDS: [unknown, string][] = [
  [0, 'zero'],
  [-1, 'negative'],
  [1.5, 'fractional'],
  ['99290', 'a string'],
  [Number.NaN, 'NaN'],
  [2 ** 60, 'beyond safe integers'],
  [undefined, 'missing'],
  [null, 'null']
]

/** Over two hundred requests that must all be refused before anything is sent to SecPaid. */
export function malformedPayloads(): MalformedPayload[] {
  const payloads: MalformedPayload[] = []
  const add = (channel: Channel, request: unknown, why: string) => payloads.push({ channel, request, why })

  for (const channel of CHANNEL_NAMES) {
    for (const [request, why] of NOT_AN_OBJECT) add(channel, request, `request is ${why}`)
    add(channel, { unexpected: 1, amountCents: 100, linkId: 1, apiKey: 'k' }, 'with unknown fields')
    add(channel, JSON.parse('{"__proto__": {"polluted": true}}'), 'with a __proto__ key')
  }
  for (const channel of ['getSettings', 'removeApiKey', 'testConnection'] as const) {
    add(channel, { anything: true }, 'with a field on an empty request')
  }
  for (const [amountCents, why] of BAD_AMOUNTS) add('charge', { amountCents }, `amount ${why}`)
  for (const [note, why] of BAD_TEXT) add('charge', { amountCents: 100, note }, `note ${why}`)
  add('charge', { amountCents: 100, apiKey: 'k' }, 'with a key field')
  add('charge', { amountCents: 100, reference: 'POS-x' }, 'with a reference chosen by the renderer')
  for (const [search, why] of BAD_TEXT) add('listPending', { search }, `search ${why}`)
  for (const [limit, why] of BAD_LIMITS) add('listPending', { limit }, `limit ${why}`)
  for (const [patch, why] of BAD_SETTINGS_PATCHES) add('updateSettings', patch, why)
  for (const [apiKey, why] of BAD_API_KEYS) add('setApiKey', { apiKey }, why)
  add('setApiKey', { apiKey: 'sk_ok', environment: 'production' }, 'key with an extra field')
  for (const [linkId, why] of BAD_LINK_IDS) add('simulatePayment', { linkId }, `link id ${why}`)
  for (const [linkId, why] of BAD_LINK_IDS) {
    add('linkExpiry', { linkId }, `link id ${why}`)
    add('extendLinkExpiry', { linkId }, `link id ${why}`)
  }
  for (const [name, why] of BAD_TEXT) add('parkSale', { name, charge: { amountCents: 100 } }, `parked name ${why}`)
  for (const [amountCents, why] of BAD_AMOUNTS) add('parkSale', { charge: { amountCents } }, `parked amount ${why}`)
  add('parkSale', { charge: { amountCents: 100, reference: 'POS-x' } }, 'a parked charge with a reference')
  add('parkSale', { charge: { sale: { lines: [], tip: { kind: 'none' } }, amountCents: 5 } }, 'both shapes at once')
  add('parkSale', { charge: { amountCents: 100 }, totalCents: 1 }, 'a total chosen by the renderer')
  add('parkSale', { name: 'x'.repeat(31), charge: { amountCents: 100 } }, 'a parked name above 30 characters')
  for (const id of ['../settings', 'ABCDEF0123456789ABCDEF0123456789', '0'.repeat(31), 42, null, HUGE]) {
    add('resumeParkedSale', { id }, `parked id ${String(id).slice(0, 40)}`)
    add('discardParkedSale', { id }, `parked id ${String(id).slice(0, 40)}`)
  }
  for (const pin of [1234, 'x'.repeat(9), null, ['1234']]) add('cancelStaleLinks', { pin }, `pin ${String(pin)}`)
  return payloads
}
