import type { UnlockResult } from '../../src-preload/contract'
import { pinMatches, type HashedPin } from './settings-pin'

export interface SettingsLock {
  /** True when no PIN is set, or the right PIN was given within the last few minutes. */
  isUnlocked(): boolean
  unlock(pin: string): UnlockResult
  lock(): void
}

const UNLOCK_MINUTES = 5
const FREE_ATTEMPTS = 5
const LOCKOUT_SECONDS = 30

/**
 * Guards the owner's settings at the counter. After five wrong PINs each further try waits 30 s,
 * so guessing a 4-digit PIN takes days, not minutes.
 */
export function createSettingsLock(options: { storedPin: () => HashedPin | null; now?: () => number }): SettingsLock {
  const now = options.now ?? Date.now
  let unlockedUntil = 0
  let failedAttempts = 0
  let blockedUntil = 0

  return {
    isUnlocked: () => options.storedPin() === null || now() < unlockedUntil,
    unlock(pin) {
      const stored = options.storedPin()
      if (stored === null) return { unlocked: true }
      if (now() < blockedUntil) {
        return {
          unlocked: false,
          reason: 'too_many_attempts',
          retryInSeconds: Math.ceil((blockedUntil - now()) / 1000)
        }
      }
      if (pinMatches(pin, stored)) {
        failedAttempts = 0
        unlockedUntil = now() + UNLOCK_MINUTES * 60_000
        return { unlocked: true }
      }
      failedAttempts += 1
      if (failedAttempts >= FREE_ATTEMPTS) blockedUntil = now() + LOCKOUT_SECONDS * 1000
      return { unlocked: false, reason: 'wrong_pin' }
    },
    lock() {
      unlockedUntil = 0
    }
  }
}
