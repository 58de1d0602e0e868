import type { ChangingReason, CustomerCart, CustomerViewAnswer } from '../../src-preload/contract/customer-view'
import { formatCents } from '../../src-preload/contract/locale'
import { DISPLAY_TEXTS, type DisplayLanguage, type DisplayTextKey, isDisplayTextKey } from './display-texts'

export type ScreenName = 'connecting' | 'pairing' | CustomerViewAnswer['screen']

function required<T extends Element>(selector: string, type: abstract new () => T): T {
  const element = document.querySelector(selector)
  if (!(element instanceof type)) throw new Error(`the display page has no ${selector}`)
  return element
}

/** The elements the script fills in; a page without one of them fails at start, not in the middle of a sale. */
export function displayElements() {
  return {
    qrImage: required('.qr-image', HTMLImageElement),
    qrAmount: required('.qr-amount', HTMLElement),
    qrTip: required('.qr-tip', HTMLElement),
    paidAmount: required('.paid-amount', HTMLElement),
    pairingForm: required('.pairing-form', HTMLFormElement),
    pairingInput: required('.pairing-input', HTMLInputElement),
    pairingError: required('.pairing-error', HTMLElement),
    demoNotice: required('.demo-notice', HTMLElement),
    idleMessage: required('.idle-message', HTMLElement),
    idleLogo: required('.idle-logo', HTMLImageElement),
    cartLines: required('.cart-lines', HTMLElement),
    cartDiscount: required('[data-testid="cart-discount"]', HTMLElement),
    cartDiscountAmount: required('.cart-discount-amount', HTMLElement),
    cartTip: required('[data-testid="cart-tip"]', HTMLElement),
    cartTipAmount: required('.cart-tip-amount', HTMLElement),
    cartTotal: required('.cart-total-amount', HTMLElement),
    changingReason: required('.changing-reason', HTMLElement),
    wifi: required('.wifi', HTMLElement),
    wifiImage: required('.wifi-image', HTMLImageElement)
  }
}

type DisplayElements = ReturnType<typeof displayElements>

const REASON_TEXT: Record<ChangingReason, DisplayTextKey> = {
  cancelled: 'changingCancelled',
  changed: 'changingChanged',
  expired: 'changingExpired'
}

/** A figure beside its label, or hidden when there is none. */
function showSum(row: HTMLElement, amount: HTMLElement, text: string | null) {
  row.hidden = text === null
  amount.textContent = text ?? ''
}

/** Paints views and switches screens; repaints only when the view's version or language changed. */
export function createDisplayScreens(elements: DisplayElements, initialLanguage: DisplayLanguage) {
  let language = initialLanguage
  let paintedKey: string | null = null

  const text = (key: DisplayTextKey) => DISPLAY_TEXTS[language][key]

  function setLanguage(next: DisplayLanguage) {
    language = next
    document.documentElement.lang = next
    const labelled = document.querySelectorAll('[data-text]')
    for (let index = 0; index < labelled.length; index += 1) {
      const element = labelled[index]
      const key = element?.getAttribute('data-text') ?? null
      if (element !== undefined && isDisplayTextKey(key)) element.textContent = text(key)
    }
    elements.qrImage.alt = text('qrAlt')
    elements.wifiImage.alt = text('wifiAlt')
  }

  /** Every line as text nodes (never markup: a product's name is the owner's text), the newest in view. */
  function paintCart(cart: CustomerCart) {
    const list = elements.cartLines
    while (list.firstChild !== null) list.removeChild(list.firstChild)
    for (let index = 0; index < cart.lines.length; index += 1) {
      const line = cart.lines[index]
      if (line === undefined) continue
      const item = document.createElement('li')
      item.className = 'cart-line'
      const what = document.createElement('span')
      what.className = 'cart-line-name'
      const name = line.name ?? text('amountLine')
      what.textContent = line.quantity > 1 ? `${line.quantity} × ${name}` : name
      const sum = document.createElement('span')
      sum.className = 'cart-line-total'
      sum.textContent = formatCents(line.totalCents, language)
      item.appendChild(what)
      item.appendChild(sum)
      if (line.discountCents !== undefined) {
        const off = document.createElement('span')
        off.className = 'cart-line-discount'
        off.textContent = `${text('discount')} −${formatCents(line.discountCents, language)}`
        item.appendChild(off)
      }
      list.appendChild(item)
    }
    list.scrollTop = list.scrollHeight
    const discount = cart.discountCents
    showSum(elements.cartDiscount, elements.cartDiscountAmount, discount ? `−${formatCents(discount, language)}` : null)
    showSum(elements.cartTip, elements.cartTipAmount, cart.tipCents > 0 ? formatCents(cart.tipCents, language) : null)
    elements.cartTotal.textContent = formatCents(cart.totalCents, language)
  }

  function show(name: ScreenName) {
    const screens = document.querySelectorAll<HTMLElement>('[data-screen]')
    for (let index = 0; index < screens.length; index += 1) {
      const screen = screens[index]
      if (screen !== undefined) screen.hidden = screen.getAttribute('data-screen') !== name
    }
  }

  function paint(view: CustomerViewAnswer) {
    const key = `${view.version}:${view.language}`
    if (key === paintedKey) return
    paintedKey = key
    setLanguage(view.language)
    elements.demoNotice.hidden = !view.demo
    document.body.classList.toggle('is-demo', view.demo)
    if (view.screen === 'qr') {
      if (elements.qrImage.getAttribute('src') !== view.qrSvgDataUrl) elements.qrImage.src = view.qrSvgDataUrl
      elements.qrAmount.textContent = formatCents(view.amountCents, language)
      const tipCents = view.tipCents ?? 0
      elements.qrTip.hidden = tipCents === 0
      elements.qrTip.textContent = tipCents === 0 ? '' : `${text('tipIncluded')} ${formatCents(tipCents, language)}`
      const wifi = view.wifiQrSvgDataUrl
      elements.wifi.hidden = wifi === undefined
      document.body.classList.toggle('has-wifi', wifi !== undefined)
      if (wifi !== undefined && elements.wifiImage.getAttribute('src') !== wifi) elements.wifiImage.src = wifi
    } else if (view.screen === 'paid') {
      elements.paidAmount.textContent = formatCents(view.amountCents, language)
    } else if (view.screen === 'cart') {
      paintCart(view.cart)
    } else if (view.screen === 'changing') {
      elements.changingReason.textContent = text(REASON_TEXT[view.reason])
    } else {
      const message = view.idleMessage ?? ''
      elements.idleMessage.hidden = message === ''
      elements.idleMessage.textContent = message
      // Served by the display server itself; the version in the address makes a new logo load instead of the old one.
      const logo = view.logoVersion === undefined ? null : `/logo?v=${view.logoVersion}`
      elements.idleLogo.hidden = logo === null
      if (logo === null) elements.idleLogo.removeAttribute('src')
      else if (elements.idleLogo.getAttribute('src') !== logo) elements.idleLogo.src = logo
    }
    // A QR taken back is never left in the page: its image goes with it.
    if (view.screen !== 'qr') {
      elements.qrImage.removeAttribute('src')
      elements.wifiImage.removeAttribute('src')
    }
    show(view.screen)
  }

  return {
    text,
    setLanguage,
    show,
    paint,
    /** After leaving the view (pairing, connecting), the next answer paints even if its version is unchanged. */
    forgetPainted() {
      paintedKey = null
    }
  }
}
