import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { format } from 'node:util'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type Backend, createBackend } from '../../src-main/backend'
import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../src-main/settings/json-file-settings-storage'
import type { SecretCipher } from '../../src-main/settings/settings-storage'
import {
  type Channel,
  CHANNEL_NAMES,
  type IpcResult,
  type LinkView,
  type PublicSettings,
  type StaffView
} from '../../src-preload/contract'
import { malformedPayloads } from '../main/ipc/malformed-payloads'
import { journalText } from '../support/journal-rows'
import { SECPAID_FAULTS, startTestSecPaid, type TestSecPaid } from '../support/test-secpaid'

const API_KEY = 'sk_live_LEAKCHECK_123'
const REJECTED_KEY = 'sk_live_LEAKCHECK_REJECTED_456'
const SECRETS = [API_KEY, REJECTED_KEY]

/** AES-256-GCM with a key that lives only in this test: the key on disk is unreadable without it, like safeStorage. */
function testCipher(): SecretCipher {
  const cipherKey = randomBytes(32)
  return {
    storage: async () => 'encrypted',
    async encrypt(plainText) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', cipherKey, iv)
      const encrypted = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64')
    },
    async decrypt(cipherText) {
      const bytes = Buffer.from(cipherText, 'base64')
      const decipher = createDecipheriv('aes-256-gcm', cipherKey, bytes.subarray(0, 12))
      decipher.setAuthTag(bytes.subarray(12, 28))
      const plainText = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
      return { plainText, shouldReEncrypt: false }
    }
  }
}

describe('the API key never leaves the main process: not over IPC, not in logs, not in plain text on disk', () => {
  let folder: string
  let productionStandIn: TestSecPaid
  let backend: Backend
  const cipher = testCipher()
  /** Every IPC answer, as the renderer would receive it, labelled with the call that produced it. */
  const answers: { call: string; json: string }[] = []
  /** Settings pushed to the window on change (they cross IPC as well). */
  const broadcasts: PublicSettings[] = []
  /** Everything written to the console or to stdout/stderr while the backend runs. */
  const logged: string[] = []
  const validCalls = new Set<Channel>()
  const invalidCalls = new Set<Channel>()

  async function call(channel: Channel, request: unknown, label = ''): Promise<IpcResult<unknown>> {
    const result = await dispatchCounterCall(backend.handlers, channel, request)
    answers.push({ call: `${channel} ${label}`.trim(), json: JSON.stringify(result) })
    if (result.ok || result.error.code !== 'invalid_request') validCalls.add(channel)
    else invalidCalls.add(channel)
    return result
  }

  function captureOutput(): void {
    const record = (...parts: unknown[]) => {
      logged.push(format(...parts))
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, method).mockImplementation(record)
    }
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: unknown) => {
        logged.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk))
        return true
      })
    }
  }

  beforeAll(async () => {
    captureOutput()
    folder = mkdtempSync(join(tmpdir(), 'counter-key-leak-'))
    productionStandIn = await startTestSecPaid({ apiKeys: [API_KEY] })
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher,
      fetch,
      onSettingsChanged: (settings) => broadcasts.push(settings),
      testing: {
        timeoutMs: 400,
        lookupDelayMs: 5,
        // Every fault one after another, faster than any cashier: the request budget has tests of its own.
        requestBudget: null,
        baseUrlOverride: productionStandIn.baseUrl
      }
    })
  })

  afterAll(async () => {
    await backend.close()
    await productionStandIn.close().catch(() => undefined)
    vi.restoreAllMocks()
    rmSync(folder, { recursive: true, force: true })
  })

  it('every channel answers valid calls in Production with the key set, and the key does reach SecPaid', async () => {
    expect(await call('updateSettings', { environment: 'production' })).toMatchObject({ ok: true })
    expect(await call('setApiKey', { apiKey: API_KEY })).toMatchObject({
      ok: true,
      value: { hasKey: true, demo: false }
    })
    await call('getSettings', {})
    expect(await call('testConnection', {})).toEqual({ ok: true, value: { demo: false } })

    const charged = (await call('charge', { amountCents: 1234, note: 'leak check' })) as IpcResult<LinkView>
    if (!charged.ok) throw new Error(charged.error.code)
    const { linkId, reference } = charged.value
    expect(productionStandIn.links().find((link) => link.id === linkId)?.apiKey).toBe(API_KEY)
    await call('listPending', {})
    await call('listPending', { search: 'leak', limit: 5 })
    await call('watchLink', { linkId })
    await call('unwatchLink', {})
    await call('resolveSale', { reference: reference ?? '' })
    await call('recoveredSale', {})
    await call('todaySummary', {})
    await call('simulatePayment', { linkId })
    await call('changeSale', { linkId })
    await call('cancelSale', { linkId })
    const composition = { lines: [{ kind: 'amount', amountCents: 500 }], tip: { kind: 'none' } }
    await call('quoteSale', composition)
    await call('customerCart', { sale: composition })
    await call('setProductSoldOut', { productId: 'leak', soldOut: true })
    await call('charge', { sale: composition, note: 'leak check' }, 'composed')
    await call('receiptFor', { reference: reference ?? '' })
    await call('printReceipt', { reference: reference ?? '' })
    const today = new Date().toISOString().slice(0, 10)
    await call('saleDetail', { reference: reference ?? '' })
    await call('refundSale', { reference: reference ?? '', amountCents: 100 })
    await call('dayClose', { from: today, to: today })
    await call('salesRows', { from: today, to: today })
    await call('saveFile', { fileName: 'sales.csv', kind: 'csv', content: 'x' })
    await call('savePageAsPdf', { fileName: 'day.pdf' })

    await call('unlockSettings', { pin: '1234' })
    await call('setSettingsPin', { pin: '4321' })
    await call('lockSettings', {})
    const whileLocked = await call('setApiKey', { apiKey: API_KEY }, 'while locked')
    expect(whileLocked).toMatchObject({ ok: false, error: { code: 'locked' } })
    await call('unlockSettings', { pin: '0000' })
    await call('unlockSettings', { pin: '4321' })
    // Staff: a cashier made, signed in and out, and removed again (the owner's PIN stays while there are cashiers).
    const staff = (await call('saveCashier', {
      name: 'Anna',
      pin: '1357',
      permissions: ['refund']
    })) as IpcResult<StaffView>
    const cashierId = staff.ok ? (staff.value.cashiers.at(-1)?.id ?? '') : ''
    await call('signIn', { cashierId, pin: '1357' })
    await call('signIn', { cashierId: 'owner', pin: '4321' })
    await call('unlockSettings', { pin: '4321' })
    await call('removeCashier', { id: cashierId })
    await call('removeApiKey', {})
    await call('setApiKey', { apiKey: API_KEY })
    await call('setSettingsPin', { pin: null })
    await call('quitApp', {})
    await call('checkNow', { reference: reference ?? '' })
    await call('exportForAudit', { from: today, to: today })
    await call('aboutApp', {})
    await call('exportProcedureDescription', { language: 'en' })
    await call('setBackupKeep', { keep: 3 })
    const parked = (await call('parkSale', { name: 'Table 4', charge: { amountCents: 450 } })) as IpcResult<{
      id: string
    }>
    if (!parked.ok) throw new Error(parked.error.code)
    await call('resumeParkedSale', { id: parked.value.id })
    await call('discardParkedSale', { id: parked.value.id })
    await call('linkExpiry', { linkId })
    await call('extendLinkExpiry', { linkId })
    // Channels added to the contract later: their request is empty, or this call is refused and the check below says so.
    for (const channel of CHANNEL_NAMES.filter((listed) => !validCalls.has(listed)))
      await call(channel, {}, 'empty request')

    expect(CHANNEL_NAMES.filter((channel) => !validCalls.has(channel))).toEqual([])
  })

  it('every kind of SecPaid failure comes back as an error without the key', async () => {
    const failingCalls = async (label: string) => {
      await call('testConnection', {}, label)
      await call('charge', { amountCents: 500 }, label)
      await call('listPending', { search: 'leak' }, label)
      await call('cancelSale', { linkId: 999_999 }, label)
    }
    await failingCalls('no fault')
    for (const fault of SECPAID_FAULTS) {
      productionStandIn.injectFaults(fault, 8)
      await failingCalls(fault)
      productionStandIn.reset()
    }

    productionStandIn.injectFaults('resetAfterProcessing', 1, 'createLink')
    productionStandIn.injectFaults('connectionReset', 4, 'getMyUnusedLinks')
    const lost = await call('charge', { amountCents: 700 }, 'answer lost')
    const pendingReference = !lost.ok && lost.error.code === 'outcome_unknown' ? lost.error.reference : undefined
    productionStandIn.reset()
    if (pendingReference !== undefined)
      await call('resolveSale', { reference: pendingReference }, 'after a lost answer')

    productionStandIn.setLatency(1_000)
    await failingCalls('timeout')
    productionStandIn.setLatency(0)

    productionStandIn.setRateLimit(true, 1)
    await failingCalls('rate limited')
    productionStandIn.setRateLimit(false)

    await call('setApiKey', { apiKey: REJECTED_KEY })
    expect(await call('testConnection', {}, 'rejected key')).toMatchObject({
      ok: false,
      error: { code: 'key_rejected' }
    })
    await failingCalls('rejected key')
    await call('setApiKey', { apiKey: API_KEY })

    const errorCodes = answers
      .filter((answer) => answer.json.startsWith('{"ok":false'))
      .map((answer) => (JSON.parse(answer.json) as { error: { code: string } }).error.code)
    const exercised = [
      'secpaid_refused',
      'key_rejected',
      'rate_limited',
      'secpaid_error',
      'bad_answer',
      'unreachable',
      'timeout',
      'outcome_unknown'
    ]
    expect(exercised.filter((code) => !errorCodes.includes(code))).toEqual([])
  })

  it('SecPaid out of reach altogether: network errors without the key', async () => {
    // The stand-in's port stops listening: every request is refused at connect.
    await productionStandIn.close()
    await call('testConnection', {}, 'unreachable')
    await call('charge', { amountCents: 300 }, 'unreachable')
    await call('listPending', { search: 'x' }, 'unreachable')
    expect(answers.at(-1)?.json).toContain('"code":"unreachable"')
  })

  it('malformed calls on every channel, some carrying the key in the wrong place, are refused without it', async () => {
    for (const { channel, request, why } of malformedPayloads()) await call(channel, request, why)
    const carryingTheKey: [Channel, unknown][] = [
      ['setApiKey', { apiKey: API_KEY, extra: true }],
      ['setApiKey', { apiKey: [API_KEY] }],
      ['setApiKey', { apiKey: { value: API_KEY } }],
      ['setApiKey', { apiKey: `${API_KEY}\u0000` }],
      ['setApiKey', { key: API_KEY }],
      ['updateSettings', { apiKey: API_KEY }],
      ['updateSettings', { linkDefaults: { apiKey: API_KEY } }],
      ['charge', { amountCents: API_KEY }],
      ['charge', { amountCents: 100, apiKey: API_KEY }],
      ['unlockSettings', { pin: API_KEY }],
      ['setSettingsPin', { pin: API_KEY }],
      ['getSettings', { apiKey: API_KEY }]
    ]
    for (const [channel, request] of carryingTheKey) {
      const result = await call(channel, request, 'carrying the key')
      const refused = { ok: false, error: { code: 'invalid_request' } }
      expect(result, `${channel} ${JSON.stringify(request)}`).toMatchObject(refused)
    }
    expect(CHANNEL_NAMES.filter((channel) => !invalidCalls.has(channel))).toEqual([])
  })

  it('no IPC answer and no settings broadcast contains the key', () => {
    expect(answers.length).toBeGreaterThan(250)
    const leaking = answers.filter((answer) => SECRETS.some((secret) => answer.json.includes(secret)))
    expect(leaking.map((answer) => answer.call)).toEqual([])
    expect(broadcasts.length).toBeGreaterThan(0)
    expect(
      broadcasts.filter((settings) => SECRETS.some((secret) => JSON.stringify(settings).includes(secret)))
    ).toEqual([])
  })

  it('nothing written to the console, stdout or stderr contains the key', () => {
    console.warn('capture probe')
    process.stderr.write('stream probe\n')
    expect(logged).toEqual(expect.arrayContaining(['capture probe', 'stream probe\n']))
    expect(logged.filter((line) => SECRETS.some((secret) => line.includes(secret)))).toEqual([])
  })

  it('the settings file holds the key only encrypted, and the sales journal not at all', async () => {
    const settingsText = readFileSync(join(folder, 'settings.json'), 'utf8')
    expect(SECRETS.filter((secret) => settingsText.includes(secret))).toEqual([])
    const stored = (JSON.parse(settingsText) as { apiKey: { encoding: string; value: string } }).apiKey
    expect(stored.encoding).toBe('safeStorage')
    expect((await cipher.decrypt(stored.value)).plainText).toBe(API_KEY)
    const booksPath = join(folder, 'books.sqlite')
    expect(journalText(booksPath).length).toBeGreaterThan(0)
    // The rows' lines, and every byte of the database and its WAL besides.
    const storedBooks = [
      journalText(booksPath),
      ...['', '-wal'].flatMap((suffix) =>
        existsSync(`${booksPath}${suffix}`) ? [readFileSync(`${booksPath}${suffix}`, 'latin1')] : []
      )
    ]
    expect(SECRETS.filter((secret) => storedBooks.some((text) => text.includes(secret)))).toEqual([])
  })
})
