import type { UnlockResult } from '../../src-preload/contract'
import { NO_WRONG_PINS, type PinGuard } from './stored-settings-schema'

/** Wrong PINs allowed before the first wait. */
const FREE_ATTEMPTS = 5
/** The first wait; each further block doubles it. */
const FIRST_WAIT_SECONDS = 30
/** No wait is longer than this: an owner who mistypes still gets in the same day. */
const MAX_WAIT_SECONDS = 15 * 60

/** The wait of the `blocks`-th block since the last correct PIN: 30 s, 60 s, 120 s, … up to 15 minutes. */
function waitSecondsOf(blocks: number): number {
  return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** Math.max(0, blocks - 1))
}

/** Refused without looking at the PIN while a wait runs; null when a PIN may be tried now. */
export function waitRefusal(guard: PinGuard, now: number): UnlockResult | null {
  if (now >= guard.blockedUntil) return null
  return { unlocked: false, reason: 'too_many_attempts', retryInSeconds: Math.ceil((guard.blockedUntil - now) / 1000) }
}

/**
 * The guard after one PIN was tried (outside a wait). The right PIN starts the count anew and keeps how many wrong
 * ones came before it; from the fifth wrong PIN on, each wrong one earns a wait twice as long as the last.
 */
export function afterAttempt(guard: PinGuard, right: boolean, now: number): PinGuard {
  if (right) return { ...NO_WRONG_PINS, wrongBeforeLastCorrect: guard.wrongSinceCorrect }
  const wrongSinceCorrect = guard.wrongSinceCorrect + 1
  if (wrongSinceCorrect < FREE_ATTEMPTS) return { ...guard, wrongSinceCorrect }
  const blocks = guard.blocks + 1
  return { ...guard, wrongSinceCorrect, blocks, blockedUntil: now + waitSecondsOf(blocks) * 1000 }
}
