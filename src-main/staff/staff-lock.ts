import type { UnlockResult } from '../../src-preload/contract'
import { OWNER_ID } from '../../src-preload/contract/staff'
import type { SettingsLock } from '../settings/settings-lock'
import type { StaffSession } from './staff-session'

/**
 * The owner's lock as the rest of main sees it once there are cashiers: a PIN asked for (a refund, Settings, a
 * kiosk dialog) is the signed-in cashier's own, counted for that cashier; the counter is locked while nobody is
 * signed in, and locking it signs out. Without cashiers it is the owner's lock unchanged.
 */
export function createStaffLock(lock: SettingsLock, staff: StaffSession): SettingsLock {
  /** A cashier's own PIN opens what `onRight` opens; null when the owner's lock decides (the owner, or no staff). */
  const cashierAttempt = (pin: string, onRight: () => void): UnlockResult | null => {
    const answer = staff.checkCashierPin(pin)
    if (answer?.unlocked === true) onRight()
    return answer
  }
  /** The owner's PIN while nobody is signed in also signs the owner in. */
  const asOwner = (answer: UnlockResult): UnlockResult => {
    if (answer.unlocked && staff.enabled() && staff.signedIn() === null) staff.ownerSignedIn()
    return answer
  }
  return {
    ...lock,
    unlock: (pin) => cashierAttempt(pin, () => lock.grant('settings')) ?? asOwner(lock.unlock(pin)),
    check: (pin) => cashierAttempt(pin, () => {}) ?? lock.check(pin),
    allowDialog: (pin) => cashierAttempt(pin, () => lock.grant('dialog')) ?? lock.allowDialog(pin),
    unlockCounter: (pin) => {
      if (!staff.enabled()) return lock.unlockCounter(pin)
      const signed = staff.signIn(OWNER_ID, pin)
      return signed.ok ? signed.value : { unlocked: false, reason: 'wrong_pin' }
    },
    isCounterLocked: () => lock.isCounterLocked() || (staff.enabled() && staff.signedIn() === null),
    lockCounter: () => (staff.enabled() ? staff.signOut() : lock.lockCounter())
  }
}
