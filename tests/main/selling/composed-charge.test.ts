import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCounterBackend, type CounterBackend } from '../../../src-main/counter-backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { readJournal } from '../../../src-main/sale/read-journal'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { SecretCipher } from '../../../src-main/settings/settings-storage'
import type { LinkView, SaleComposition } from '../../../src-preload/contract'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

const plainCipher: SecretCipher = {
  storage: async () => 'encrypted',
  encrypt: async (text) => text,
  decrypt: async (cipherText) => ({ plainText: cipherText, shouldReEncrypt: false })
}

const COFFEE = { kind: 'product', productId: 'coffee', name: 'Coffee', unitCents: 250, quantity: 2 } as const
const CAKE = { kind: 'product', productId: 'cake', name: 'Cake', unitCents: 320, quantity: 1 } as const

describe('a composed sale is quoted and charged by main, through the handlers, against the simulator', () => {
  let folder: string
  let backend: CounterBackend
  let demo: TestSecPaid

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-selling-'))
    backend = await createCounterBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      journalPath: join(folder, 'sales-journal.jsonl'),
      cipher: plainCipher,
      fetch,
      startDemoSecPaid: async () => (demo = await startTestSecPaid())
    })
  })
  afterAll(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })

  const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)
  const journalLines = () =>
    readFileSync(join(folder, 'sales-journal.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>)

  it('quoteSale answers the figures and asks SecPaid nothing', async () => {
    const sale: SaleComposition = {
      lines: [COFFEE, CAKE, { kind: 'amount', amountCents: 105 }],
      tip: { kind: 'round_up' }
    }
    const before = demo?.requestCount() ?? 0
    expect(await call('quoteSale', sale)).toMatchObject({
      ok: true,
      value: { subtotalCents: 925, tipCents: 75, totalCents: 1000 }
    })
    expect(demo?.requestCount() ?? 0).toBe(before)
  })

  it('charges the total main computed, with items in the note and lines and tip in the journal', async () => {
    const sale: SaleComposition = { lines: [COFFEE, CAKE], tip: { kind: 'percent', percent: 10 } }
    const charged = await call('charge', { sale, note: 'Table 4' })
    expect(charged.ok).toBe(true)
    if (!charged.ok) return
    const link = charged.value as LinkView
    // 2 × 2.50 + 3.20 = 8.20; 10 % = 0.82
    expect(link.amountCents).toBe(902)
    const stored = demo.links().find((candidate) => candidate.id === link.linkId)
    expect(stored).toMatchObject({ amountCents: 902, recipientNote: `${link.reference} Table 4 2×Coffee, 1×Cake` })
    const creating = journalLines().find((line) => line.type === 'creating' && line.reference === link.reference)
    expect(creating).toMatchObject({
      amountCents: 902,
      tipCents: 82,
      items: [
        { productId: 'coffee', name: 'Coffee', unitCents: 250, quantity: 2, totalCents: 500 },
        { productId: 'cake', name: 'Cake', unitCents: 320, quantity: 1, totalCents: 320 }
      ]
    })
    const read = readJournal(join(folder, 'sales-journal.jsonl'))
    expect(read.events.find((event) => event.reference === link.reference && event.type === 'creating')).toMatchObject({
      tipCents: 82
    })
  })

  it('still charges a plain amount, whose journal line has neither items nor tip', async () => {
    const charged = await call('charge', { amountCents: 450 })
    expect(charged.ok).toBe(true)
    if (!charged.ok) return
    const creating = journalLines().find(
      (line) => line.type === 'creating' && line.reference === (charged.value as LinkView).reference
    )
    expect(creating).not.toHaveProperty('items')
    expect(creating).not.toHaveProperty('tipCents')
  })

  it('refuses a composed sale breaking a rule before anything is journaled or sent', async () => {
    const linesBefore = journalLines().length
    const requestsBefore = demo.requestCount()
    expect(await call('charge', { sale: { lines: [{ ...COFFEE, quantity: 1000 }], tip: { kind: 'none' } } })).toEqual({
      ok: false,
      error: { code: 'sale_invalid', problem: 'quantity_out_of_range', limit: 999 }
    })
    expect(await call('charge', { sale: { lines: [COFFEE], tip: { kind: 'percent', percent: 51 } } })).toEqual({
      ok: false,
      error: { code: 'invalid_request', field: 'sale.tip.percent' }
    })
    expect(await call('charge', { sale: { lines: [{ ...COFFEE, unitCents: 2.5 }], tip: { kind: 'none' } } })).toEqual({
      ok: false,
      error: { code: 'invalid_request', field: 'sale.lines.0.unitCents' }
    })
    expect(journalLines().length).toBe(linesBefore)
    expect(demo.requestCount()).toBe(requestsBefore)
  })
})
