import { afterEach, describe, expect, it } from 'vitest'

import {
  type Channel,
  CHANNEL_NAMES,
  channels,
  PERMISSION_REFUSALS,
  PERMISSIONS,
  type StaffView
} from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { addCashier, offerCoffee, OWNER_PIN, switchTo } from '../../support/staff-bench'
import { VALID_REQUESTS } from '../../support/valid-requests'

let bench: DemoBackend | null = null
afterEach(async () => {
  await bench?.close()
  bench = null
})

async function open(): Promise<DemoBackend> {
  bench = await openDemoBackend({ testing: { requestBudget: null } })
  return bench
}

const refusalOf = async (till: DemoBackend, channel: Channel, request: unknown = VALID_REQUESTS[channel]) => {
  const answer = await till.call(channel, request)
  return answer.ok ? null : answer.error.code
}

/** What the contract says a channel needs of the signed-in cashier. */
const needs = (channel: Channel) =>
  channels[channel].permission ?? (channels[channel].access === 'owner_settings' ? 'settings' : null)

describe('what a cashier may do is main’s to decide, over raw IPC', () => {
  it('each permission a cashier lacks is refused with its own code on every channel that needs it', async () => {
    const till = await open()
    for (const permission of PERMISSIONS) {
      const pin = '4321'
      const others = PERMISSIONS.filter((each) => each !== permission)
      await switchTo(till, 'owner', OWNER_PIN)
      await till.call('unlockSettings', { pin: OWNER_PIN })
      const id = await addCashier(till, `Without ${permission}`, pin, others)
      await switchTo(till, id, pin)
      for (const channel of CHANNEL_NAMES.filter((name) => needs(name) === permission)) {
        expect(await refusalOf(till, channel), `${channel} without ${permission}`).toBe(PERMISSION_REFUSALS[permission])
      }
    }
  })

  it('a cashier with every permission still may not manage cashiers or the owner’s PIN', async () => {
    const till = await open()
    const id = await addCashier(till, 'Chief', '5555', PERMISSIONS)
    await switchTo(till, id, '5555')
    expect(await till.call('unlockSettings', { pin: '5555' })).toEqual({ ok: true, value: { unlocked: true } })
    for (const channel of CHANNEL_NAMES.filter((name) => needs(name) === 'owner')) {
      expect(await refusalOf(till, channel), channel).toBe('owner_only')
    }
    // Settings opened with the cashier's own PIN: what a cashier with `settings` may change goes through.
    expect(await till.call('updateSettings', { deviceName: 'till-2' })).toMatchObject({ ok: true })
  })

  it('a cashier without typed amounts sells by quick keys only; the refusal comes before anything is journaled', async () => {
    const till = await open()
    await offerCoffee(till)
    const id = await addCashier(till, 'Ben', '1357', [])
    await switchTo(till, id, '1357')
    expect(await till.call('charge', { amountCents: 250 })).toEqual({
      ok: false,
      error: { code: 'not_allowed_typed_amount' }
    })
    const typedLine = { sale: { lines: [{ kind: 'amount', amountCents: 250 }], tip: { kind: 'none' } } }
    expect(await refusalOf(till, 'charge', typedLine)).toBe('not_allowed_typed_amount')
    expect(till.demo.requestLog().filter((request) => request.endpoint === 'createPaymentLink')).toHaveLength(0)
    const quickKey = { sale: { lines: [{ kind: 'product', productId: 'coffee', quantity: 2 }], tip: { kind: 'none' } } }
    expect(await till.call('charge', quickKey)).toMatchObject({ ok: true, value: { amountCents: 600 } })
    // Settings with the cashier's own PIN: refused for want of the permission, whatever PIN is typed.
    expect(await till.call('unlockSettings', { pin: '1357' })).toEqual({
      ok: false,
      error: { code: 'not_allowed_settings' }
    })
  })

  it('a refund asks for the signed-in cashier’s own PIN, not the owner’s', async () => {
    const till = await open()
    const id = await addCashier(till, 'Cleo', '8642', ['refund'])
    await switchTo(till, id, '8642')
    const request = { reference: 'POS-none', amountCents: 100 }
    expect(await till.call('refundSale', { ...request, pin: OWNER_PIN })).toMatchObject({
      ok: false,
      error: { code: 'refund_pin_wrong' }
    })
    expect(await till.call('refundSale', { ...request, pin: '8642' })).toMatchObject({
      ok: false,
      error: { code: 'no_such_sale' }
    })
  })

  it('while nobody is signed in only the lock screen is answered, also with auto-lock off', async () => {
    const till = await open()
    await addCashier(till, 'Dana', '2468', PERMISSIONS)
    expect(await till.call<StaffView>('signOut', {})).toMatchObject({ ok: true, value: { signedIn: null } })
    expect(await till.call('lockStatus', {})).toEqual({ ok: true, value: { counterLocked: true } })
    for (const channel of CHANNEL_NAMES) {
      if (channels[channel].access === 'lock_screen') continue
      expect(await refusalOf(till, channel), channel).toBe('counter_locked')
    }
    expect(till.demo.requestLog()).toEqual([])
  })

  it('a discount is the discount permission’s (for the discount channels to ask)', async () => {
    const { mayDiscount } = await import('../../../src-main/staff/permission-refusal')
    const { createStaffSession } = await import('../../../src-main/staff/staff-session')
    const till = await open()
    const withId = await addCashier(till, 'Eve', '1111', ['discount'])
    const withoutId = await addCashier(till, 'Finn', '2222', [])
    const session = createStaffSession({
      settings: till.backend.settings,
      lock: { lockCounter: () => {}, lock: () => {}, grant: () => {} } as never
    })
    expect(mayDiscount(session), 'nobody signed in').toEqual({ code: 'not_allowed_discount' })
    expect(session.signIn(withId, '1111')).toEqual({ ok: true, value: { unlocked: true } })
    expect(mayDiscount(session)).toBeNull()
    expect(session.signIn(withoutId, '2222')).toEqual({ ok: true, value: { unlocked: true } })
    expect(mayDiscount(session)).toEqual({ code: 'not_allowed_discount' })
  })

  it('the owner’s PIN cannot be removed while there are cashiers; removing the last cashier leaves the owner alone', async () => {
    const till = await open()
    const id = await addCashier(till, 'Gus', '9753', [])
    expect(await till.call('setSettingsPin', { pin: null })).toEqual({ ok: false, error: { code: 'staff_needs_pin' } })
    expect(await till.call<StaffView>('removeCashier', { id })).toMatchObject({
      ok: true,
      value: { enabled: false, cashiers: [] }
    })
    expect(await till.call('setSettingsPin', { pin: null })).toMatchObject({ ok: true })
  })

  it('without the owner’s PIN no cashier can be made', async () => {
    const till = await open()
    expect(await till.call('saveCashier', { name: 'Hal', pin: '1234', permissions: [] })).toEqual({
      ok: false,
      error: { code: 'staff_needs_pin' }
    })
    expect(await till.call('staffStatus', {})).toMatchObject({ ok: true, value: { enabled: false } })
  })
})
