import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { plainCipher } from '../../support/plain-cipher'
import { sleep } from '../../support/wait'
import { type CannedServer, fixtureText, startCannedServer } from '../secpaid/canned-server'

/** Longer than the pause before a lost answer is looked up (500 ms by default): a look-up would have been sent. */
const LOOKUP_WOULD_HAVE_STARTED_MS = 700

describe("a charge in Production against a SecPaid that answers exactly as createLink's docs page shows", () => {
  let folder: string
  let secpaid: CannedServer
  let backend: Backend
  const call = (channel: string, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-documented-'))
    secpaid = await startCannedServer()
    secpaid.answer({ body: fixtureText('createLink') })
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      testing: {
        baseUrlOverride: secpaid.baseUrl
      }
    })
    await call('updateSettings', { environment: 'production' })
    await call('setApiKey', { apiKey: 'sk_live_documented', storeUnencrypted: true })
  })
  afterAll(async () => {
    await backend.close()
    await secpaid.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('costs exactly one request, and the sale is created with the documented link id and pay_link', async () => {
    const result = await call('charge', { amountCents: 2500 })
    expect(result).toMatchObject({
      ok: true,
      value: {
        linkId: 99290,
        amountCents: 2500,
        payLink: 'https://app.secpaid.com/payment?link_id=OTkyOTA=',
        state: 'waiting'
      }
    })
    await sleep(LOOKUP_WOULD_HAVE_STARTED_MS)
    expect(secpaid.requests.map((request) => [request.endpoint, request.headers.token])).toEqual([
      ['createLink', 'sk_live_documented']
    ])
    expect(openSaleJournal(join(folder, 'books.sqlite')).all()).toMatchObject([
      { amountCents: 2500, linkId: 99290, status: 'created' }
    ])
  })
})
