import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { SecretCipher } from '../../../src-main/settings/settings-storage'
import { createLinkStore } from '../../../src-main/simulator/link-store'
import { DEFAULT_API_KEYS } from '../../../src-main/simulator/state'
import { type Channel, CHANNEL_NAMES, type PendingListView } from '../../../src-preload/contract'
import { errorMessage } from '../../../src-renderer/src/lib/words/error-messages'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { malformedPayloads } from './malformed-payloads'

const testCipher: SecretCipher = {
  storage: async () => 'encrypted',
  encrypt: async (text) => Buffer.from(text).toString('base64'),
  decrypt: async (cipherText) => ({ plainText: Buffer.from(cipherText, 'base64').toString(), shouldReEncrypt: false })
}

describe('IPC handlers against the real client and simulator', () => {
  let folder: string
  let backend: Backend
  let productionStandIn: TestSecPaid
  let demo: TestSecPaid

  const demoLinks = createLinkStore(DEFAULT_API_KEYS, () => new Date())

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-ipc-'))
    productionStandIn = await startTestSecPaid({ apiKeys: ['sk_live_valid'] })
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: testCipher,
      fetch,
      testing: {
        baseUrlOverride: productionStandIn.baseUrl,
        // Started anew each time the counter enters Demo, its links kept as the built-in one keeps them.
        startDemoSecPaid: async () => (demo = await startTestSecPaid({ links: demoLinks }))
      }
    })
  })
  afterAll(async () => {
    await backend.close()
    await productionStandIn.close()
    rmSync(folder, { recursive: true, force: true })
  })

  const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)
  const requestsReachingSecPaid = () => demo.requestCount() + productionStandIn.requestCount()

  describe('valid calls reach the client', () => {
    it('charge creates one Demo link with the sale reference, the cashier note and the owner defaults', async () => {
      const before = demo.requestCount()
      const result = await call('charge', { amountCents: 4999, note: 'Table 4' })
      expect(result.ok).toBe(true)
      if (!result.ok) return
      const sale = result.value as { linkId: number; reference: string; amountCents: number; payLink: string }
      expect(sale.amountCents).toBe(4999)
      expect(sale.reference).toMatch(/^POS-[a-z2-9]{5}-\d{8}-\d{4}$/)
      expect(sale.payLink).toBe(
        `https://app.secpaid.com/payment?link_id=${Buffer.from(String(sale.linkId)).toString('base64')}`
      )
      expect(demo.requestCount()).toBe(before + 1)
      const stored = demo.links().find((link) => link.id === sale.linkId)
      expect(stored).toMatchObject({ recipientNote: `${sale.reference} Table 4` })
    })

    it('listPending returns the new link, newest first, mapped for the sidebar', async () => {
      await call('listPending', {})
      const charged = await call('charge', { amountCents: 250 })
      expect(charged.ok).toBe(true)
      const listed = await call('listPending', {})
      expect(listed.ok && (listed.value as PendingListView).links[0]).toMatchObject({
        amountCents: 250,
        kind: 'Basic'
      })
      expect(listed.ok && (listed.value as PendingListView).complete).toBe(true)
    })

    it('listPending passes the search on to SecPaid', async () => {
      const charged = await call('charge', { amountCents: 777, note: 'unique-needle' })
      expect(charged.ok).toBe(true)
      const listed = await call('listPending', { search: 'unique-needle' })
      expect(listed.ok && (listed.value as PendingListView).links.map((link) => link.amountCents)).toEqual([777])
    })

    it('testConnection asks SecPaid for one pending link', async () => {
      const before = demo.requestCount()
      expect(await call('testConnection', {})).toEqual({ ok: true, value: { demo: true } })
      expect(demo.requestCount()).toBe(before + 1)
      expect(demo.requestLog().at(-1)).toMatchObject({
        endpoint: 'getMyUnusedLinks',
        body: { limit: 1 }
      })
    })

    it('simulatePayment marks a Demo link paid, so it leaves the pending list', async () => {
      const charged = await call('charge', { amountCents: 1200 })
      if (!charged.ok) throw new Error(charged.error.code)
      const linkId = (charged.value as { linkId: number }).linkId
      expect(await call('simulatePayment', { linkId })).toEqual({ ok: true, value: { linkId } })
      const listed = await call('listPending', {})
      expect(listed.ok && (listed.value as PendingListView).links.some((link) => link.linkId === linkId)).toBe(false)
    })

    it('with a key in Production mode, calls go to SecPaid with that key, and a rejected key says so', async () => {
      await call('updateSettings', { environment: 'production' })
      await call('setApiKey', { apiKey: 'sk_live_wrong' })
      expect(await call('testConnection', {})).toEqual({
        ok: false,
        error: { code: 'key_rejected', httpStatus: 401 }
      })
      await call('setApiKey', { apiKey: '  sk_live_valid  ' })
      const before = productionStandIn.requestCount()
      expect(await call('testConnection', {})).toEqual({ ok: true, value: { demo: false } })
      expect(productionStandIn.requestCount()).toBe(before + 1)
      expect(await call('simulatePayment', { linkId: 1 })).toMatchObject({ ok: false, error: { code: 'not_demo' } })
      await call('removeApiKey', {})
      // Without its key Production stays Production: it sells nothing, and never on Demo's simulator.
      expect(await call('getSettings', {})).toMatchObject({
        ok: true,
        value: { environment: 'production', demo: false, hasKey: false }
      })
      const sent = productionStandIn.requestCount()
      expect(await call('charge', { amountCents: 100 })).toEqual({ ok: false, error: { code: 'no_key' } })
      expect(await call('testConnection', {})).toEqual({ ok: false, error: { code: 'no_key' } })
      expect(productionStandIn.requestCount()).toBe(sent)
      await call('updateSettings', { environment: 'demo' })
    })

    it('switching from Demo to Production never shows the Demo links from the shared list', async () => {
      await call('charge', { amountCents: 321 })
      const demoList = await call('listPending', {})
      expect(demoList.ok && (demoList.value as PendingListView).links.length).toBeGreaterThan(0)
      await call('updateSettings', { environment: 'production' })
      await call('setApiKey', { apiKey: 'sk_live_valid' })
      expect(await call('listPending', {})).toEqual({ ok: true, value: { links: [], complete: true } })
      await call('removeApiKey', {})
      await call('updateSettings', { environment: 'demo' })
      const backInDemo = await call('listPending', {})
      expect(backInDemo.ok && (backInDemo.value as PendingListView).links.length).toBeGreaterThan(0)
    })

    it('refuses an amount above the owner maximum before it reaches SecPaid', async () => {
      await call('updateSettings', { maxAmountCents: 10_000 })
      const before = requestsReachingSecPaid()
      expect(await call('charge', { amountCents: 10_001 })).toMatchObject({
        ok: false,
        error: { code: 'amount_above_maximum', maxAmountCents: 10_000 }
      })
      expect(await call('charge', { amountCents: 500_001 })).toMatchObject({
        ok: false,
        error: { code: 'amount_above_maximum', maxAmountCents: 10_000 }
      })
      expect(await call('charge', { amountCents: 10_000 })).toMatchObject({ ok: true })
      expect(requestsReachingSecPaid()).toBe(before + 1)
    })
  })

  describe('malformed calls are refused with a clear message and never reach the network', () => {
    const payloads = malformedPayloads()

    it('has over 200 malformed payloads covering every channel', () => {
      expect(payloads.length).toBeGreaterThan(200)
      expect(new Set(payloads.map((payload) => payload.channel))).toEqual(new Set(CHANNEL_NAMES))
    })

    it('refuses every one of them as invalid_request, naming the refused field as data, and sends nothing', async () => {
      const settingsFile = join(folder, 'settings.json')
      const settingsBefore = readFileSync(settingsFile, 'utf8')
      const before = requestsReachingSecPaid()
      for (const { channel, request, why } of payloads) {
        const result = await call(channel, request)
        expect(result.ok, `${channel} ${why} was accepted`).toBe(false)
        if (result.ok) continue
        expect(result.error.code, `${channel} ${why}`).toBe('invalid_request')
        // Data only: no sentence, no stack, no schema dump crosses.
        expect(Object.keys(result.error).sort(), `${channel} ${why}`).toEqual(['code', 'field'])
        const { field } = result.error as { field: unknown }
        expect(field === null || typeof field === 'string', `${channel} ${why}`).toBe(true)
        expect(String(field), `${channel} ${why}`).not.toMatch(/\n\s+at |\{"|ZodError/)
      }
      expect(requestsReachingSecPaid()).toBe(before)
      expect(readFileSync(settingsFile, 'utf8')).toBe(settingsBefore)
    })

    it('refuses channels that are not in the contract', async () => {
      for (const channel of ['getApiKey', '__proto__', 'constructor', 'toString', '', 42, null] as unknown[]) {
        expect(await dispatchCounterCall(backend.handlers, channel, {})).toMatchObject({
          ok: false,
          error: { code: 'invalid_request' }
        })
      }
    })

    it('names the amount as the refused field, which the renderer explains in words a person understands', async () => {
      const refusalFor = async (amountCents: unknown) => {
        const result = await call('charge', { amountCents })
        return result.ok ? 'accepted' : result.error
      }
      for (const amountCents of [0, -5, 123.4, '100', Number.NaN]) {
        const refusal = await refusalFor(amountCents)
        expect(refusal, String(amountCents)).toEqual({ code: 'invalid_request', field: 'amountCents' })
        if (refusal === 'accepted') continue
        expect(errorMessage(refusal, 'en')).toBe('The amount must be greater than zero, in whole cents.')
        expect(errorMessage(refusal, 'de')).toBe('Der Betrag muss größer als null sein, in ganzen Cent.')
      }
    })
  })
})

export type { Channel }
