import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { createCustomerDisplayService } from '../../../src-main/customer-display/customer-display-service'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { CustomerDisplayInfo, IpcResult, LinkView } from '../../../src-preload/contract'
import { BUILT_DISPLAY_PAGE } from '../../support/display-page'
import { freePort } from '../../support/free-port'
import { plainCipher } from '../../support/plain-cipher'
import { until } from '../../support/wait'
import { displayRequest, pairDisplay } from './display-http'

/** The own window's address split as its page reads it: the server, and the secret from `#window=`. */
function ownWindow(url: string | null) {
  const match = /^(http:\/\/127\.0\.0\.1:(\d+)\/)#window=([A-Za-z0-9_-]{43})$/.exec(url ?? '')
  if (match === null) throw new Error(`not an own-window URL: ${url}`)
  return { base: match[1]!, port: Number(match[2]), secret: match[3]! }
}

describe('customer display follows the cashier screen, through the real handlers', () => {
  let folder: string
  let backend: Backend
  const call = <T>(channel: string, request: unknown) =>
    dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<T>>

  const customerSees = async () => {
    const { base, secret } = ownWindow(backend.customerDisplay.windowUrl())
    const response = await fetch(`${base}state`, { headers: { 'X-Display-Token': secret } })
    return (await response.json()) as {
      screen: string
      amountCents?: number
      payLink?: string
      language: string
      demo: boolean
    }
  }
  const pairingCode = () => backend.settings.getStored().pairingCode

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-customer-'))
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      customerDisplayPage: BUILT_DISPLAY_PAGE,
      testing: {
        watchIntervalMs: 100
      }
    })
  })
  afterAll(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('runs no display server until the owner turns the customer window on, then only on 127.0.0.1', async () => {
    expect(backend.customerDisplay.windowUrl()).toBeNull()
    await call('updateSettings', { customerWindow: true, paidScreenSeconds: 1 })
    expect(backend.customerDisplay.windowUrl()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#window=[A-Za-z0-9_-]{43}$/)
    expect(await call('customerDisplayInfo', {})).toMatchObject({ ok: true, value: { lanUrls: [], problem: null } })
    expect(await customerSees()).toMatchObject({ screen: 'idle', language: 'en' })
  })

  it('tells the customer it is Demo while the counter runs on its simulator', async () => {
    expect(backend.settings.getPublic().demo).toBe(true)
    expect(await customerSees()).toMatchObject({ demo: true })
  })

  it('shows the QR with the amount while the cashier shows it, then Paid, then idle again', async () => {
    const sale = await call<LinkView>('charge', { amountCents: 4250, note: 'secret table note' })
    if (!sale.ok) throw new Error(sale.error.code)
    await call('watchLink', { linkId: sale.value.linkId })
    const qr = await customerSees()
    expect(qr).toMatchObject({ screen: 'qr', amountCents: 4250, payLink: sale.value.payLink })
    expect(JSON.stringify(qr)).not.toContain('secret table note')
    expect(JSON.stringify(qr)).not.toContain(sale.value.reference ?? 'no reference')

    await call('simulatePayment', { linkId: sale.value.linkId })
    await until(async () => (await customerSees()).screen === 'paid', { limitMs: 4000, stepMs: 25 })
    await call('unwatchLink', {})
    expect(await customerSees()).toMatchObject({ screen: 'paid', amountCents: 4250 })
    await until(async () => (await customerSees()).screen === 'idle', { limitMs: 4000, stepMs: 25 })
  })

  it('goes back to idle when the cashier leaves the QR; a cancelled sale asks the customer to wait', async () => {
    const sale = await call<LinkView>('charge', { amountCents: 990 })
    if (!sale.ok) throw new Error(sale.error.code)
    await call('watchLink', { linkId: sale.value.linkId })
    expect((await customerSees()).screen).toBe('qr')
    await call('unwatchLink', {})
    expect((await customerSees()).screen).toBe('idle')
    await call('watchLink', { linkId: sale.value.linkId })
    await call('cancelSale', { linkId: sale.value.linkId })
    expect(await customerSees()).toMatchObject({ screen: 'changing', reason: 'cancelled' })
    await call('unwatchLink', {})
    // The cashier rings up the next sale, then clears it: the customer sees the cart, then the welcome.
    await call('customerCart', { sale: { lines: [{ kind: 'amount', amountCents: 120 }], tip: { kind: 'none' } } })
    await until(async () => (await customerSees()).screen === 'cart', { limitMs: 2000, stepMs: 20 })
    await call('customerCart', { sale: null })
    await until(async () => (await customerSees()).screen === 'idle', { limitMs: 2000, stepMs: 20 })
  })

  it('the own window’s secret is 32 random bytes, never the pairing code, and the code alone opens no view', async () => {
    const { port, secret } = ownWindow(backend.customerDisplay.windowUrl())
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32)
    expect(secret).not.toContain(pairingCode())
    expect((await displayRequest(port, '/state', { token: pairingCode() })).status).toBe(401)
  })

  it('speaks the counter language; a new code unpairs displays while the own window stays where it is', async () => {
    await call('updateSettings', { language: 'de' })
    expect((await customerSees()).language).toBe('de')
    const before = backend.customerDisplay.windowUrl()
    const { port } = ownWindow(before)
    const oldCode = pairingCode()
    const paired = await pairDisplay(port, oldCode)
    const renewed = await call<CustomerDisplayInfo>('newPairingCode', {})
    if (!renewed.ok) throw new Error(renewed.error.code)
    expect(renewed.value.pairingCode).not.toBe(oldCode)
    expect(backend.customerDisplay.windowUrl()).toBe(before)
    expect((await customerSees()).screen).toBe('idle')
    expect((await displayRequest(port, '/state', { token: paired })).status).toBe(401)
    expect((await displayRequest(port, '/pair', { method: 'POST', code: oldCode })).status).toBe(401)
    await pairDisplay(port, renewed.value.pairingCode)
  })

  it('the LAN display runs on a server of its own: turning it on leaves the own window where it is', async () => {
    const before = backend.customerDisplay.windowUrl()
    const lanPort = await freePort()
    await call('updateSettings', { lanDisplay: true, lanDisplayPort: lanPort })
    try {
      expect(backend.customerDisplay.windowUrl()).toBe(before)
      expect((await customerSees()).screen).toBe('idle')
      const info = await call<CustomerDisplayInfo>('customerDisplayInfo', {})
      expect(info).toMatchObject({ ok: true, value: { problem: null } })
      // The LAN server knows no window secret: only a display paired with the code may look.
      const { secret } = ownWindow(before)
      expect((await displayRequest(lanPort, '/state', { token: secret })).status).toBe(401)
      const paired = await pairDisplay(lanPort, pairingCode())
      expect((await displayRequest(lanPort, '/state', { token: paired })).status).toBe(200)
    } finally {
      await call('updateSettings', { lanDisplay: false })
    }
    await expect(fetch(`http://127.0.0.1:${lanPort}/`)).rejects.toThrow()
    expect((await customerSees()).screen).toBe('idle')
  })

  it('a LAN port in use is reported as the code port_in_use with the port, and the counter carries on', async () => {
    const taken = createServer()
    const lanPort = await freePort()
    await new Promise<void>((resolve) => taken.listen(lanPort, '0.0.0.0', () => resolve()))
    try {
      await call('updateSettings', { lanDisplay: true, lanDisplayPort: lanPort })
      const info = await call<CustomerDisplayInfo>('customerDisplayInfo', {})
      expect(info).toMatchObject({ ok: true, value: { lanUrls: [], problem: { code: 'port_in_use', port: lanPort } } })
      expect((await customerSees()).screen).toBe('idle')
      await call('updateSettings', { lanDisplay: false })
      expect(await call('customerDisplayInfo', {})).toMatchObject({ ok: true, value: { problem: null } })
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()))
    }
  })

  it('stops the server when the customer window is turned off', async () => {
    const url = backend.customerDisplay.windowUrl()!
    await call('updateSettings', { customerWindow: false })
    expect(backend.customerDisplay.windowUrl()).toBeNull()
    await expect(fetch(url.split('#')[0]!)).rejects.toThrow()
  })
})

describe('customer display service without its built page', () => {
  it('reports page_missing instead of starting, and starts once a page folder is there', async () => {
    const settings = {
      customerWindow: true,
      lanDisplay: false,
      lanDisplayPort: 8377,
      pairingCode: '123456',
      language: 'en' as const,
      paidScreenSeconds: 3,
      demo: false,
      idleMessage: '',
      wifiPayload: null
    }
    for (const pageFolder of [undefined, join(tmpdir(), 'no-such-display-page')]) {
      const service = createCustomerDisplayService({ settings, describeLink: () => undefined, pageFolder })
      await service.apply(settings)
      expect(service.info().problem, String(pageFolder)).toEqual({ code: 'page_missing' })
      expect(service.windowUrl()).toBeNull()
      await service.close()
    }
    const built = createCustomerDisplayService({
      settings,
      describeLink: () => undefined,
      pageFolder: BUILT_DISPLAY_PAGE
    })
    await built.apply(settings)
    expect(built.info().problem).toBeNull()
    expect(built.windowUrl()).not.toBeNull()
    await built.close()
  })
})
