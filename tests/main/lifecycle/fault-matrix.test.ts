import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView } from '../../../src-preload/contract'
import { errorMessage, isOfflineError } from '../../../src-renderer/src/lib/words/error-messages'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

/** What the cashier reads for a failed charge: the renderer's own wording of the IPC error. */
const shown = (result: IpcResult<unknown>) => (result.ok ? 'no error' : errorMessage(result.error, 'en'))

/** Demo's SecPaid is started anew each time the counter enters Demo: `onDemoStart` hears each one. */
async function openBackend(
  folder: string,
  options: { baseUrlOverride?: string; onDemoStart?: (demo: TestSecPaid) => void } = {}
) {
  const { baseUrlOverride, onDemoStart } = options
  return createBackend({
    storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
    booksPath: join(folder, 'books.sqlite'),
    cipher: plainCipher,
    fetch,
    testing: {
      timeoutMs: 400,
      lookupDelayMs: 5,
      // Faults one after another, faster than any cashier: the request budget has tests of its own.
      requestBudget: null,
      ...(baseUrlOverride ? { baseUrlOverride } : {}),
      ...(onDemoStart
        ? {
            startDemoSecPaid: async () => {
              const demo = await startTestSecPaid()
              onDemoStart(demo)
              return demo
            }
          }
        : {})
    }
  })
}

describe('fault matrix: each SecPaid failure during a charge, what the cashier sees, and the final state', () => {
  let folder: string
  let backend: Backend
  let demo: TestSecPaid
  const charge = (amountCents = 1500) =>
    dispatchCounterCall(backend.handlers, 'charge', { amountCents }) as Promise<IpcResult<LinkView>>
  /** References in the books before this test: its own sales are the ones after. */
  let earlier = new Set<string>()
  const journaledSales = () => {
    const journal = openSaleJournal(join(folder, 'books.sqlite'))
    journal.close()
    return journal.all()
  }
  const journalStatuses = () =>
    journaledSales()
      .filter((sale) => !earlier.has(sale.reference))
      .map((sale) => sale.status)
  const simulator = () => demo

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-faults-'))
    backend = await openBackend(folder, { onDemoStart: (started) => (demo = started) })
  })
  afterAll(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })
  beforeEach(() => {
    simulator().reset()
    earlier = new Set(journaledSales().map((sale) => sale.reference))
  })

  it.each(['http500', 'http502Html', 'garbage', 'invalidJson', 'connectionReset'] as const)(
    '%s once: looked up, proven absent, created once under the same reference',
    async (fault) => {
      simulator().injectFaults(fault, 1, 'createLink')
      const result = await charge()
      expect(shown(result)).toBe('no error')
      expect(simulator().links()).toHaveLength(1)
      expect(
        simulator()
          .requestLog()
          .filter((request) => request.endpoint === 'createLink')
      ).toHaveLength(2)
      const notes = simulator()
        .requestLog()
        .filter((r) => r.endpoint === 'createLink')
        .map((r) => (r.body as { recipient_note: string }).recipient_note)
      expect(notes[0]).toBe(notes[1])
      expect(journalStatuses()).toEqual(['created'])
    }
  )

  it.each([
    ['http500', /^SecPaid had a server error \(HTTP 500\).* SecPaid did not create the link; nothing was charged\.$/],
    [
      'http502Html',
      /^SecPaid sent a response that is not JSON \(HTTP 502\)\. SecPaid did not create the link; nothing was charged\.$/
    ],
    ['garbage', /not JSON \(HTTP 200\)\. SecPaid did not create the link; nothing was charged\.$/],
    ['invalidJson', /not JSON \(HTTP 200\)\. SecPaid did not create the link; nothing was charged\.$/],
    ['connectionReset', /^The connection to SecPaid broke before an answer arrived\. SecPaid did not create the link/]
  ] as const)('%s on every create: the sale fails with a clear message and no link exists', async (fault, message) => {
    simulator().injectFaults(fault, 2, 'createLink')
    const result = await charge()
    expect(shown(result)).toMatch(message)
    expect(simulator().links()).toHaveLength(0)
    expect(journalStatuses()).toEqual(['failed'])
  })

  it('429 without Retry-After: refused, not retried, the cashier is told to wait', async () => {
    simulator().injectFaults('http429', 1, 'createLink')
    const result = await charge()
    expect(result).toMatchObject({ ok: false, error: { code: 'rate_limited' } })
    expect(shown(result)).toBe('Too many requests, try again in 5 s')
    expect(simulator().requestCount()).toBe(1)
    expect(simulator().links()).toHaveLength(0)
    expect(journalStatuses()).toEqual(['failed'])
  })

  it('429 with Retry-After: the wait SecPaid asked for is what the cashier reads', async () => {
    simulator().injectFaults('http429RetryAfter', 1, 'createLink')
    const result = await charge()
    expect(result).toMatchObject({ ok: false, error: { code: 'rate_limited', retryAfterSeconds: 2 } })
    expect(shown(result)).toBe('Too many requests, try again in 2 s')
    expect(simulator().links()).toHaveLength(0)
  })

  it('connection dropped after SecPaid created the link: adopted, not duplicated', async () => {
    simulator().injectFaults('resetAfterProcessing', 1, 'createLink')
    const result = await charge(2500)
    expect(result).toMatchObject({ ok: true, value: { amountCents: 2500, state: 'waiting' } })
    expect(simulator().links()).toHaveLength(1)
    expect(journalStatuses()).toEqual(['created'])
  })

  it('answer after the client timed out (link created server-side): adopted, not duplicated', async () => {
    simulator().setResponseDelayAfterProcessing(1000)
    const pending = charge(2600)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(simulator().links()).toHaveLength(1)
    simulator().setResponseDelayAfterProcessing(0)
    const result = await pending
    expect(result).toMatchObject({ ok: true, value: { amountCents: 2600, linkId: simulator().links()[0]!.id } })
    expect(simulator().links()).toHaveLength(1)
  })

  it('simulator down: nothing was sent, the sale fails at once, the offline banner shows', async () => {
    const downFolder = mkdtempSync(join(tmpdir(), 'counter-down-'))
    const down = await openBackend(downFolder)
    await down.demoSecPaid()?.close()
    const result = (await dispatchCounterCall(down.handlers, 'charge', { amountCents: 100 })) as IpcResult<LinkView>
    expect(result.ok).toBe(false)
    if (!result.ok) expect(isOfflineError(result.error)).toBe(true)
    expect(shown(result)).toBe('Could not connect to SecPaid: the connection was refused.')
    expect(
      openSaleJournal(join(downFolder, 'books.sqlite'))
        .all()
        .map((sale) => sale.status)
    ).toEqual(['failed'])
    rmSync(downFolder, { recursive: true, force: true })
  })

  it('a rejected key: the clear message, no link, nothing retried', async () => {
    await dispatchCounterCall(backend.handlers, 'updateSettings', { environment: 'production' })
    await dispatchCounterCall(backend.handlers, 'setApiKey', { apiKey: 'sk_live_unknown', storeUnencrypted: true })
    // Production is overridden to a SecPaid that knows only the demo key, so this key is unknown there.
    const standIn = await startTestSecPaid()
    // Books of its own: two backends on one books database would hand out the same sale numbers (each keeps its
    // index in memory; the app's single-instance lock is what keeps a second one away).
    const rejected = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'rejected', 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      testing: {
        requestBudget: null,
        baseUrlOverride: standIn.baseUrl
      }
    })
    const result = (await dispatchCounterCall(rejected.handlers, 'charge', { amountCents: 100 })) as IpcResult<LinkView>
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'key_rejected' }
    })
    expect(shown(result)).toBe('The API key was rejected by SecPaid')
    expect(standIn.links()).toHaveLength(0)
    await rejected.close()
    await standIn.close()
    await dispatchCounterCall(backend.handlers, 'removeApiKey', {})
    await dispatchCounterCall(backend.handlers, 'updateSettings', { environment: 'demo' })
  })

  describe('cancel', () => {
    it('an unknown link: SecPaid says "Invalid link ID" and the cashier reads it', async () => {
      const result = await dispatchCounterCall(backend.handlers, 'cancelSale', { linkId: 1 })
      expect(shown(result)).toBe('Invalid link ID')
    })

    it('a paid link: not deleted, recorded as paid, and the cashier is told why', async () => {
      const sale = await charge(900)
      if (!sale.ok) throw new Error(sale.error.code)
      simulator().markPaid(sale.value.linkId)
      const result = await dispatchCounterCall(backend.handlers, 'cancelSale', { linkId: sale.value.linkId })
      expect(shown(result)).toBe('This sale is already paid and can no longer be cancelled.')
      expect(journalStatuses()).toEqual(['paid'])
    })

    it('a pending link: deleted at SecPaid, gone from the list, journaled as cancelled', async () => {
      const sale = await charge(950)
      if (!sale.ok) throw new Error(sale.error.code)
      expect(await dispatchCounterCall(backend.handlers, 'cancelSale', { linkId: sale.value.linkId })).toEqual({
        ok: true,
        value: { linkId: sale.value.linkId }
      })
      expect(simulator().links()).toHaveLength(0)
      const listed = await dispatchCounterCall(backend.handlers, 'listPending', {})
      expect(listed).toEqual({ ok: true, value: { links: [], complete: true } })
      expect(journalStatuses()).toEqual(['cancelled'])
    })

    it('a failed delete (server error) says so and keeps the link', async () => {
      const sale = await charge(960)
      if (!sale.ok) throw new Error(sale.error.code)
      simulator().injectFaults('http500', 1, 'deleteLink')
      const result = await dispatchCounterCall(backend.handlers, 'cancelSale', { linkId: sale.value.linkId })
      expect(shown(result)).toMatch(/^SecPaid had a server error \(HTTP 500\)/)
      expect(simulator().links()).toHaveLength(1)
      expect(journalStatuses()).toEqual(['created'])
    })
  })
})

describe('fault matrix: every documented ResponseCode 0 message, from a server that answers only that', () => {
  let server: Server
  let baseUrl: string
  let answer = 'Please enter amount'
  let requests: string[] = []
  let folder: string
  let backend: Backend

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '')
      const isList = request.url?.includes('MyUnusedLinks') || request.url?.includes('MyUsedLinks')
      const body = isList
        ? { data: [], ResponseCode: 1, ResponseMsg: 'List retrived successfully', Result: 'True', ServerTime: 'CEST' }
        : { ResponseCode: 0, ResponseMsg: answer, Result: 'False', ServerTime: 'CEST' }
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v2/`
    folder = mkdtempSync(join(tmpdir(), 'counter-envelope-'))
    backend = await openBackend(folder, { baseUrlOverride: baseUrl })
    await dispatchCounterCall(backend.handlers, 'updateSettings', { environment: 'production' })
    await dispatchCounterCall(backend.handlers, 'setApiKey', { apiKey: 'sk_live_any', storeUnencrypted: true })
  })
  afterAll(async () => {
    await backend.close()
    await new Promise((resolve) => server.close(resolve))
    rmSync(folder, { recursive: true, force: true })
  })
  beforeEach(() => {
    requests = []
  })

  it.each([
    ['Please enter token', 'The API key was rejected by SecPaid'],
    ['No user found with the provided API key.', 'The API key was rejected by SecPaid'],
    ['Incorrect token or missing token', 'The API key was rejected by SecPaid'],
    ['Please enter amount', 'Please enter amount'],
    ['Amount should not be zero or negative number', 'Amount should not be zero or negative number']
  ])(
    'createLink answers "%s": the sale fails without a retry and the cashier reads "%s"',
    async (message, expected) => {
      answer = message
      const result = await dispatchCounterCall(backend.handlers, 'charge', { amountCents: 100 })
      expect(shown(result)).toBe(expected)
      expect(requests).toEqual(['/api/v2/createLink'])
    }
  )

  it.each([
    ['This link is already used', 'This sale is already paid and can no longer be cancelled.'],
    ['Invalid link ID', 'Invalid link ID'],
    ['Link not found', 'Link not found'],
    ['Please enter link_id', 'Please enter link_id']
  ])('deleteLink answers "%s": the cashier reads "%s"', async (message, expected) => {
    answer = message
    const result = await dispatchCounterCall(backend.handlers, 'cancelSale', { linkId: 99290 })
    expect(shown(result)).toBe(expected)
  })
})
