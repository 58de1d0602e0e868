const WINDOW_MS = 60_000

interface WrongCodeLimits {
  /** Wrong codes one address may send within a minute before it is blocked for a minute. */
  perAddress: number
}

const DEFAULT_LIMITS: WrongCodeLimits = { perAddress: 10 }

interface Tally {
  wrongCodeTimes: number[]
  blockedUntil: number
}

/**
 * Slows guessing of the six-digit pairing code from one address. While an address is blocked even the right code is
 * refused from it, or the block would still answer which code is right. Addresses are cheap on a LAN, so this alone
 * does not bound guessing: the code changing by itself after a number of wrong codes does (pairing-guard.ts). There
 * is no block for everyone: strangers guessing must never refuse the right code to the shop's own tablet. Only wrong
 * codes count: a request without a code, and displays already paired, never touch the limit.
 */
export function createWrongCodeLimiter(now: () => number, limits: WrongCodeLimits = DEFAULT_LIMITS) {
  const byAddress = new Map<string, Tally>()

  const forgetExpired = (at: number) => {
    for (const [address, tally] of byAddress) {
      if (tally.blockedUntil <= at && tally.wrongCodeTimes.every((time) => at - time >= WINDOW_MS))
        byAddress.delete(address)
    }
  }

  return {
    /** Milliseconds until the address may try a code again; 0 when it is not blocked. */
    blockedFor(address: string): number {
      return Math.max(0, (byAddress.get(address)?.blockedUntil ?? 0) - now())
    },
    recordWrongCode(address: string): void {
      const at = now()
      forgetExpired(at)
      const tally = byAddress.get(address) ?? { wrongCodeTimes: [], blockedUntil: 0 }
      tally.wrongCodeTimes = [...tally.wrongCodeTimes.filter((time) => at - time < WINDOW_MS), at]
      if (tally.wrongCodeTimes.length >= limits.perAddress) {
        tally.blockedUntil = at + WINDOW_MS
        tally.wrongCodeTimes = []
      }
      byAddress.set(address, tally)
    },
    /** Addresses with wrong codes or a block still in force (bounded by a minute's guessing). */
    trackedAddresses: () => byAddress.size
  }
}
