const WINDOW_MS = 60_000

export interface WrongCodeLimits {
  /** Wrong codes one address may send within a minute before it is blocked for a minute. */
  perAddress: number
  /** Wrong codes all addresses together may send within a minute before pairing stops for everyone for a minute. */
  inAll: number
}

const DEFAULT_LIMITS: WrongCodeLimits = { perAddress: 10, inAll: 100 }

interface Tally {
  wrongCodeTimes: number[]
  blockedUntil: number
}

const newTally = (): Tally => ({ wrongCodeTimes: [], blockedUntil: 0 })

/** Counts one wrong code at `at`; blocks the tally for a minute once it reaches `limit` within a minute. */
function count(tally: Tally, at: number, limit: number): void {
  tally.wrongCodeTimes = [...tally.wrongCodeTimes.filter((time) => at - time < WINDOW_MS), at]
  if (tally.wrongCodeTimes.length >= limit) {
    tally.blockedUntil = at + WINDOW_MS
    tally.wrongCodeTimes = []
  }
}

/**
 * Slows guessing of the six-digit pairing code, per address and in all (many addresses are cheap on a LAN). While
 * blocked even the right code is refused, or the block would still answer which code is right. Only wrong codes
 * count: a request without a code, and displays already paired, never touch these limits.
 */
export function createWrongCodeLimiter(now: () => number, limits: WrongCodeLimits = DEFAULT_LIMITS) {
  const byAddress = new Map<string, Tally>()
  const inAll = newTally()

  const forgetExpired = (at: number) => {
    for (const [address, tally] of byAddress) {
      if (tally.blockedUntil <= at && tally.wrongCodeTimes.every((time) => at - time >= WINDOW_MS))
        byAddress.delete(address)
    }
  }

  return {
    /** Milliseconds until the address may try a code again; 0 when neither it nor everyone is blocked. */
    blockedFor(address: string): number {
      const until = Math.max(byAddress.get(address)?.blockedUntil ?? 0, inAll.blockedUntil)
      return Math.max(0, until - now())
    },
    recordWrongCode(address: string): void {
      const at = now()
      forgetExpired(at)
      const tally = byAddress.get(address) ?? newTally()
      count(tally, at, limits.perAddress)
      byAddress.set(address, tally)
      count(inAll, at, limits.inAll)
    }
  }
}
