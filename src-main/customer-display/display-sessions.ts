import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 32 random bytes as base64url: a paired display's session token, or the counter's own window secret. */
export const randomToken = (): string => randomBytes(32).toString('base64url')

const digestOf = (token: string) => createHash('sha256').update(token, 'utf8').digest()

/** Constant-time whatever was given: both sides are hashed to 32 bytes before they are compared. */
export const tokenMatches = (given: string, expected: string): boolean =>
  timingSafeEqual(digestOf(given), digestOf(expected))

/** More displays than a shop has screens; beyond it the longest-paired one has to pair again. */
const MAX_SESSIONS = 64

/**
 * The displays paired with the code: each traded it once for a random token that its polls carry instead. Tokens are
 * kept only as SHA-256 digests, so looking one up says nothing about the others.
 */
export function createDisplaySessions(maxSessions = MAX_SESSIONS) {
  // A Map remembers insertion order: its first key is the oldest session.
  const digests = new Map<string, true>()
  const keyOf = (token: string) => digestOf(token).toString('hex')

  return {
    open(): string {
      const token = randomToken()
      digests.set(keyOf(token), true)
      if (digests.size > maxSessions) digests.delete(digests.keys().next().value as string)
      return token
    },
    isOpen: (token: string): boolean => digests.has(keyOf(token)),
    /** A new pairing code: every display paired with an older one has to pair again. */
    closeAll(): void {
      digests.clear()
    }
  }
}
