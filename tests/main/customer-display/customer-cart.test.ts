import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { CART_UPDATE_EVERY_MS } from '../../../src-main/customer-display/customer-display-service'
import { wifiPayload } from '../../../src-main/customer-display/wifi-qr'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView, Product, SaleChange } from '../../../src-preload/contract'
import type { CustomerViewAnswer } from '../../../src-preload/contract/customer-view'
import { openDemoBackend } from '../../support/demo-backend'
import { BUILT_DISPLAY_PAGE } from '../../support/display-page'
import { plainCipher } from '../../support/plain-cipher'
import { until } from '../../support/wait'

const COFFEE: Product = {
  id: 'coffee',
  name: 'Coffee',
  priceCents: 250,
  colour: '',
  categoryId: '',
  code: '',
  soldOutOn: ''
}
const CAKE: Product = {
  id: 'cake',
  name: 'Cheesecake',
  priceCents: 320,
  colour: '',
  categoryId: '',
  code: '',
  soldOutOn: ''
}
const TWO_COFFEES_A_CAKE = {
  lines: [
    { kind: 'product', productId: 'coffee', quantity: 2 },
    { kind: 'product', productId: 'cake', quantity: 1 }
  ],
  tip: { kind: 'round_up' }
}

describe('WIFI: payload for the guest network QR', () => {
  it('is the standard WPA form, with \\ ; , : and " escaped by a backslash in name and password', () => {
    expect(wifiPayload({ ssid: 'Cafe Guest', password: 'coffee4all' })).toBe('WIFI:T:WPA;S:Cafe Guest;P:coffee4all;;')
    expect(wifiPayload({ ssid: 'a;b,c:d"e\\f', password: 'p;w,d:x"y\\z' })).toBe(
      'WIFI:T:WPA;S:a\\;b\\,c\\:d\\"e\\\\f;P:p\\;w\\,d\\:x\\"y\\\\z;;'
    )
  })

  it('an open network (no password) says nopass and carries no P field', () => {
    expect(wifiPayload({ ssid: 'Free;Wifi', password: '' })).toBe('WIFI:T:nopass;S:Free\\;Wifi;;')
  })
})

describe('the customer display shows the cart as main priced it, through the real handlers', () => {
  let folder: string
  let backend: Backend
  const call = <T>(channel: string, request: unknown) =>
    dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<T>>

  const customerSees = async () => {
    const url = backend.customerDisplay.windowUrl() ?? ''
    const [base, secret] = url.split('#window=')
    const response = await fetch(`${base}state`, { headers: { 'X-Display-Token': secret ?? '' } })
    return (await response.json()) as CustomerViewAnswer
  }
  const sees = async (screen: string) =>
    until(async () => (await customerSees()).screen === screen, { limitMs: 3000, stepMs: 20 })

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-customer-cart-'))
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      customerDisplayPage: BUILT_DISPLAY_PAGE,
      testing: { watchIntervalMs: 100 }
    })
    const updated = await call('updateSettings', {
      customerWindow: true,
      products: [COFFEE, CAKE],
      tips: { enabled: true, percentPresets: [10], roundUp: true }
    })
    expect(updated.ok).toBe(true)
  })
  afterAll(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('names and prices each line from Settings, with the tip and total main computed', async () => {
    expect(await call('customerCart', { sale: TWO_COFFEES_A_CAKE })).toEqual({ ok: true, value: {} })
    await sees('cart')
    expect(await customerSees()).toMatchObject({
      screen: 'cart',
      cart: {
        lines: [
          { name: 'Coffee', quantity: 2, unitCents: 250, totalCents: 500 },
          { name: 'Cheesecake', quantity: 1, unitCents: 320, totalCents: 320 }
        ],
        subtotalCents: 820,
        tipCents: 80,
        totalCents: 900
      }
    })
    // The owner changes a price: the same choices are shown at main's new price, never at one the renderer had.
    expect((await call('updateSettings', { products: [{ ...COFFEE, priceCents: 300 }, CAKE] })).ok).toBe(true)
    await call('customerCart', { sale: TWO_COFFEES_A_CAKE })
    await until(async () => {
      const seen = await customerSees()
      return seen.screen === 'cart' && seen.cart.subtotalCents === 920
    })
    await call('customerCart', { sale: null })
    await sees('idle')
  })

  it('a price or name from the renderer is refused by shape; a product main does not offer shows no cart', async () => {
    const crafted = {
      lines: [{ kind: 'product', productId: 'coffee', quantity: 1, priceCents: 1 }],
      tip: { kind: 'none' }
    }
    expect(await call('customerCart', { sale: crafted })).toMatchObject({ ok: false })
    await call('customerCart', { sale: { lines: [{ kind: 'amount', amountCents: 700 }], tip: { kind: 'none' } } })
    await sees('cart')
    await call('customerCart', {
      sale: { lines: [{ kind: 'product', productId: 'caviar', quantity: 1 }], tip: { kind: 'none' } }
    })
    await sees('idle')
  })

  it('typing fast changes the view a few times, not with every key, and the last amount always arrives', async () => {
    await call('customerCart', { sale: null })
    await sees('idle')
    const before = (await customerSees()).version
    const started = Date.now()
    for (let cents = 1; cents <= 30; cents += 1) {
      void call('customerCart', { sale: { lines: [{ kind: 'amount', amountCents: cents }], tip: { kind: 'none' } } })
    }
    await until(async () => {
      const seen = await customerSees()
      return seen.screen === 'cart' && seen.cart.totalCents === 30
    })
    const changes = (await customerSees()).version - before
    const allowed = Math.ceil((Date.now() - started) / CART_UPDATE_EVERY_MS) + 1
    expect(changes).toBeLessThanOrEqual(Math.min(allowed, 5))
  })

  it('QR, then Change: "please wait", never the old QR again, then the restored cart, then the new QR', async () => {
    await call('customerCart', { sale: TWO_COFFEES_A_CAKE })
    await sees('cart')
    const old = await call<LinkView>('charge', { sale: TWO_COFFEES_A_CAKE })
    if (!old.ok) throw new Error(old.error.code)
    await call('watchLink', { linkId: old.value.linkId })
    // The keypad is cleared under the QR: the customer keeps seeing the QR.
    await call('customerCart', { sale: null })
    await new Promise((resolve) => setTimeout(resolve, CART_UPDATE_EVERY_MS * 2))
    expect(await customerSees()).toMatchObject({ screen: 'qr', payLink: old.value.payLink })

    const seen: CustomerViewAnswer[] = []
    let watching = true
    const watch = (async () => {
      while (watching) {
        seen.push(await customerSees())
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
    })()
    const changed = await call<SaleChange>('changeSale', { linkId: old.value.linkId })
    if (!changed.ok || !('sale' in changed.value.charge)) throw new Error('not changed')
    await sees('changing')
    expect(await customerSees()).toMatchObject({ screen: 'changing', reason: 'changed' })
    const fewer = { ...changed.value.charge.sale, lines: changed.value.charge.sale.lines.slice(0, 1) }
    await call('customerCart', { sale: fewer })
    await sees('cart')
    const renewed = await call<LinkView>('charge', { sale: fewer, replaces: changed.value.reference })
    if (!renewed.ok) throw new Error(renewed.error.code)
    await call('watchLink', { linkId: renewed.value.linkId })
    await sees('qr')
    watching = false
    await watch
    const afterChange = seen.slice(seen.findIndex((answer) => answer.screen === 'changing'))
    expect(afterChange.length).toBeGreaterThan(0)
    const oldQrs = afterChange.filter((answer) => answer.screen === 'qr' && answer.payLink === old.value.payLink)
    expect(oldQrs).toEqual([])
    expect(await customerSees()).toMatchObject({ screen: 'qr', payLink: renewed.value.payLink, amountCents: 600 })
    await call('unwatchLink', {})
  })

  it('the idle message and the Wi-Fi QR (beside the pay QR only) follow Settings; both off by default', async () => {
    expect(backend.settings.getStored().customerScreen).toEqual({
      idleMessage: '',
      wifi: { show: false, ssid: '', password: '' }
    })
    const sale = await call<LinkView>('charge', { amountCents: 1200 })
    if (!sale.ok) throw new Error(sale.error.code)
    await call('watchLink', { linkId: sale.value.linkId })
    await sees('qr')
    expect(await customerSees()).not.toHaveProperty('wifiQrSvgDataUrl')
    // Shown without a network name is refused.
    const nameless = await call('updateSettings', {
      customerScreen: { idleMessage: '', wifi: { show: true, ssid: '', password: 'cake;2026' } }
    })
    expect(nameless.ok).toBe(false)
    const shown = await call('updateSettings', {
      customerScreen: { idleMessage: 'Fresh cakes daily', wifi: { show: true, ssid: 'Guest', password: 'cake;2026' } }
    })
    expect(shown.ok).toBe(true)
    const qr = await customerSees()
    expect(qr).toMatchObject({ screen: 'qr', wifiQrSvgDataUrl: expect.stringMatching(/^data:image\/svg\+xml;base64,/) })
    expect(JSON.stringify(qr)).not.toContain('cake;2026')
    await call('cancelSale', { linkId: sale.value.linkId })
    expect(await customerSees()).toMatchObject({ screen: 'changing', reason: 'cancelled' })
    expect(await customerSees()).not.toHaveProperty('wifiQrSvgDataUrl')
    await call('unwatchLink', {})
    await call('customerCart', { sale: { lines: [{ kind: 'amount', amountCents: 5 }], tip: { kind: 'none' } } })
    await sees('cart')
    await call('customerCart', { sale: null })
    await sees('idle')
    expect(await customerSees()).toMatchObject({ screen: 'idle', idleMessage: 'Fresh cakes daily' })
  })
})

describe('a link deleted at SecPaid while its QR is up, found by paid detection', () => {
  it('the customer is asked to wait ("expired"), and the old QR is gone', async () => {
    const opened = await openDemoBackend({
      customerDisplayPage: BUILT_DISPLAY_PAGE,
      testing: { watchIntervalMs: 100, requestBudget: null }
    })
    try {
      expect((await opened.call('updateSettings', { customerWindow: true })).ok).toBe(true)
      const sale = await opened.call<LinkView>('charge', { amountCents: 700 })
      if (!sale.ok) throw new Error(sale.error.code)
      await opened.call('watchLink', { linkId: sale.value.linkId })
      const [base, secret] = (opened.backend.customerDisplay.windowUrl() ?? '').split('#window=')
      const customerSees = async () =>
        (await (
          await fetch(`${base}state`, { headers: { 'X-Display-Token': secret ?? '' } })
        ).json()) as CustomerViewAnswer
      expect((await customerSees()).screen).toBe('qr')
      const deleted = await fetch(`${opened.demo.baseUrl}deleteLink`, {
        method: 'POST',
        headers: { token: 'demo-key', 'Content-Type': 'application/json' },
        body: JSON.stringify({ link_id: sale.value.linkId })
      })
      expect(deleted.ok).toBe(true)
      await until(async () => (await customerSees()).screen === 'changing', { limitMs: 4000, stepMs: 25 })
      expect(await customerSees()).toMatchObject({ screen: 'changing', reason: 'expired' })
      expect(JSON.stringify(await customerSees())).not.toContain(sale.value.payLink)
    } finally {
      await opened.close()
    }
  })
})
