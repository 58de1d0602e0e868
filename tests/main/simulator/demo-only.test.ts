import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { type Simulator, startSimulator } from '../../../src-main/simulator'
import type { IpcResult, LinkView } from '../../../src-preload/contract'
import { plainCipher } from '../../support/plain-cipher'

/** Whether anything accepts a TCP connection on 127.0.0.1:port right now. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

describe('the built-in SecPaid runs only in Demo mode', () => {
  let folder: string
  let backend: Backend | null
  let started: Simulator[]

  const open = () =>
    createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      testing: {
        startDemoSecPaid: async () => {
          const simulator = await startSimulator()
          started.push(simulator)
          return simulator
        }
      }
    })
  const call = (channel: string, request: unknown) => dispatchCounterCall(backend!.handlers, channel, request)

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-demo-only-'))
    started = []
    backend = null
  })
  afterEach(async () => {
    await backend?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('a counter that starts in Production starts no simulator at all', async () => {
    const production = { environment: 'production', apiKey: { encoding: 'plain', value: 'sk_live_x' } }
    writeFileSync(join(folder, 'settings.json'), JSON.stringify(production))
    backend = await open()
    expect(backend.settings.getPublic()).toMatchObject({ environment: 'production', demo: false })
    expect(started).toEqual([])
    expect(backend.demoSecPaid()).toBeNull()
  })

  it('leaving Demo closes its port; coming back starts it again, and simulated payments work only there', async () => {
    backend = await open()
    const demoPort = started[0]!.port
    expect(await listening(demoPort)).toBe(true)
    const charged = (await call('charge', { amountCents: 500 })) as IpcResult<LinkView>
    if (!charged.ok) throw new Error(charged.error.code)

    await call('updateSettings', { environment: 'production' })
    await call('setApiKey', { apiKey: 'sk_live_x', storeUnencrypted: true })
    expect(backend.demoSecPaid()).toBeNull()
    expect(await listening(demoPort)).toBe(false)
    expect(await call('simulatePayment', { linkId: charged.value.linkId })).toEqual({
      ok: false,
      error: { code: 'not_demo' }
    })

    await call('updateSettings', { environment: 'demo' })
    expect(started).toHaveLength(2)
    expect(await listening(started[1]!.port)).toBe(true)
    const again = (await call('charge', { amountCents: 600 })) as IpcResult<LinkView>
    if (!again.ok) throw new Error(again.error.code)
    expect(await call('simulatePayment', { linkId: again.value.linkId })).toEqual({
      ok: true,
      value: { linkId: again.value.linkId }
    })
  })

  it('removing the key in Production stays in Production: no simulator starts and Charge is refused', async () => {
    const production = { environment: 'production', apiKey: { encoding: 'plain', value: 'sk_live_x' } }
    writeFileSync(join(folder, 'settings.json'), JSON.stringify(production))
    backend = await open()
    await call('removeApiKey', {})
    expect(backend.settings.getPublic()).toMatchObject({ environment: 'production', demo: false, hasKey: false })
    expect(started).toEqual([])
    expect(backend.demoSecPaid()).toBeNull()
    expect(await call('charge', { amountCents: 500 })).toEqual({ ok: false, error: { code: 'no_key' } })
  })
})
