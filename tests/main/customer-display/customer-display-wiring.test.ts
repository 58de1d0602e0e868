import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCounterBackend, type CounterBackend } from '../../../src-main/counter-backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { CustomerDisplayInfo, IpcResult, LinkView } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { until } from '../../support/wait'

describe('customer display follows the cashier screen, through the real handlers', () => {
  let folder: string
  let backend: CounterBackend
  const call = <T>(channel: string, request: unknown) =>
    dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<T>>

  const customerSees = async () => {
    const url = backend.customerDisplay.windowUrl()
    if (url === null) throw new Error('no customer display running')
    const [base, code] = url.split('#code=') as [string, string]
    const response = await fetch(`${base}state`, { headers: { 'X-Pairing-Code': code } })
    return (await response.json()) as { screen: string; amountCents?: number; payLink?: string; language: string }
  }

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-customer-'))
    backend = await createCounterBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      journalPath: join(folder, 'journal.jsonl'),
      cipher: plainCipher,
      fetch,
      watchIntervalMs: 100
    })
  })
  afterAll(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('runs no display server until the owner turns the customer window on, then only on 127.0.0.1', async () => {
    expect(backend.customerDisplay.windowUrl()).toBeNull()
    await call('updateSettings', { customerWindow: true, paidScreenSeconds: 1 })
    expect(backend.customerDisplay.windowUrl()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#code=\d{6}$/)
    expect(await call('customerDisplayInfo', {})).toMatchObject({ ok: true, value: { lanUrls: [], problem: null } })
    expect(await customerSees()).toMatchObject({ screen: 'idle', language: 'en' })
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

  it('goes back to idle when the cashier leaves the QR or cancels the sale', async () => {
    const sale = await call<LinkView>('charge', { amountCents: 990 })
    if (!sale.ok) throw new Error(sale.error.code)
    await call('watchLink', { linkId: sale.value.linkId })
    expect((await customerSees()).screen).toBe('qr')
    await call('unwatchLink', {})
    expect((await customerSees()).screen).toBe('idle')
    await call('watchLink', { linkId: sale.value.linkId })
    await call('cancelSale', { linkId: sale.value.linkId })
    expect((await customerSees()).screen).toBe('idle')
    await call('unwatchLink', {})
  })

  it('speaks the counter language and pairs again after a new code', async () => {
    await call('updateSettings', { language: 'de' })
    expect((await customerSees()).language).toBe('de')
    const before = backend.customerDisplay.windowUrl()
    const renewed = await call<CustomerDisplayInfo>('newPairingCode', {})
    expect(renewed.ok && renewed.value.pairingCode).not.toBe(before?.split('#code=')[1])
    expect(backend.customerDisplay.windowUrl()).toContain(`#code=${renewed.ok ? renewed.value.pairingCode : ''}`)
    expect((await customerSees()).screen).toBe('idle')
  })

  it('stops the server when the customer window is turned off', async () => {
    const url = backend.customerDisplay.windowUrl()!
    await call('updateSettings', { customerWindow: false })
    expect(backend.customerDisplay.windowUrl()).toBeNull()
    await expect(fetch(url.split('#')[0]!)).rejects.toThrow()
  })
})
