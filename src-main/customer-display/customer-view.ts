import { z } from 'zod'
import { LANGUAGES, type Language } from '../../src-preload/contract/locale'

export type CustomerLanguage = Language

/** What the customer-facing screen shows. A sale's note, reference, link id or anything about the shop never belongs here. */
export type CustomerScreen =
  | { screen: 'idle' }
  /** `tipCents`: the part of the amount that is the customer's tip, when they chose one. */
  | { screen: 'qr'; amountCents: number; payLink: string; tipCents?: number }
  | { screen: 'paid'; amountCents: number }

/**
 * A screen plus its language, whether the counter runs in Demo mode (the customer must not believe a real payment is
 * asked for), and a version that grows with every change so a polling page can skip repaints.
 */
export type CustomerView = CustomerScreen & { language: CustomerLanguage; demo: boolean; version: number }

export interface CustomerViewState {
  get(): CustomerView
  /**
   * Shows a screen; throws a TypeError for anything that is not a customer screen. Showing the current screen
   * again changes nothing.
   */
  show(screen: CustomerScreen): void
  setLanguage(language: CustomerLanguage): void
  setDemo(demo: boolean): void
  /** Called with the new view after each change; returns the unsubscribe function. */
  subscribe(listener: (view: CustomerView) => void): () => void
}

const amountCents = z.int().positive()
/**
 * Parsing also strips unknown keys: a sale object passed in by mistake loses its note and reference here, before
 * anything can serve it. The length cap keeps every link inside what a QR code at level M can hold.
 */
const customerScreenSchema = z.discriminatedUnion('screen', [
  z.object({ screen: z.literal('idle') }),
  z.object({ screen: z.literal('qr'), amountCents, payLink: z.httpUrl().max(1000), tipCents: amountCents.optional() }),
  z.object({ screen: z.literal('paid'), amountCents })
])
const languageSchema = z.enum(LANGUAGES)

const amountOf = (screen: CustomerScreen) => ('amountCents' in screen ? screen.amountCents : null)
const payLinkOf = (screen: CustomerScreen) => ('payLink' in screen ? screen.payLink : null)
const tipOf = (screen: CustomerScreen) => ('tipCents' in screen ? screen.tipCents : undefined)
const sameScreen = (a: CustomerScreen, b: CustomerScreen) =>
  a.screen === b.screen && amountOf(a) === amountOf(b) && payLinkOf(a) === payLinkOf(b) && tipOf(a) === tipOf(b)

export function createCustomerViewState(language: CustomerLanguage, demo = false): CustomerViewState {
  let view: CustomerView = { screen: 'idle', language: languageSchema.parse(language), demo, version: 0 }
  const listeners = new Set<(view: CustomerView) => void>()

  const change = (screen: CustomerScreen, nextLanguage: CustomerLanguage, nextDemo = view.demo) => {
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
      const parsed = customerScreenSchema.safeParse(screen)
      if (!parsed.success) {
        // Only the field names: the rejected value itself might be something the customer must not see.
        throw new TypeError(
          `not a customer screen (${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')})`
        )
      }
      if (!sameScreen(parsed.data, currentScreen())) change(parsed.data, view.language)
    },
    setLanguage(nextLanguage) {
      const parsed = languageSchema.parse(nextLanguage)
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
