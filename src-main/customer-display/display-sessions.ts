import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 32 random bytes as base64url: a paired display's session token, or the counter's own window secret. */
export const randomToken = (): string => randomBytes(32).toString('base64url')

const digestOf = (token: string) => createHash('sha256').update(token, 'utf8').digest()

/** Constant-time whatever was given: both sides are hashed to 32 bytes before they are compared. */
export const tokenMatches = (given: string, expected: string): boolean =>
  timingSafeEqual(digestOf(given), digestOf(expected))

/** More displays than a shop has screens; beyond it the longest-paired one has to pair again. */
const MAX_SESSIONS = 64

/** A token's SHA-256 digest in hex: what is kept of a session, in memory and on disk. */
const sessionDigest = (token: string): string => digestOf(token).toString('hex')
const DIGEST = /^[0-9a-f]{64}$/

export interface DisplaySessions {
  /** Pairs a display: a new random token, of which only the digest is kept. */
  open(): string
  isOpen(token: string): boolean
  /** The owner's new pairing code: every display has to pair again. */
  closeAll(): void
  /** The digests kept, oldest first, e.g. to store them. */
  digests(): string[]
}

/**
 * The displays paired with the code: each traded it once for a random token that its polls carry instead. Tokens are
 * kept only as SHA-256 digests, so looking one up says nothing about the others, and the digests stored so that paired
 * displays survive a restart of the counter give nobody a token. `onChange` hears every pairing and unpairing.
 */
export function createDisplaySessions(
  options: { maxSessions?: number; initial?: readonly string[]; onChange?: (digests: string[]) => void } = {}
): DisplaySessions {
  const maxSessions = options.maxSessions ?? MAX_SESSIONS
  // A Map remembers insertion order: its first key is the oldest session.
  const digests = new Map<string, true>()
  for (const digest of (options.initial ?? []).filter((entry) => DIGEST.test(entry)).slice(-maxSessions))
    digests.set(digest, true)
  const changed = () => options.onChange?.([...digests.keys()])

  return {
    open() {
      const token = randomToken()
      digests.set(sessionDigest(token), true)
      if (digests.size > maxSessions) digests.delete(digests.keys().next().value as string)
      changed()
      return token
    },
    isOpen: (token) => digests.has(sessionDigest(token)),
    closeAll() {
      if (digests.size === 0) return
      digests.clear()
      changed()
    },
    digests: () => [...digests.keys()]
  }
}
