import { type CustomerScreen, type CustomerView, parseCustomerScreen } from '../../src-preload/contract/customer-view'
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
  /** Called with the new view after each change; returns the unsubscribe function. */
  subscribe(listener: (view: CustomerView) => void): () => void
}

const amountOf = (screen: CustomerScreen) => ('amountCents' in screen ? screen.amountCents : null)
const payLinkOf = (screen: CustomerScreen) => ('payLink' in screen ? screen.payLink : null)
const tipOf = (screen: CustomerScreen) => ('tipCents' in screen ? screen.tipCents : undefined)
const sameScreen = (a: CustomerScreen, b: CustomerScreen) =>
  a.screen === b.screen && amountOf(a) === amountOf(b) && payLinkOf(a) === payLinkOf(b) && tipOf(a) === tipOf(b)

/** The language, or a TypeError: the view speaks only the app's languages. */
function checkedLanguage(language: Language): Language {
  if (!isLanguage(language)) throw new TypeError('not a language of the app')
  return language
}

export function createCustomerViewState(language: Language, demo = false): CustomerViewState {
  let view: CustomerView = { screen: 'idle', language: checkedLanguage(language), demo, version: 0 }
  const listeners = new Set<(view: CustomerView) => void>()

  const change = (screen: CustomerScreen, nextLanguage: Language, nextDemo = view.demo) => {
    view = Object.freeze({ ...screen, language: nextLanguage, demo: nextDemo, version: view.version + 1 })
    // A copy, so a listener that unsubscribes while being called does not skip the next one.
    for (const listener of [...listeners]) listener(view)
  }
  const currentScreen = (): CustomerScreen => {
    const { language: _language, demo: _demo, version: _version, ...screen } = view
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
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    }
  }
}
