import type { DisplayLanguage } from './display-texts'

/**
 * What GET /state answers a paired page: the fields the display server (src-main/customer-display) sends, no more.
 * The QR arrives already drawn, so the page needs no QR library.
 */
export type DisplayView = { language: DisplayLanguage; demo: boolean; version: number } & (
  | { screen: 'idle' }
  | { screen: 'qr'; amountCents: number; payLink: string; qrSvgDataUrl: string; tipCents?: number }
  | { screen: 'paid'; amountCents: number }
)

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && Math.floor(value) === value && value <= Number.MAX_SAFE_INTEGER
const isAmount = (value: unknown): value is number => isCount(value) && value > 0

/** Checked field by field: an answer the page cannot paint correctly counts as no answer at all. */
export function isDisplayView(value: unknown): value is DisplayView {
  if (!isRecord(value) || (value.language !== 'de' && value.language !== 'en') || !isCount(value.version)) return false
  if (typeof value.demo !== 'boolean') return false
  switch (value.screen) {
    case 'idle':
      return true
    case 'qr':
      return (
        isAmount(value.amountCents) &&
        (value.tipCents === undefined || isAmount(value.tipCents)) &&
        typeof value.payLink === 'string' &&
        typeof value.qrSvgDataUrl === 'string' &&
        value.qrSvgDataUrl.indexOf('data:image/svg+xml;base64,') === 0
      )
    case 'paid':
      return isAmount(value.amountCents)
    default:
      return false
  }
}
