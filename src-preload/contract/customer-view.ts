import { isLanguage, type Language } from './locale'

/**
 * The customer display's view, as main holds it and as GET /state carries it to the page, and its one check. The page
 * is its own ES2017 build for the old browsers of phones and tablets and must stay small, so the check is plain code
 * rather than zod (zod/mini alone is 25 KB and needs ES2019): main's `show` and the page's poll both run it.
 */

/**
 * What the customer-facing screen shows. A sale's note, reference, link id or anything about the shop never belongs
 * here.
 */
export type CustomerScreen =
  | { screen: 'idle' }
  /** `tipCents`: the part of the amount that is the customer's tip, when they chose one. */
  | { screen: 'qr'; amountCents: number; payLink: string; tipCents?: number }
  | { screen: 'paid'; amountCents: number }

/**
 * A screen plus its language, whether the counter runs in Demo mode (the customer must not believe a real payment is
 * asked for), and a version that grows with every change so a polling page can skip repaints.
 */
export type CustomerView = CustomerScreen & { language: Language; demo: boolean; version: number }

/** What GET /state answers a paired page: the view, and for a QR the QR drawn by main (the page has no QR library). */
export type CustomerViewAnswer =
  Exclude<CustomerView, { screen: 'qr' }> | (Extract<CustomerView, { screen: 'qr' }> & { qrSvgDataUrl: string })

/** The length cap keeps every link inside what a QR code at level M can hold. */
const PAY_LINK_MAX_LENGTH = 1000
const QR_DATA_URL_PREFIX = 'data:image/svg+xml;base64,'

const isRecord = (value: unknown): value is { [key: string]: unknown } => typeof value === 'object' && value !== null
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && Math.floor(value) === value && value <= Number.MAX_SAFE_INTEGER
const isAmount = (value: unknown): value is number => isCount(value) && value > 0

function isPayLink(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > PAY_LINK_MAX_LENGTH) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

type ParsedCustomerScreen = { ok: true; screen: CustomerScreen } | { ok: false; fields: string[] }

/**
 * The screen `value` describes with its own fields only (a sale passed by mistake loses its note and reference here,
 * before anything can serve it), or the names of the fields that are wrong, never their values.
 */
export function parseCustomerScreen(value: unknown): ParsedCustomerScreen {
  if (!isRecord(value)) return { ok: false, fields: ['screen'] }
  switch (value.screen) {
    case 'idle':
      return { ok: true, screen: { screen: 'idle' } }
    case 'paid':
      return isAmount(value.amountCents)
        ? { ok: true, screen: { screen: 'paid', amountCents: value.amountCents } }
        : { ok: false, fields: ['amountCents'] }
    case 'qr': {
      const { amountCents, payLink, tipCents } = value
      const tipFine = tipCents === undefined || isAmount(tipCents)
      if (isAmount(amountCents) && isPayLink(payLink) && tipFine) {
        const screen: CustomerScreen = { screen: 'qr', amountCents, payLink }
        if (tipCents !== undefined) screen.tipCents = tipCents
        return { ok: true, screen }
      }
      const fields = [isAmount(amountCents) ? '' : 'amountCents', isPayLink(payLink) ? '' : 'payLink']
      return { ok: false, fields: [...fields, tipFine ? '' : 'tipCents'].filter((field) => field !== '') }
    }
    default:
      return { ok: false, fields: ['screen'] }
  }
}

/** Whether `value` is an answer the page can paint correctly: anything else counts as no answer at all. */
export function isCustomerViewAnswer(value: unknown): value is CustomerViewAnswer {
  if (!isRecord(value) || !isLanguage(value.language) || typeof value.demo !== 'boolean') return false
  if (!isCount(value.version) || !parseCustomerScreen(value).ok) return false
  return (
    value.screen !== 'qr' ||
    (typeof value.qrSvgDataUrl === 'string' && value.qrSvgDataUrl.indexOf(QR_DATA_URL_PREFIX) === 0)
  )
}
