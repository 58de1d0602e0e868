import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid, type TestSecPaid } from '../../support/test-secpaid'
import { until } from '../../support/wait'

/** Two counters on one SecPaid key (Demo's), each with its own data folder. */
describe('several tills on one SecPaid key', () => {
  let root: string
  let secpaid: TestSecPaid
  let tills: Backend[]

  const openTill = async (name: string) => {
    const folder = join(root, name)
    mkdirSync(folder, { recursive: true })
    const till = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      testing: {
        timeoutMs: 500,
        lookupDelayMs: 5,
        watchIntervalMs: 40,
        settleRoundMs: 50,
        // Both counters talk to the same SecPaid; closing one must not close it for the other.
        startDemoSecPaid: async () => ({ ...secpaid, close: async () => {} })
      }
    })
    tills.push(till)
    await till.reconcile()
    return till
  }
  const charge = async (till: Backend, amountCents: number) => {
    const result = (await dispatchCounterCall(till.handlers, 'charge', { amountCents })) as IpcResult<LinkView>
    if (!result.ok) throw new Error(result.error.code)
    return result.value
  }
  const journalOf = (name: string) => openSaleJournal(join(root, name, 'books.sqlite'))

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'counter-tills-'))
    secpaid = await startTestSecPaid()
    tills = []
  })
  afterEach(async () => {
    for (const till of tills) await till.close()
    await secpaid.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('two fresh installs write different references without the owner doing anything', async () => {
    const a = await openTill('a')
    const b = await openTill('b')
    expect(a.settings.getPublic().tillId).not.toBe(b.settings.getPublic().tillId)
    const [saleA, saleB] = [await charge(a, 1000), await charge(b, 1000)]
    expect(saleA.reference).not.toBe(saleB.reference)
  })

  describe('even when a copied data folder gave two tills the same till id', () => {
    const cloneOf = async (original: string, copy: string) => {
      mkdirSync(join(root, copy), { recursive: true })
      copyFileSync(join(root, original, 'settings.json'), join(root, copy, 'settings.json'))
      return openTill(copy)
    }

    it('a till whose answer was lost adopts its own 50.00 € link, never the other till’s 10.00 €, and deletes nothing of it', async () => {
      const b = await openTill('b')
      const a = await cloneOf('b', 'a')
      const saleB = await charge(b, 1000)
      secpaid.injectFaults('resetAfterProcessing', 1, 'createLink')
      const saleA = await charge(a, 5000)
      expect(saleA.reference).toBe(saleB.reference)
      expect(saleA.linkId).not.toBe(saleB.linkId)
      expect(saleA.amountCents).toBe(5000)
      const links = secpaid.links()
      expect(links.map((link) => [link.id, link.amountCents]).sort()).toEqual(
        [
          [saleB.linkId, 1000],
          [saleA.linkId, 5000]
        ].sort()
      )
      expect(secpaid.requestLog().filter((request) => request.endpoint === 'deleteLink')).toEqual([])
    })

    it('never says Paid for an unpaid 88.00 € sale because the other till’s link with the same reference was paid', async () => {
      const b = await openTill('b')
      const a = await cloneOf('b', 'a')
      const saleB = await charge(b, 1200)
      const saleA = await charge(a, 8800)
      expect(saleA.reference).toBe(saleB.reference)
      secpaid.markPaid(saleB.linkId)
      // Till A's own link disappears without payment (deleted in SecPaid's dashboard).
      await fetch(`${secpaid.baseUrl}deleteLink`, {
        method: 'POST',
        headers: { token: 'demo-key', 'Content-Type': 'application/json' },
        body: JSON.stringify({ link_id: saleA.linkId })
      })
      await dispatchCounterCall(a.handlers, 'watchLink', { linkId: saleA.linkId })
      await until(() => journalOf('a').get(saleA.reference ?? '')?.status !== 'created', { limitMs: 4000 })
      expect(journalOf('a').get(saleA.reference ?? '')?.status).toBe('cancelled')
      await until(() => journalOf('b').get(saleB.reference ?? '')?.status === 'paid', { limitMs: 4000 })
    })
  })
})
