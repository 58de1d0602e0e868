import {
  type CustomerScreen,
  type CustomerShop,
  type CustomerView,
  parseCustomerScreen
} from '../../src-preload/contract/customer-view'
import { isLanguage, type Language } from '../../src-preload/contract/locale'

export interface CustomerViewState {
  get(): CustomerView
  /**
   * Shows a screen; throws a TypeError for anything that is not a customer screen. Showing the current screen
   * again changes nothing.
   */
  show(screen: CustomerScreen): void
  setLanguage(language: Language): void
  setDemo(demo: boolean): void
  /** The shop's idle message and Wi-Fi code; the same again changes nothing. */
  setShop(shop: CustomerShop): void
  /** Called with the new view after each change; returns the unsubscribe function. */
  subscribe(listener: (view: CustomerView) => void): () => void
}

/** Parsed screens carry their fields in one order, so equal screens serialize alike. */
const sameScreen = (a: CustomerScreen, b: CustomerScreen) => JSON.stringify(a) === JSON.stringify(b)
const NO_SHOP: CustomerShop = Object.freeze({ idleMessage: '', wifiPayload: null, logo: null })

/** The language, or a TypeError: the view speaks only the app's languages. */
function checkedLanguage(language: Language): Language {
  if (!isLanguage(language)) throw new TypeError('not a language of the app')
  return language
}

export function createCustomerViewState(language: Language, demo = false): CustomerViewState {
  let view: CustomerView = { screen: 'idle', language: checkedLanguage(language), demo, version: 0, shop: NO_SHOP }
  const listeners = new Set<(view: CustomerView) => void>()

  const change = (screen: CustomerScreen, nextLanguage: Language, nextDemo = view.demo, shop = view.shop) => {
    view = Object.freeze({ ...screen, language: nextLanguage, demo: nextDemo, version: view.version + 1, shop })
    // A copy, so a listener that unsubscribes while being called does not skip the next one.
    for (const listener of [...listeners]) listener(view)
  }
  const currentScreen = (): CustomerScreen => {
    const { language: _language, demo: _demo, version: _version, shop: _shop, ...screen } = view
    return screen
  }

  return {
    get: () => view,
    show(screen) {
      const parsed = parseCustomerScreen(screen)
      // Only the field names: the rejected value itself might be something the customer must not see.
      if (!parsed.ok) throw new TypeError(`not a customer screen (${parsed.fields.join(', ')})`)
      if (!sameScreen(parsed.screen, currentScreen())) change(parsed.screen, view.language)
    },
    setLanguage(nextLanguage) {
      const parsed = checkedLanguage(nextLanguage)
      if (parsed !== view.language) change(currentScreen(), parsed)
    },
    setDemo(demo) {
      if (demo !== view.demo) change(currentScreen(), view.language, demo)
    },
    setShop(shop) {
      const next = Object.freeze({ idleMessage: shop.idleMessage, wifiPayload: shop.wifiPayload, logo: shop.logo })
      const { idleMessage, wifiPayload, logo } = view.shop
      if (next.idleMessage !== idleMessage || next.wifiPayload !== wifiPayload || next.logo !== logo) {
        change(currentScreen(), view.language, view.demo, next)
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    }
  }
}
