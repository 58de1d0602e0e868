import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { manualClock } from '../../support/manual-clock'
import { addCashier, OWNER_PIN } from '../../support/staff-bench'

const WRONG = '0000'
const folders: string[] = []
const benches: DemoBackend[] = []
afterEach(async () => {
  for (const bench of benches.splice(0)) await bench.close()
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** One settings file and one set of books across restarts, on a clock the test moves. */
function restartable() {
  const folder = mkdtempSync(join(tmpdir(), 'counter-cashier-lockout-'))
  folders.push(folder)
  const clock = manualClock()
  const open = async () => {
    const bench = await openDemoBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath: join(folder, 'books.sqlite'),
      testing: { requestBudget: null, clock }
    })
    benches.push(bench)
    return bench
  }
  return { open, clock }
}

describe('wrong PINs are counted per cashier, across restarts', () => {
  it('five wrong PINs make one cashier wait; the others and the owner sign in; a restart keeps the wait', async () => {
    const { open, clock } = restartable()
    const till = await open()
    const anna = await addCashier(till, 'Anna', '1234', [])
    const ben = await addCashier(till, 'Ben', '5678', [])
    await till.call('signOut', {})
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await till.call('signIn', { cashierId: anna, pin: WRONG })).toEqual({
        ok: true,
        value: { unlocked: false, reason: 'wrong_pin' }
      })
    }
    expect(await till.call('signIn', { cashierId: anna, pin: WRONG })).toMatchObject({
      value: { unlocked: false, reason: 'wrong_pin' }
    })
    // The fifth wrong PIN earned a wait: the right one is not even looked at now.
    expect(await till.call('signIn', { cashierId: anna, pin: '1234' })).toEqual({
      ok: true,
      value: { unlocked: false, reason: 'too_many_attempts', retryInSeconds: 30 }
    })
    expect(await till.call('signIn', { cashierId: ben, pin: '5678' })).toEqual({ ok: true, value: { unlocked: true } })
    await till.call('signOut', {})
    expect(await till.call('signIn', { cashierId: 'owner', pin: OWNER_PIN })).toEqual({
      ok: true,
      value: { unlocked: true }
    })

    await till.close()
    benches.splice(benches.indexOf(till), 1)
    await clock.advance(10_000)
    const restarted = await open()
    expect(await restarted.call('lockStatus', {}), 'nobody is signed in after a restart').toEqual({
      ok: true,
      value: { counterLocked: true }
    })
    expect(await restarted.call('signIn', { cashierId: anna, pin: '1234' })).toEqual({
      ok: true,
      value: { unlocked: false, reason: 'too_many_attempts', retryInSeconds: 20 }
    })
    expect(await restarted.call('signIn', { cashierId: ben, pin: '5678' })).toEqual({
      ok: true,
      value: { unlocked: true }
    })
    await restarted.call('signOut', {})
    await clock.advance(20_000)
    expect(await restarted.call('signIn', { cashierId: anna, pin: '1234' })).toEqual({
      ok: true,
      value: { unlocked: true }
    })
  })

  it('a cashier’s wrong PINs at a refund count towards the same wait', async () => {
    const { open } = restartable()
    const till = await open()
    const cleo = await addCashier(till, 'Cleo', '2468', ['refund'])
    await till.call('signOut', {})
    expect(await till.call('signIn', { cashierId: cleo, pin: '2468' })).toMatchObject({ value: { unlocked: true } })
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(await till.call('refundSale', { reference: 'POS-x', amountCents: 100, pin: WRONG })).toEqual({
        ok: false,
        error: { code: 'refund_pin_wrong', retryInSeconds: null }
      })
    }
    await till.call('signOut', {})
    expect(await till.call('signIn', { cashierId: cleo, pin: '2468' })).toMatchObject({
      value: { unlocked: false, reason: 'too_many_attempts' }
    })
  })
})
