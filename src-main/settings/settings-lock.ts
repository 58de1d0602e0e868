import type { UnlockResult } from '../../src-preload/contract'
import { afterAttempt, waitRefusal } from './pin-guard'
import { type HashedPin, pinMatches } from './settings-pin'
import { NO_WRONG_PINS, type PinGuard } from './stored-settings-schema'

export interface SettingsLock {
  /** True when no PIN is set, or the right PIN opened Settings within the last few minutes. */
  isUnlocked(): boolean
  /** Opens Settings for a few minutes (and the counter, if it was locked). */
  unlock(pin: string): UnlockResult
  /** Checks the PIN for one action (a refund) and opens nothing; wrong PINs count as for `unlock`. */
  check(pin: string): UnlockResult
  /** Closes Settings; the counter lock stays as it is. */
  lock(): void
  /** Auto-lock: main answers only the lock screen (and selling, as the owner chose) until the PIN is given. */
  isCounterLocked(): boolean
  /** Locks the counter and closes Settings; without a PIN there is nothing to lock with. */
  lockCounter(): void
  /** Opens the counter, not Settings. */
  unlockCounter(pin: string): UnlockResult
  /** The right PIN allows one save or print dialog within a minute (kiosk mode). */
  allowDialog(pin: string): UnlockResult
  /** Takes the one dialog `allowDialog` allowed; false when none is allowed. */
  takeDialog(): boolean
  /**
   * Opens what `unlock`, `unlockCounter` or `allowDialog` open, for a PIN checked elsewhere: a signed-in cashier's own
   * (src-main/staff/staff-lock.ts).
   */
  grant(what: 'settings' | 'counter' | 'dialog'): void
}

const UNLOCK_MINUTES = 5
const DIALOG_ALLOWED_FOR_MS = 60_000

/**
 * Guards the owner's functions at the counter. Wrong PINs are counted with the settings (`pinGuard`), so a restart
 * gives no new free guesses: after five, each try waits, and each further wrong PIN doubles the wait (pin-guard.ts).
 */
export function createSettingsLock(options: {
  storedPin: () => HashedPin | null
  /** The count as stored, and where it is stored after each try (default: held for this run only). */
  guard?: { read: () => PinGuard; write: (guard: PinGuard) => void }
  /** True when auto-lock is on: the app starts locked. */
  lockedAtStart?: boolean
  now?: () => number
}): SettingsLock {
  const now = options.now ?? Date.now
  let unlockedUntil = 0
  let counterLocked = options.lockedAtStart ?? false
  let dialogAllowedUntil = 0
  // Held here too, so a settings file that cannot be written still counts for this run.
  let guard = options.guard?.read() ?? NO_WRONG_PINS

  const attempt = (pin: string, onRight: () => void): UnlockResult => {
    const stored = options.storedPin()
    if (stored === null) {
      onRight()
      return { unlocked: true }
    }
    const waiting = waitRefusal(guard, now())
    if (waiting !== null) return waiting
    const right = pinMatches(pin, stored)
    guard = afterAttempt(guard, right, now())
    options.guard?.write(guard)
    if (!right) return { unlocked: false, reason: 'wrong_pin' }
    onRight()
    return { unlocked: true }
  }

  const open = {
    settings: () => {
      counterLocked = false
      unlockedUntil = now() + UNLOCK_MINUTES * 60_000
    },
    counter: () => {
      counterLocked = false
    },
    dialog: () => {
      dialogAllowedUntil = now() + DIALOG_ALLOWED_FOR_MS
    }
  }

  return {
    isUnlocked: () => options.storedPin() === null || now() < unlockedUntil,
    unlock: (pin) => attempt(pin, open.settings),
    check: (pin) => attempt(pin, () => {}),
    lock() {
      unlockedUntil = 0
    },
    isCounterLocked: () => counterLocked && options.storedPin() !== null,
    lockCounter() {
      unlockedUntil = 0
      dialogAllowedUntil = 0
      if (options.storedPin() !== null) counterLocked = true
    },
    unlockCounter: (pin) => attempt(pin, open.counter),
    allowDialog: (pin) => attempt(pin, open.dialog),
    takeDialog() {
      if (options.storedPin() === null) return true
      const allowed = now() < dialogAllowedUntil
      dialogAllowedUntil = 0
      return allowed
    },
    grant: (what) => open[what]()
  }
}
