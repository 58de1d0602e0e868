import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import type { FileOutput } from '../../../src-main/books/file-output'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { IpcResult, LinkView } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { type ManualClock, manualClock } from '../../support/manual-clock'
import { plainCipher } from '../../support/plain-cipher'

const PIN = '135790'
const WRONG = '000000'

/** A backend on one settings file and journal that a test can close and open again, as a restart does. */
function restartableBackend(options: { clock?: ManualClock; fileOutput?: FileOutput } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'counter-pin-every-time-'))
  let backend: Backend | null = null
  const open = async () => {
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      cipher: plainCipher,
      fetch,
      ...(options.fileOutput ? { fileOutput: options.fileOutput } : {}),
      testing: {
        requestBudget: null,
        ...(options.clock ? { clock: options.clock } : {})
      }
    })
    return backend
  }
  return {
    open,
    call: (channel: string, request: unknown) => {
      if (backend === null) throw new Error('not open')
      return dispatchCounterCall(backend.handlers, channel, request)
    },
    restart: async () => {
      await backend?.close()
      return open()
    },
    close: async () => {
      await backend?.close()
      backend = null
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

let cleanUp: (() => Promise<void>) | null = null
afterEach(async () => {
  await cleanUp?.()
  cleanUp = null
})

/** A Demo sale charged, paid at the test SecPaid and recorded paid through "Check now", as at the counter. */
async function paidSale(bench: DemoBackend, amountCents: number): Promise<string> {
  const charged = await bench.call<LinkView>('charge', { amountCents })
  if (!charged.ok || charged.value.reference === null) throw new Error('not charged')
  const reference = charged.value.reference
  bench.demo.markPaid(charged.value.linkId)
  expect(await bench.call('checkNow', { reference })).toMatchObject({ ok: true, value: { state: 'paid' } })
  return reference
}

describe('a refund asks for the PIN each time', () => {
  it('a wrong PIN is refused while Settings are unlocked, and nothing reaches SecPaid', async () => {
    const bench = await openDemoBackend({ testing: { requestBudget: null } })
    cleanUp = bench.close
    expect(await bench.call('setSettingsPin', { pin: PIN })).toMatchObject({ ok: true })
    // The owner who just set the PIN is in Settings: main's unlock is open.
    expect(await bench.call('updateSettings', { deviceName: 'till-1' })).toMatchObject({ ok: true })
    const reference = await paidSale(bench, 1200)
    const refunds = () => bench.demo.requestLog().filter((request) => request.endpoint === 'refundPayment')

    expect(await bench.call('refundSale', { reference, amountCents: 1200, pin: WRONG })).toEqual({
      ok: false,
      error: { code: 'refund_pin_wrong', retryInSeconds: null }
    })
    expect(await bench.call('refundSale', { reference, amountCents: 1200 })).toEqual({
      ok: false,
      error: { code: 'refund_pin_required' }
    })
    expect(refunds()).toHaveLength(0)
    expect(await bench.call('refundSale', { reference, amountCents: 1200, pin: PIN })).toMatchObject({
      ok: true,
      value: { state: 'sent' }
    })
    expect(refunds()).toHaveLength(1)
  })
})

describe('wrong PINs are counted across restarts', () => {
  it('five wrong PINs and a restart: still waiting; each further wrong PIN doubles the wait', async () => {
    const clock = manualClock()
    const till = restartableBackend({ clock })
    cleanUp = till.close
    await till.open()
    await till.call('setSettingsPin', { pin: PIN })
    await till.call('lockSettings', {})
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await till.call('unlockSettings', { pin: WRONG })).toEqual({
        ok: true,
        value: { unlocked: false, reason: 'wrong_pin' }
      })
    }
    const waiting = (seconds: number) => ({
      ok: true,
      value: { unlocked: false, reason: 'too_many_attempts', retryInSeconds: seconds }
    })
    expect(await till.call('unlockSettings', { pin: PIN })).toEqual(waiting(30))

    await till.restart()
    expect(await till.call('unlockSettings', { pin: PIN }), 'a restart gives no new guesses').toEqual(waiting(30))
    await clock.advance(30_000)
    expect(await till.call('unlockSettings', { pin: WRONG })).toEqual({
      ok: true,
      value: { unlocked: false, reason: 'wrong_pin' }
    })
    expect(await till.call('unlockSettings', { pin: PIN }), 'the wait doubles').toEqual(waiting(60))

    await till.restart()
    expect(await till.call('unlockSettings', { pin: PIN })).toEqual(waiting(60))
    expect(await till.call('getSettings', {})).toMatchObject({
      ok: true,
      value: { pinWrongTries: { sinceLastCorrect: 6, beforeLastCorrect: 0 } }
    })
    await clock.advance(60_000)
    await till.call('unlockSettings', { pin: WRONG })
    expect(await till.call('unlockSettings', { pin: PIN })).toEqual(waiting(120))
    await clock.advance(120_000)
    expect(await till.call('unlockSettings', { pin: PIN })).toEqual({ ok: true, value: { unlocked: true } })
    // Settings tell the owner how many wrong PINs came before the right one; the count starts anew.
    expect(await till.call('getSettings', {})).toMatchObject({
      ok: true,
      value: { pinWrongTries: { sinceLastCorrect: 0, beforeLastCorrect: 7 } }
    })
    await till.call('lockSettings', {})
    expect(await till.call('unlockSettings', { pin: WRONG })).toMatchObject({ value: { reason: 'wrong_pin' } })
    expect(await till.call('unlockSettings', { pin: PIN })).toEqual({ ok: true, value: { unlocked: true } })
  })

  it('the wait stops growing at 15 minutes', async () => {
    const clock = manualClock()
    const till = restartableBackend({ clock })
    cleanUp = till.close
    await till.open()
    await till.call('setSettingsPin', { pin: PIN })
    await till.call('lockSettings', {})
    const waits: number[] = []
    for (let attempt = 0; attempt < 14; attempt += 1) {
      await till.call('unlockSettings', { pin: WRONG })
      const answer = (await till.call('unlockSettings', { pin: WRONG })) as IpcResult<{ retryInSeconds?: number }>
      if (answer.ok && answer.value.retryInSeconds !== undefined) {
        waits.push(answer.value.retryInSeconds)
        await clock.advance(answer.value.retryInSeconds * 1000)
      }
    }
    expect(waits.slice(0, 6)).toEqual([30, 60, 120, 240, 480, 900])
    expect(Math.max(...waits)).toBe(900)
  })

  it('offers 6-digit PINs: 4 to 6 digits are accepted, longer ones refused', async () => {
    const till = restartableBackend()
    cleanUp = till.close
    await till.open()
    for (const pin of ['1234', '12345', '123456']) {
      expect(await till.call('setSettingsPin', { pin })).toMatchObject({ ok: true, value: { pinSet: true } })
    }
    for (const pin of ['123', '1234567', '12345678']) {
      expect(await till.call('setSettingsPin', { pin })).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' }
      })
    }
    expect(await till.call('getSettings', {})).toMatchObject({
      ok: true,
      value: { limits: { pinDigits: { min: 4, max: 6 } } }
    })
  })
})
