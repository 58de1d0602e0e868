import type { Clock } from '../clock'
import type { SecPaidClient } from './types'

/** A till whose new link was seen within this long is trading now. */
export const TILL_ACTIVE_FOR_MS = 60_000
/** A link still pending this long after it was first seen keeps its till counted: its QR may still be up. */
const PENDING_KEEPS_ACTIVE_MS = 5 * 60_000
/** Link ids remembered, so a link seen again is not news; the oldest are forgotten first. */
const LINKS_KEPT = 10_000

interface TillCensus {
  /** Links SecPaid listed for the key: pending ones (QRs that may be up) or paid ones. */
  observe(links: readonly { id: number; recipientNote: string | null }[], pending: boolean): void
  /** This till and the other tills trading on the key lately: at least 1. */
  count(): number
}

/**
 * Counts the tills trading on one SecPaid key from the lists every till fetches anyway: each link's reference names
 * the till that made it. A till counts while a link of it appeared within `TILL_ACTIVE_FOR_MS`, or while a link it
 * made in the last few minutes is still pending; so a till that starts trading is counted at the next list, and one
 * that goes quiet drops out a minute after its last link was settled.
 */
export function createTillCensus(options: {
  clock: Pick<Clock, 'now'>
  ownTill: () => string
  tillOf: (note: string | null) => string | null
}): TillCensus {
  const firstSeen = new Map<number, number>()
  const lastActive = new Map<string, number>()

  return {
    observe(links, pending) {
      const at = options.clock.now()
      const own = options.ownTill()
      for (const link of links) {
        const till = options.tillOf(link.recipientNote)
        const seenAt = firstSeen.get(link.id)
        if (seenAt === undefined) {
          firstSeen.set(link.id, at)
          if (firstSeen.size > LINKS_KEPT) firstSeen.delete(firstSeen.keys().next().value!)
        }
        if (till === null || till === own) continue
        if (seenAt === undefined || (pending && at - seenAt < PENDING_KEEPS_ACTIVE_MS)) lastActive.set(till, at)
      }
    },
    count() {
      const at = options.clock.now()
      let active = 1
      for (const [till, seenAt] of lastActive) {
        if (at - seenAt < TILL_ACTIVE_FOR_MS) active += 1
        else lastActive.delete(till)
      }
      return active
    }
  }
}

/** The client, telling `census` about every list of links it answers. */
export function censusClient(client: SecPaidClient, census: TillCensus): SecPaidClient {
  return {
    ...client,
    getMyUnusedLinks: async (query) => {
      const answer = await client.getMyUnusedLinks(query)
      if (answer.ok) census.observe(answer.value, true)
      return answer
    },
    getMyUsedLinks: async (query) => {
      const answer = await client.getMyUsedLinks(query)
      if (answer.ok) census.observe(answer.value, false)
      return answer
    }
  }
}
