import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { DISPLAY_CONNECTION_LIMITS } from '../../../src-main/customer-display/connection-limits'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView } from '../../../src-preload/contract'
import { BUILT_DISPLAY_PAGE } from '../../support/display-page'
import { freePort } from '../../support/free-port'
import { plainCipher } from '../../support/plain-cipher'
import type { SlowClientSample } from '../../support/slow-connections-client'
import { sleep, until } from '../../support/wait'
import { pairDisplay } from './display-http'

const SLOW_CONNECTIONS = 3000
/** Thirty attacking addresses, so the cap in all is what holds, not only the one per address. */
const ATTACKER_ADDRESSES = Array.from({ length: 30 }, (_, index) => `127.0.0.${10 + index}`)
const PAIRED_DISPLAY_ADDRESS = '127.0.0.250'
/** What a desktop session typically allows a process (Linux's default soft limit). */
const COUNTER_FILE_LIMIT = 1024
const CLIENT = fileURLToPath(new URL('../../support/slow-connections-client.ts', import.meta.url))

/** Open descriptors of this (the counter's) process; Infinity once none is left even to list them. */
function openFileCount(): number {
  try {
    return readdirSync('/proc/self/fd').length
  } catch {
    return Infinity
  }
}
const setOwnFileLimit = (soft: number | '') =>
  spawnSync('prlimit', ['--pid', String(process.pid), `--nofile=${soft}:`], { encoding: 'utf8' })
const ownFileLimit = () =>
  Number(
    /Max open files\s+(\d+)/.exec(spawnSync('cat', [`/proc/${process.pid}/limits`], { encoding: 'utf8' }).stdout)?.[1]
  )

/** GET /state with a token over a given agent (a kept-alive connection, as a polling display holds one). */
function getState(port: number, token: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, path: '/state', agent, headers: { 'X-Display-Token': token } },
      (incoming) => {
        incoming.resume()
        incoming.on('end', () => resolve(incoming.statusCode ?? 0))
      }
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}

/** Starts the hostile client in its own process; resolves its samples as they come, and once it is done. */
function startSlowClient(port: number) {
  const samples: SlowClientSample[] = []
  // Its own soft limit is raised to the hard one: three thousand sockets need more than the counter may hold.
  const child = spawn(
    'prlimit',
    [
      '--nofile=8192:',
      process.execPath,
      '--experimental-strip-types',
      '--no-warnings',
      CLIENT,
      JSON.stringify({ port, count: SLOW_CONNECTIONS, addresses: ATTACKER_ADDRESSES, limitMs: 45_000 })
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const done = new Promise<SlowClientSample>((resolve, reject) => {
    child.once('error', reject)
    createInterface({ input: child.stdout }).on('line', (line) => {
      const sample = JSON.parse(line) as SlowClientSample
      samples.push(sample)
      if (sample.done) resolve(sample)
    })
    child.once('exit', (code) => reject(new Error(`the slow client exited with ${code} before it was done`)))
  })
  // Stopping it early (a failed test) rejects `done` where nobody may wait for it any more.
  done.catch(() => undefined)
  return { samples, done, stop: () => child.kill() }
}

describe.runIf(process.platform === 'linux')(
  '3,000 slow connections against the LAN display',
  { timeout: 90_000 },
  () => {
    let folder: string
    let backend: Backend
    let originalFileLimit: number
    const call = <T>(channel: string, payload: unknown) =>
      dispatchCounterCall(backend.handlers, channel, payload) as Promise<IpcResult<T>>

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'counter-slow-'))
      backend = await createBackend({
        storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
        booksPath: join(folder, 'books.sqlite'),
        cipher: plainCipher,
        fetch,
        customerDisplayPage: BUILT_DISPLAY_PAGE
      })
      originalFileLimit = ownFileLimit()
    })
    afterAll(async () => {
      setOwnFileLimit(originalFileLimit)
      await backend.close()
      rmSync(folder, { recursive: true, force: true })
    })

    it('the own window keeps its view, a paired display keeps polling, a charge goes through, and every slow socket is closed', async () => {
      const lanPort = await freePort()
      await call('updateSettings', { customerWindow: true, lanDisplay: true, lanDisplayPort: lanPort })
      expect(await call('customerDisplayInfo', {})).toMatchObject({ ok: true, value: { problem: null } })
      const ownWindow = /^http:\/\/127\.0\.0\.1:(\d+)\/#window=(.+)$/.exec(backend.customerDisplay.windowUrl() ?? '')
      if (ownWindow === null) throw new Error('no own window')
      const [, windowPort, windowSecret] = ownWindow as unknown as [string, string, string]
      const windowAgent = new Agent({ keepAlive: false })
      const displayAgent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: PAIRED_DISPLAY_ADDRESS })
      const displayToken = await pairDisplay(lanPort, backend.settings.getStored().pairingCode, PAIRED_DISPLAY_ADDRESS)
      expect(await getState(lanPort, displayToken, displayAgent)).toBe(200)

      // The counter process gets the file limit of a desktop session: without the caps, the slow connections alone
      // would take every descriptor and leave none for the call to SecPaid.
      expect(setOwnFileLimit(COUNTER_FILE_LIMIT).status).toBe(0)
      expect(ownFileLimit()).toBe(COUNTER_FILE_LIMIT)
      const filesBefore = openFileCount()
      let mostFiles = filesBefore
      const countFiles = setInterval(() => (mostFiles = Math.max(mostFiles, openFileCount())), 50)

      const attack = startSlowClient(lanPort)
      try {
        await until(() => attack.samples.at(-1)?.attempted === SLOW_CONNECTIONS, { limitMs: 20_000, stepMs: 50 })
        // Let the accept queue drain, so every attempt has been accepted and capped or dropped.
        await sleep(1000)

        const polls: number[] = []
        const pollTimes: number[] = []
        for (let poll = 0; poll < 10; poll += 1) {
          const pollStarted = performance.now()
          polls.push(await getState(Number(windowPort), windowSecret, windowAgent))
          pollTimes.push(performance.now() - pollStarted)
          polls.push(await getState(lanPort, displayToken, displayAgent))
        }
        expect(polls.every((status) => status === 200)).toBe(true)

        const chargeStarted = performance.now()
        const sale = await call<LinkView>('charge', { amountCents: 1999 })
        const chargeMs = performance.now() - chargeStarted
        if (!sale.ok) throw new Error(`the charge failed: ${sale.error.code} ${sale.error.code}`)
        await call('watchLink', { linkId: sale.value.linkId })
        const seen = await fetch(`http://127.0.0.1:${windowPort}/state`, {
          headers: { 'X-Display-Token': windowSecret }
        })
        expect(await seen.json()).toMatchObject({ screen: 'qr', amountCents: 1999, payLink: sale.value.payLink })
        await call('unwatchLink', {})

        const held = Math.max(
          ...attack.samples.filter((sample) => sample.attempted === SLOW_CONNECTIONS).map((s) => s.open)
        )
        const last = await attack.done
        clearInterval(countFiles)
        const slowestPoll = Math.max(...pollTimes)
        console.log(
          `${SLOW_CONNECTIONS} slow connections from ${ATTACKER_ADDRESSES.length} addresses: the LAN display held at most ` +
            `${held} at once (cap ${DISPLAY_CONNECTION_LIMITS.maxConnections}), all closed ${last.allClosedAtMs} ms after ` +
            `the first; the counter's open files grew by at most ${mostFiles - filesBefore} (limit ${COUNTER_FILE_LIMIT}); ` +
            `own window /state slowest ${slowestPoll.toFixed(1)} ms; charge ${chargeMs.toFixed(0)} ms`
        )
        expect(held).toBeLessThanOrEqual(DISPLAY_CONNECTION_LIMITS.maxConnections)
        expect(last.allClosedAtMs).not.toBeNull()
        // The last slow sockets were opened within a second or two; headersTimeout (5 s) plus one check (1 s) ends them.
        expect(last.allClosedAtMs!).toBeLessThan(15_000)
        expect(mostFiles - filesBefore).toBeLessThan(2 * DISPLAY_CONNECTION_LIMITS.maxConnections + 50)
        expect(await getState(lanPort, displayToken, displayAgent)).toBe(200)
      } finally {
        clearInterval(countFiles)
        attack.stop()
        windowAgent.destroy()
        displayAgent.destroy()
      }
    })
  }
)
