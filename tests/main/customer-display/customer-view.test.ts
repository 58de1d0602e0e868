import { describe, expect, it, vi } from 'vitest'

import { createCustomerViewState } from '../../../src-main/customer-display/customer-view'
import type { CustomerScreen, CustomerView } from '../../../src-preload/contract/customer-view'

const PAY_LINK = 'https://app.secpaid.com/payment?link_id=OTkyOTE='

/** A shop that set neither an idle message nor a Wi-Fi QR. */
const NO_SHOP = { idleMessage: '', wifiPayload: null, logo: null }

describe('customer view state', () => {
  it('starts idle at version 0 in the given language', () => {
    expect(createCustomerViewState('de').get()).toEqual({
      screen: 'idle',
      language: 'de',
      demo: false,
      version: 0,
      shop: NO_SHOP
    })
  })

  it('moves idle → qr → paid → idle, one version up per change', () => {
    const state = createCustomerViewState('en')
    state.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
    expect(state.get()).toEqual({
      screen: 'qr',
      amountCents: 1234,
      payLink: PAY_LINK,
      language: 'en',
      demo: false,
      version: 1,
      shop: NO_SHOP
    })
    state.show({ screen: 'paid', amountCents: 1234 })
    expect(state.get()).toEqual({
      screen: 'paid',
      amountCents: 1234,
      language: 'en',
      demo: false,
      version: 2,
      shop: NO_SHOP
    })
    state.show({ screen: 'idle' })
    expect(state.get()).toEqual({ screen: 'idle', language: 'en', demo: false, version: 3, shop: NO_SHOP })
  })

  it('a language switch keeps the screen and counts as a change; the same language again does not', () => {
    const state = createCustomerViewState('en')
    state.show({ screen: 'paid', amountCents: 500 })
    state.setLanguage('de')
    expect(state.get()).toEqual({
      screen: 'paid',
      amountCents: 500,
      language: 'de',
      demo: false,
      version: 2,
      shop: NO_SHOP
    })
    state.setLanguage('de')
    expect(state.get().version).toBe(2)
  })

  it('Demo mode is part of the view: switching it keeps the screen and counts as a change, once', () => {
    const state = createCustomerViewState('en', true)
    expect(state.get()).toMatchObject({ screen: 'idle', demo: true, version: 0 })
    state.show({ screen: 'qr', amountCents: 700, payLink: PAY_LINK })
    state.setDemo(false)
    expect(state.get()).toEqual({
      screen: 'qr',
      amountCents: 700,
      payLink: PAY_LINK,
      language: 'en',
      demo: false,
      version: 2,
      shop: NO_SHOP
    })
    state.setDemo(false)
    expect(state.get().version).toBe(2)
  })

  it('showing the screen already shown keeps the version, so polling pages do not repaint', () => {
    const state = createCustomerViewState('en')
    state.show({ screen: 'qr', amountCents: 100, payLink: PAY_LINK })
    state.show({ screen: 'qr', amountCents: 100, payLink: PAY_LINK })
    expect(state.get().version).toBe(1)
    state.show({ screen: 'qr', amountCents: 100, payLink: `${PAY_LINK}x` })
    expect(state.get().version).toBe(2)
  })

  it('notifies every subscriber with the new view, and no longer after unsubscribe', () => {
    const state = createCustomerViewState('en')
    const first = vi.fn()
    const second = vi.fn()
    const unsubscribeFirst = state.subscribe(first)
    state.subscribe(second)
    state.show({ screen: 'paid', amountCents: 1 })
    expect(first).toHaveBeenCalledWith(state.get())
    expect(second).toHaveBeenCalledWith(state.get())
    unsubscribeFirst()
    state.setLanguage('de')
    expect(first).toHaveBeenCalledTimes(1)
    expect(second).toHaveBeenCalledTimes(2)
  })

  it('a subscriber that unsubscribes while notified does not make the next one miss the change', () => {
    const state = createCustomerViewState('en')
    const later = vi.fn()
    const unsubscribe = state.subscribe(() => unsubscribe())
    state.subscribe(later)
    state.show({ screen: 'idle' })
    state.show({ screen: 'paid', amountCents: 1 })
    expect(later).toHaveBeenCalledTimes(1)
  })

  it('holds only the allowed fields, even when handed a whole sale with note, reference and key', () => {
    const state = createCustomerViewState('en')
    const sale = {
      screen: 'qr',
      amountCents: 4999,
      payLink: PAY_LINK,
      note: 'Table 4, Müller',
      reference: 'SALE-2026-0042',
      linkId: 99291,
      apiKey: 'sk-live-secret'
    } as CustomerScreen
    state.show(sale)
    expect(Object.keys(state.get()).sort()).toEqual([
      'amountCents',
      'demo',
      'language',
      'payLink',
      'screen',
      'shop',
      'version'
    ])
    state.show({ screen: 'paid', amountCents: 4999, note: 'x' } as CustomerScreen)
    expect(Object.keys(state.get()).sort()).toEqual(['amountCents', 'demo', 'language', 'screen', 'shop', 'version'])
    state.show({ screen: 'idle', reference: 'y' } as CustomerScreen)
    expect(Object.keys(state.get()).sort()).toEqual(['demo', 'language', 'screen', 'shop', 'version'])
  })

  it('the view it returns is frozen: a caller cannot slip fields into it afterwards', () => {
    const state = createCustomerViewState('en')
    state.show({ screen: 'paid', amountCents: 1 })
    expect(() => Object.assign(state.get() as CustomerView & { note?: string }, { note: 'x' })).toThrow(TypeError)
  })

  it('refuses amounts that are not positive whole cents, links that are not http(s), unknown screens and languages', () => {
    const state = createCustomerViewState('en')
    const invalid = [
      { screen: 'qr', amountCents: 12.5, payLink: PAY_LINK },
      { screen: 'qr', amountCents: 0, payLink: PAY_LINK },
      { screen: 'qr', amountCents: 100, payLink: 'javascript:alert(1)' },
      { screen: 'qr', amountCents: 100, payLink: `https://app.secpaid.com/${'a'.repeat(1000)}` },
      { screen: 'paid', amountCents: -1 },
      { screen: 'settings' }
    ]
    for (const screen of invalid)
      expect(() => state.show(screen as CustomerScreen), JSON.stringify(screen)).toThrow(TypeError)
    expect(() => state.setLanguage('fr' as 'de')).toThrow()
    expect(state.get()).toEqual({ screen: 'idle', language: 'en', demo: false, version: 0, shop: NO_SHOP })
  })

  it('the refusal names the fields but never repeats the rejected values', () => {
    const state = createCustomerViewState('en')
    expect(() => state.show({ screen: 'qr', amountCents: 1, payLink: 'not a link with secret-note' })).toThrow(
      /^not a customer screen \(payLink\)$/
    )
  })
})
