import { isLanguage, type Language } from './locale'

/**
 * The customer display's view, as main holds it and as GET /state carries it to the page, and its one check. The page
 * is its own ES2017 build for the old browsers of phones and tablets and must stay small, so the check is plain code
 * rather than zod (zod/mini alone is 25 KB and needs ES2019): main's `show` and the page's poll both run it.
 */

/**
 * A line of the cart as main priced it: `name` is the product's name from Settings, null for an amount typed on the
 * keypad; `discountCents`, when present, is what came off this line (already out of `totalCents`).
 */
export interface CustomerCartLine {
  name: string | null
  quantity: number
  unitCents: number
  totalCents: number
  discountCents?: number
}

/**
 * The running sale as main priced it from the cashier's choices, never a figure of the renderer's: `discountCents`
 * (when present) came off the subtotal, `tipCents` is the tip on top, `totalCents` what the link will ask.
 */
export interface CustomerCart {
  lines: CustomerCartLine[]
  subtotalCents: number
  discountCents?: number
  tipCents: number
  totalCents: number
}

/**
 * Why a QR the customer may have seen is gone while the cashier works: cancelled at the counter, taken back to be
 * changed, or no longer payable at SecPaid (expired or deleted there). The customer is asked to wait, never shown it.
 */
export type ChangingReason = 'cancelled' | 'changed' | 'expired'

/**
 * What the customer-facing screen shows. A sale's note, reference, link id or the shop's settings never belong here;
 * only the shop's idle message and Wi-Fi code (`CustomerShop`), which are meant for every customer.
 */
export type CustomerScreen =
  | { screen: 'idle' }
  | { screen: 'cart'; cart: CustomerCart }
  /** `tipCents`: the part of the amount that is the customer's tip, when they chose one. */
  | { screen: 'qr'; amountCents: number; payLink: string; tipCents?: number }
  | { screen: 'paid'; amountCents: number }
  | { screen: 'changing'; reason: ChangingReason }

/**
 * What the owner shows every customer: a short message on the idle screen ('' for none) and the `WIFI:` payload of
 * a guest network shown as a second QR beside the pay QR (null while off). Not secret: every customer may read it.
 */
export interface CustomerShop {
  idleMessage: string
  wifiPayload: string | null
  /** The logo's version (it changes with the picture), served at /logo?v=<version>; null for none. */
  logo: string | null
}

/**
 * A screen plus its language, whether the counter runs in Demo mode (the customer must not believe a real payment is
 * asked for), the shop's own words, and a version that grows with every change so a polling page can skip repaints.
 */
export type CustomerView = CustomerScreen & { language: Language; demo: boolean; version: number; shop: CustomerShop }

type AnswerBase = { language: Language; demo: boolean; version: number }

/**
 * What GET /state answers a paired page: the screen, and for a QR the QRs drawn by main (the page has no QR library);
 * the idle screen carries the idle message, the QR screen the Wi-Fi QR, each only when the owner set one.
 */
export type CustomerViewAnswer =
  | (AnswerBase & { screen: 'idle'; idleMessage?: string; logoVersion?: string })
  | (AnswerBase & { screen: 'cart'; cart: CustomerCart })
  | (AnswerBase & {
      screen: 'qr'
      amountCents: number
      payLink: string
      tipCents?: number
      qrSvgDataUrl: string
      wifiQrSvgDataUrl?: string
    })
  | (AnswerBase & { screen: 'paid'; amountCents: number })
  | (AnswerBase & { screen: 'changing'; reason: ChangingReason })

/** The length cap keeps every link inside what a QR code at level M can hold. */
const PAY_LINK_MAX_LENGTH = 1000
const QR_DATA_URL_PREFIX = 'data:image/svg+xml;base64,'
/** More lines than main lets a sale have; a product's name is far shorter than this. */
const CART_LINES_MAX = 200
const NAME_MAX_LENGTH = 200
/** A logo's version goes into the image's address: hex digits only. */
const LOGO_VERSION = /^[0-9a-f]{1,64}$/
const CHANGING_REASONS: ChangingReason[] = ['cancelled', 'changed', 'expired']

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

const isOptionalAmount = (value: unknown) => value === undefined || isAmount(value)
const isName = (value: unknown) => value === null || (typeof value === 'string' && value.length <= NAME_MAX_LENGTH)

function cartLineOf(value: unknown): CustomerCartLine | null {
  if (!isRecord(value)) return null
  const { name, quantity, unitCents, totalCents, discountCents } = value
  if (!isName(name) || !isAmount(quantity) || !isAmount(unitCents) || !isCount(totalCents)) return null
  if (!isOptionalAmount(discountCents)) return null
  const line: CustomerCartLine = { name: name as string | null, quantity, unitCents, totalCents }
  if (discountCents !== undefined) line.discountCents = discountCents
  return line
}

/** The cart with its own fields only, or null when any of them is wrong. */
function cartOf(value: unknown): CustomerCart | null {
  if (!isRecord(value) || !Array.isArray(value.lines) || value.lines.length > CART_LINES_MAX) return null
  const { subtotalCents, discountCents, tipCents, totalCents } = value
  if (!isCount(subtotalCents) || !isCount(tipCents) || !isCount(totalCents) || !isOptionalAmount(discountCents)) {
    return null
  }
  const lines: CustomerCartLine[] = []
  for (let index = 0; index < value.lines.length; index += 1) {
    const line = cartLineOf(value.lines[index])
    if (line === null) return null
    lines.push(line)
  }
  const cart: CustomerCart = { lines, subtotalCents, tipCents, totalCents }
  if (discountCents !== undefined) cart.discountCents = discountCents
  return cart
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
    case 'cart': {
      const cart = cartOf(value.cart)
      return cart === null ? { ok: false, fields: ['cart'] } : { ok: true, screen: { screen: 'cart', cart } }
    }
    case 'changing':
      return CHANGING_REASONS.indexOf(value.reason as ChangingReason) === -1
        ? { ok: false, fields: ['reason'] }
        : { ok: true, screen: { screen: 'changing', reason: value.reason as ChangingReason } }
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

const isQrDataUrl = (value: unknown) => typeof value === 'string' && value.indexOf(QR_DATA_URL_PREFIX) === 0

/** Whether `value` is an answer the page can paint correctly: anything else counts as no answer at all. */
export function isCustomerViewAnswer(value: unknown): value is CustomerViewAnswer {
  if (!isRecord(value) || !isLanguage(value.language) || typeof value.demo !== 'boolean') return false
  if (!isCount(value.version) || !parseCustomerScreen(value).ok) return false
  if (value.screen === 'idle') {
    const messageFine =
      value.idleMessage === undefined || (typeof value.idleMessage === 'string' && value.idleMessage.length <= 500)
    const logoFine =
      value.logoVersion === undefined || (typeof value.logoVersion === 'string' && LOGO_VERSION.test(value.logoVersion))
    return messageFine && logoFine
  }
  return (
    value.screen !== 'qr' ||
    (isQrDataUrl(value.qrSvgDataUrl) && (value.wifiQrSvgDataUrl === undefined || isQrDataUrl(value.wifiQrSvgDataUrl)))
  )
}
