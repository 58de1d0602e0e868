const WINDOW_MS = 60_000
const WRONG_CODES_PER_WINDOW = 10

interface AddressRecord {
  wrongCodeTimes: number[]
  blockedUntil: number
}

/**
 * Slows guessing of the six-digit pairing code: ten wrong codes from one address within a minute block that address
 * for a minute. While blocked even the right code is refused, or the block would still answer which code is right.
 */
export function createWrongCodeLimiter(now: () => number) {
  const records = new Map<string, AddressRecord>()

  const forgetExpired = (at: number) => {
    for (const [address, record] of records) {
      if (record.blockedUntil <= at && record.wrongCodeTimes.every((time) => at - time >= WINDOW_MS))
        records.delete(address)
    }
  }

  return {
    /** Milliseconds until the address may try again; 0 when it is not blocked. */
    blockedFor(address: string): number {
      return Math.max(0, (records.get(address)?.blockedUntil ?? 0) - now())
    },
    recordWrongCode(address: string): void {
      const at = now()
      forgetExpired(at)
      const record = records.get(address) ?? { wrongCodeTimes: [], blockedUntil: 0 }
      record.wrongCodeTimes = [...record.wrongCodeTimes.filter((time) => at - time < WINDOW_MS), at]
      if (record.wrongCodeTimes.length >= WRONG_CODES_PER_WINDOW) {
        record.blockedUntil = at + WINDOW_MS
        record.wrongCodeTimes = []
      }
      records.set(address, record)
    }
  }
}
