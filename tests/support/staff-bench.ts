import { expect } from 'vitest'

import type { LinkView, Permission, StaffView } from '../../src-preload/contract'
import type { DemoBackend } from './demo-backend'

/** The owner's PIN in staff tests. */
export const OWNER_PIN = '246810'

/** The owner sets the PIN (which leaves Settings open to the owner), then creates a cashier; answers their id. */
export async function addCashier(
  bench: DemoBackend,
  name: string,
  pin: string,
  permissions: readonly Permission[]
): Promise<string> {
  const settings = await bench.backend.handlers.getSettings({})
  if (settings.ok && !settings.value.pinSet) {
    expect(await bench.call('setSettingsPin', { pin: OWNER_PIN })).toMatchObject({ ok: true })
  }
  const saved = await bench.call<StaffView>('saveCashier', { name, pin, permissions: [...permissions] })
  if (!saved.ok) throw new Error(`cashier not saved: ${saved.error.code}`)
  const made = saved.value.cashiers.find((cashier) => cashier.name === name)
  if (made === undefined) throw new Error('cashier not listed')
  return made.id
}

/** "Switch cashier" and the next one's PIN on the lock screen, as at the counter. */
export async function switchTo(bench: DemoBackend, cashierId: string, pin: string): Promise<void> {
  expect(await bench.call('signOut', {})).toMatchObject({ ok: true })
  expect(await bench.call('signIn', { cashierId, pin })).toEqual({ ok: true, value: { unlocked: true } })
}

/** A quick key the owner offers, so a cashier without typed amounts can sell. */
export async function offerCoffee(bench: DemoBackend): Promise<void> {
  expect(
    await bench.call('updateSettings', {
      products: [{ id: 'coffee', name: 'Coffee', priceCents: 300, colour: '' }],
      tips: { enabled: true, percentPresets: [10], roundUp: true }
    })
  ).toMatchObject({ ok: true })
}

/** A Demo sale of `coffees` coffees with a 10 % tip, paid at the test SecPaid and recorded paid via "Check now". */
export async function paidCoffees(bench: DemoBackend, coffees: number): Promise<string> {
  const charged = await bench.call<LinkView>('charge', {
    sale: {
      lines: [{ kind: 'product', productId: 'coffee', quantity: coffees }],
      tip: { kind: 'percent', percent: 10 }
    }
  })
  if (!charged.ok || charged.value.reference === null) throw new Error(`not charged: ${JSON.stringify(charged)}`)
  bench.demo.markPaid(charged.value.linkId)
  const reference = charged.value.reference
  expect(await bench.call('checkNow', { reference })).toMatchObject({ ok: true, value: { state: 'paid' } })
  return reference
}
