import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { CounterEvent, CustomerDisplayInfo, IpcResult } from '../../../src-preload/contract'
import { BUILT_DISPLAY_PAGE } from '../../support/display-page'
import { freePort } from '../../support/free-port'
import { plainCipher } from '../../support/plain-cipher'
import { displayRequest, jsonOf, pairDisplay } from './display-http'

const onLinux = process.platform === 'linux'

/**
 * The LAN display as a shop lives with it, through the real backend and its LAN server over HTTP: a tablet paired
 * once, counter restarts, and strangers in the network guessing the code from many addresses (127.0.0.x on Linux).
 */
describe.runIf(onLinux)('LAN display pairing that neither locks out nor leaks for days', () => {
  let folder: string
  let lanPort: number
  let backend: Backend
  let events: CounterEvent[]

  const open = async () => {
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      customerDisplayPage: BUILT_DISPLAY_PAGE
    })
    backend.events.subscribe((event) => events.push(event))
  }
  const restart = async () => {
    await backend.close()
    await open()
  }
  const call = <T>(channel: string, request: unknown) =>
    dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<T>>
  const info = async () => {
    const answer = await call<CustomerDisplayInfo>('customerDisplayInfo', {})
    if (!answer.ok) throw new Error(answer.error.code)
    return answer.value
  }
  const pair = (code: string, address = '127.0.0.1') =>
    displayRequest(lanPort, '/pair', { method: 'POST', code, localAddress: address })
  const poll = (token: string) => displayRequest(lanPort, '/state', { token })
  /** Wrong codes from strangers, nine per address so that no address reaches its own limit. */
  const strangersGuess = async (count: number, firstHost = 10) => {
    for (let guess = 0; guess < count; guess += 1) {
      const address = `127.0.0.${firstHost + Math.floor(guess / 9)}`
      const code = String((guess * 7919) % 1_000_000).padStart(6, '0')
      const answer = await pair(code === backend.settings.getStored().pairingCode ? '999999' : code, address)
      expect([401, 403]).toContain(answer.status)
    }
  }

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'counter-lan-pairing-'))
    lanPort = await freePort()
    events = []
    await open()
    expect((await call('updateSettings', { lanDisplay: true, lanDisplayPort: lanPort })).ok).toBe(true)
  })
  afterEach(async () => {
    await backend.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('a hundred wrong codes a minute from a dozen addresses never refuse the right code to the shop’s tablet', async () => {
    await strangersGuess(100)
    const { pairingCode, pairingPaused } = await info()
    // The code the owner reads in Settings now (it may have changed by itself meanwhile) pairs the tablet.
    if (pairingPaused) expect((await call('newPairingCode', {})).ok).toBe(true)
    const answer = await pair(pairingPaused ? (await info()).pairingCode : pairingCode, '127.0.0.200')
    expect(answer.status).toBe(200)
  })

  it('a tablet paired once keeps showing the sale across counter restarts, without the code', async () => {
    const token = await pairDisplay(lanPort, backend.settings.getStored().pairingCode)
    await restart()
    expect((await poll(token)).status).toBe(200)
    await restart()
    expect((await poll(token)).status).toBe(200)
    // Only digests are stored: the file gives nobody a token.
    expect(readFileSync(join(folder, 'display-pairing.json'), 'utf8')).not.toContain(token)
  })

  it('"New code" unpairs every display, also after a restart', async () => {
    const token = await pairDisplay(lanPort, backend.settings.getStored().pairingCode)
    expect((await call('newPairingCode', {})).ok).toBe(true)
    expect((await poll(token)).status).toBe(401)
    await restart()
    expect((await poll(token)).status).toBe(401)
  })

  it('after 20 wrong codes the code changes by itself, the owner is told, and paired displays go on', async () => {
    const tablet = await pairDisplay(lanPort, backend.settings.getStored().pairingCode)
    const before = (await info()).pairingCode
    await strangersGuess(19)
    expect((await info()).pairingCode).toBe(before)
    await strangersGuess(1, 40)
    const after = await info()
    expect(after.pairingCode).not.toBe(before)
    expect(after).toMatchObject({ codeChangesForWrongCodes: 1, pairingPaused: false })
    expect(events).toContainEqual({ type: 'pairing_code_changed', paused: false })
    expect((await pair(before, '127.0.0.201')).status).toBe(401)
    expect((await poll(tablet)).status).toBe(200)
    // Stored like the owner's code: after a restart the new code pairs, and the tablet still polls.
    await restart()
    expect(backend.settings.getStored().pairingCode).toBe(after.pairingCode)
    expect((await info()).codeChangesForWrongCodes).toBe(1)
    expect((await poll(tablet)).status).toBe(200)
    expect((await pair(after.pairingCode, '127.0.0.202')).status).toBe(200)
  })

  it('after five such changes no code pairs until the owner makes a new one; paired displays go on', async () => {
    const tablet = await pairDisplay(lanPort, backend.settings.getStored().pairingCode)
    await strangersGuess(100)
    const stopped = await info()
    expect(stopped).toMatchObject({ codeChangesForWrongCodes: 5, pairingPaused: true })
    expect(events.filter((event) => event.type === 'pairing_code_changed')).toHaveLength(5)
    expect(events.at(-1)).toEqual({ type: 'pairing_code_changed', paused: true })
    const refused = await pair(stopped.pairingCode, '127.0.0.203')
    expect(refused.status).toBe(403)
    expect(jsonOf(refused)).toEqual({ error: 'pairing_paused' })
    expect((await poll(tablet)).status).toBe(200)
    // Still stopped after a restart: restarting the counter is no way around it.
    await restart()
    expect((await pair(backend.settings.getStored().pairingCode, '127.0.0.204')).status).toBe(403)

    const renewed = await call<CustomerDisplayInfo>('newPairingCode', {})
    if (!renewed.ok) throw new Error(renewed.error.code)
    expect(renewed.value).toMatchObject({ codeChangesForWrongCodes: 0, pairingPaused: false })
    expect((await pair(renewed.value.pairingCode, '127.0.0.205')).status).toBe(200)
    expect((await poll(tablet)).status).toBe(401)
  })
})
