import type { CustomerViewAnswer } from '../../src-preload/contract/customer-view'
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
    demoNotice: required('.demo-notice', HTMLElement)
  }
}

type DisplayElements = ReturnType<typeof displayElements>

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
    } else if (view.screen === 'paid') {
      elements.paidAmount.textContent = formatCents(view.amountCents, language)
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
