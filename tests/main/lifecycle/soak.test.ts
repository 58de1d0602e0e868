import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { type SecPaidFault, startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'

const CHARGES = 1000
const SEED = 20261121

/** mulberry32: a tiny seeded generator, so a failing soak can be replayed exactly. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Scenario = SecPaidFault | 'none' | 'lateAnswer'
const SCENARIOS: [Scenario, number][] = [
  ['none', 0.45],
  ['http500', 0.07],
  ['http502Html', 0.06],
  ['garbage', 0.05],
  ['invalidJson', 0.05],
  ['connectionReset', 0.07],
  ['resetAfterProcessing', 0.1],
  ['http429', 0.06],
  ['http429RetryAfter', 0.04],
  ['lateAnswer', 0.05]
]

function pick(random: () => number): Scenario {
  let roll = random()
  for (const [scenario, weight] of SCENARIOS) {
    roll -= weight
    if (roll < 0) return scenario
  }
  return 'none'
}

describe(`soak: ${CHARGES} charges with seeded random faults never create a duplicate link`, () => {
  let folder: string
  let backend: Backend
  let demo: TestSecPaid

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-soak-'))
    demo = await startTestSecPaid()
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      testing: {
        timeoutMs: 150,
        lookupDelayMs: 5,
        // A thousand charges as fast as they go: the request budget has tests of its own.
        requestBudget: null,
        startDemoSecPaid: async () => demo
      }
    })
  })
  afterAll(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('journal and simulator agree: one link per sale that reached SecPaid, none for failed sales, 0 duplicates', async () => {
    const simulator = demo
    const random = seededRandom(SEED)
    const call = (channel: string, request: unknown) =>
      dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<LinkView>>
    const started = Date.now()
    const uncertain: string[] = []
    const tally = new Map<string, number>()

    for (let index = 0; index < CHARGES; index += 1) {
      const scenario = pick(random)
      tally.set(scenario, (tally.get(scenario) ?? 0) + 1)
      const amountCents = 1 + Math.floor(random() * 50_000)
      const breakLookup = random() < 0.15
      if (scenario === 'lateAnswer') simulator.setResponseDelayAfterProcessing(250)
      else if (scenario !== 'none') simulator.injectFaults(scenario, 1, 'createLink')
      if (breakLookup && scenario !== 'none') simulator.injectFaults('connectionReset', 1, 'getMyUnusedLinks')

      const linksBefore = simulator.links().length
      const charging = call('charge', { amountCents })
      if (scenario === 'lateAnswer') {
        while (simulator.links().length === linksBefore) await new Promise((resolve) => setTimeout(resolve, 2))
        simulator.setResponseDelayAfterProcessing(0)
      }
      const result = await charging
      // Main charges nothing while a sale is uncertain: like the cashier, settle it before the next charge.
      if (!result.ok && result.error.code === 'outcome_unknown') {
        const { reference } = result.error
        uncertain.push(reference)
        let resolved = await call('resolveSale', { reference })
        // A look-up fault queued for an earlier charge may still be waiting: the cashier presses Check again.
        for (let presses = 1; !resolved.ok && resolved.error.code === 'outcome_unknown' && presses < 5; presses += 1) {
          resolved = await call('resolveSale', { reference })
        }
        expect(resolved.ok, `resolving ${reference}`).toBe(true)
      }
    }

    const sales = openSaleJournal(join(folder, 'books.sqlite')).all()
    const links = simulator.links()
    const linksByReference = new Map<string, number[]>()
    for (const link of links) {
      const reference = (link.recipientNote ?? '').split(' ')[0]!
      linksByReference.set(reference, [...(linksByReference.get(reference) ?? []), link.id])
    }
    const duplicates = [...linksByReference.values()].filter((ids) => ids.length > 1).length
    const created = sales.filter((sale) => sale.status === 'created')
    const failed = sales.filter((sale) => sale.status === 'failed')

    expect(sales).toHaveLength(CHARGES)
    expect(sales.filter((sale) => sale.status === 'creating')).toEqual([])
    expect(duplicates).toBe(0)
    for (const sale of created) expect(linksByReference.get(sale.reference), sale.reference).toEqual([sale.linkId])
    for (const sale of failed) expect(linksByReference.has(sale.reference), sale.reference).toBe(false)
    expect(links).toHaveLength(created.length)
    const journalCents = created.reduce((sum, sale) => sum + sale.amountCents, 0)
    const simulatorCents = links.reduce((sum, link) => sum + link.amountCents, 0)
    expect(simulatorCents).toBe(journalCents)

    console.log(
      [
        `soak (seed ${SEED}): ${CHARGES} charges in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        `  scenarios: ${[...tally].map(([name, count]) => `${name} ${count}`).join(', ')}`,
        `  created ${created.length}, failed ${failed.length}, answers lost and resolved by Check again ${uncertain.length}`,
        `  simulator links ${links.length}, duplicates ${duplicates}, requests ${simulator.requestCount()}`,
        `  journal total ${journalCents} cents = simulator total ${simulatorCents} cents`
      ].join('\n')
    )
  }, 120_000)
})
