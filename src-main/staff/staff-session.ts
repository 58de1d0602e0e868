import { randomBytes } from 'node:crypto'

import type { CashierView, Permission, SaveCashierRequest, StaffView, UnlockResult } from '../../src-preload/contract'
import { MAX_CASHIERS, OWNER_ID, PERMISSIONS } from '../../src-preload/contract/staff'
import { fail, type Result, succeed } from '../result'
import { afterAttempt, waitRefusal } from '../settings/pin-guard'
import { NO_WRONG_PINS, type PinGuard } from '../settings/pin-schemas'
import type { SettingsLock } from '../settings/settings-lock'
import { hashPin, pinMatches } from '../settings/settings-pin'
import type { SettingsService } from '../settings/settings-service'
import type { StoredCashier } from '../settings/stored-staff-schema'

/** Who is signed in at the counter, what they may do, and the cashiers the owner manages. Main's alone. */
export interface StaffSession {
  /** True once the owner created a cashier; without, the owner alone works as before staff existed. */
  enabled(): boolean
  /** Who is signed in: the owner without staff; null while nobody is. */
  signedIn(): string | null
  /** Whether the one signed in may do it: the owner may do everything, nobody signed in nothing. */
  permits(permission: Permission): boolean
  /** The id every journal line written now records; null without staff (lines as before) or while nobody is in. */
  stamp(): string | null
  /** The owner with the owner's PIN (wrong ones counted as ever), a cashier with their own (counted per cashier). */
  signIn(cashierId: string, pin: string): Result<UnlockResult>
  /** The owner's lock took the owner's PIN (Settings opened from the lock screen): the owner is signed in. */
  ownerSignedIn(): void
  /** Nobody is signed in until the next PIN; the counter and Settings lock. */
  signOut(): void
  /** Checks the signed-in cashier's own PIN, counted as a sign-in; null when the owner (or nobody) is signed in. */
  checkCashierPin(pin: string): UnlockResult | null
  view(): StaffView
  /** Names by id (the owner's is said by the renderer), for the day close. */
  names(): Record<string, string>
  save(request: SaveCashierRequest): Result<StaffView>
  remove(cashierId: string): Result<StaffView>
}

const OWNER_VIEW: CashierView = { id: OWNER_ID, name: null, permissions: [...PERMISSIONS] }

const viewOf = (cashier: StoredCashier): CashierView => ({
  id: cashier.id,
  name: cashier.name,
  permissions: PERMISSIONS.filter((permission) => cashier.permissions.includes(permission))
})

export function createStaffSession(options: {
  settings: SettingsService
  /** The owner's lock (settings-lock.ts): the owner's PIN and its count, the counter and Settings. */
  lock: SettingsLock
  now?: () => number
}): StaffSession {
  const { settings, lock } = options
  const now = options.now ?? Date.now
  const cashiers = () => settings.getStored().staff?.cashiers ?? []
  const enabled = () => cashiers().length > 0
  // Nobody is signed in at start: a restart is no way past a cashier's PIN.
  let current: string | null = null
  // Held here too, so a settings file that cannot be written still counts wrong PINs for this run.
  const guards = new Map<string, PinGuard>()

  const find = (id: string | null) => cashiers().find((cashier) => cashier.id === id)
  const signedIn = () => (enabled() ? current : OWNER_ID)
  const storeCashiers = (next: StoredCashier[]) => settings.setStaff(next.length === 0 ? undefined : { cashiers: next })

  const tryCashierPin = (cashier: StoredCashier, pin: string): UnlockResult => {
    const guard = guards.get(cashier.id) ?? cashier.guard
    const waiting = waitRefusal(guard, now())
    if (waiting !== null) return waiting
    const right = pinMatches(pin, cashier.pin)
    const next = afterAttempt(guard, right, now())
    guards.set(cashier.id, next)
    storeCashiers(cashiers().map((each) => (each.id === cashier.id ? { ...each, guard: next } : each)))
    return right ? { unlocked: true } : { unlocked: false, reason: 'wrong_pin' }
  }

  const view = (): StaffView => {
    if (!enabled()) return { enabled: false, cashiers: [], signedIn: OWNER_VIEW }
    const cashier = find(current)
    return {
      enabled: true,
      cashiers: [OWNER_VIEW, ...cashiers().map(viewOf)],
      signedIn: current === OWNER_ID ? OWNER_VIEW : cashier === undefined ? null : viewOf(cashier)
    }
  }

  const signOut = () => {
    current = null
    lock.lockCounter()
  }

  return {
    enabled,
    signedIn,
    permits(permission) {
      const id = signedIn()
      if (id === OWNER_ID) return true
      return find(id)?.permissions.includes(permission) ?? false
    },
    stamp: () => (enabled() ? current : null),
    signIn(cashierId, pin) {
      if (cashierId === OWNER_ID) {
        const answer = lock.unlockCounter(pin)
        if (answer.unlocked) current = OWNER_ID
        return succeed(answer)
      }
      const cashier = find(cashierId)
      if (cashier === undefined) return fail({ code: 'no_such_cashier', cashierId })
      const answer = tryCashierPin(cashier, pin)
      if (answer.unlocked) {
        // Settings the one before opened stay closed; the counter opens for this cashier.
        lock.lock()
        lock.grant('counter')
        current = cashier.id
      }
      return succeed(answer)
    },
    signOut,
    ownerSignedIn: () => {
      current = OWNER_ID
    },
    checkCashierPin(pin) {
      const cashier = enabled() ? find(current) : undefined
      return cashier === undefined ? null : tryCashierPin(cashier, pin)
    },
    view,
    names: () => Object.fromEntries(cashiers().map((cashier) => [cashier.id, cashier.name])),
    save(request) {
      if (settings.getStored().settingsPin === null) return fail({ code: 'staff_needs_pin' })
      // Only the owner manages cashiers (owner-gate.ts): the owner stays signed in as the first one is created.
      current ??= OWNER_ID
      const list = cashiers()
      const permissions = PERMISSIONS.filter((permission) => request.permissions.includes(permission))
      if (request.id === undefined) {
        if (request.pin === undefined) return fail({ code: 'invalid_request', field: 'pin' })
        if (list.length >= MAX_CASHIERS) return fail({ code: 'too_many_cashiers', max: MAX_CASHIERS })
        const fresh: StoredCashier = {
          id: `c-${randomBytes(4).toString('hex')}`,
          name: request.name,
          pin: hashPin(request.pin),
          permissions,
          guard: NO_WRONG_PINS
        }
        const saved = storeCashiers([...list, fresh])
        return saved.ok ? succeed(view()) : saved
      }
      const existing = find(request.id)
      if (existing === undefined) return fail({ code: 'no_such_cashier', cashierId: request.id })
      const changed: StoredCashier = {
        ...existing,
        name: request.name,
        permissions,
        ...(request.pin === undefined ? {} : { pin: hashPin(request.pin), guard: NO_WRONG_PINS })
      }
      if (request.pin !== undefined) guards.delete(existing.id)
      const saved = storeCashiers(list.map((each) => (each.id === existing.id ? changed : each)))
      return saved.ok ? succeed(view()) : saved
    },
    remove(cashierId) {
      const list = cashiers()
      if (find(cashierId) === undefined) return fail({ code: 'no_such_cashier', cashierId })
      const saved = storeCashiers(list.filter((each) => each.id !== cashierId))
      if (!saved.ok) return saved
      guards.delete(cashierId)
      return succeed(view())
    }
  }
}
