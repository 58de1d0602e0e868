import { randomUUID } from 'node:crypto'
import { secPaidDate } from './secpaid-time'
import type { SimulatedLink } from './types'

const FIRST_LINK_ID = 99290
const DAY_MS = 24 * 60 * 60 * 1000

export type NewLink = Omit<SimulatedLink, 'id' | 'apiKey' | 'userId' | 'status' | 'createdAt' | 'paidOn'>

export interface ListFilter {
  limit: number
  search: string | null
}

export interface PayInFilter {
  page: number
  limit: number
  search: string | null
  date: string | null
  sinceDays: number | null
  payId: number | null
}

export type DeleteOutcome = 'deleted' | 'used' | 'unknown'

const noteMatches = (link: SimulatedLink, search: string | null) =>
  search === null || (link.recipientNote ?? '').toLowerCase().includes(search.toLowerCase())

const byNewestPayment = (a: SimulatedLink, b: SimulatedLink) =>
  (b.paidOn?.getTime() ?? 0) - (a.paidOn?.getTime() ?? 0) || b.id - a.id

/** The accounts' links, in memory. Each API key is an account and sees only its own links. */
export function createLinkStore(apiKeys: readonly string[], now: () => Date) {
  // One account per key; SecPaid identifies its user by a UUID.
  const userIds = new Map(apiKeys.map((key) => [key, randomUUID()]))
  let links = new Map<number, SimulatedLink>()
  let nextId = FIRST_LINK_ID

  const ownLinks = (apiKey: string) => [...links.values()].filter((link) => link.apiKey === apiKey)

  return {
    isKnownKey: (apiKey: string) => userIds.has(apiKey),

    create(apiKey: string, fields: NewLink): SimulatedLink {
      const link: SimulatedLink = {
        ...fields,
        id: nextId,
        apiKey,
        userId: userIds.get(apiKey) ?? '',
        status: 'Unused',
        createdAt: now(),
        paidOn: null
      }
      nextId += 1
      links.set(link.id, link)
      return link
    },

    unused: (apiKey: string, filter: ListFilter) =>
      ownLinks(apiKey)
        .filter((link) => link.status === 'Unused' && noteMatches(link, filter.search))
        .sort((a, b) => b.id - a.id)
        .slice(0, filter.limit),

    used: (apiKey: string, filter: ListFilter) =>
      ownLinks(apiKey)
        .filter((link) => link.status === 'Used' && noteMatches(link, filter.search))
        .sort(byNewestPayment)
        .slice(0, filter.limit),

    paid(apiKey: string, filter: PayInFilter): SimulatedLink[] {
      const earliest = filter.sinceDays === null ? null : now().getTime() - filter.sinceDays * DAY_MS
      const matching = ownLinks(apiKey)
        .filter((link): link is SimulatedLink & { paidOn: Date } => link.status === 'Used' && link.paidOn !== null)
        .filter((link) => filter.payId === null || link.id === filter.payId)
        .filter((link) => noteMatches(link, filter.search))
        .filter((link) => filter.date === null || secPaidDate(link.paidOn) === filter.date)
        .filter((link) => earliest === null || link.paidOn.getTime() >= earliest)
        .sort(byNewestPayment)
      const start = (filter.page - 1) * filter.limit
      return matching.slice(start, start + filter.limit)
    },

    delete(apiKey: string, linkId: number): DeleteOutcome {
      const link = links.get(linkId)
      if (link === undefined || link.apiKey !== apiKey) return 'unknown'
      if (link.status === 'Used') return 'used'
      links.delete(linkId)
      return 'deleted'
    },

    markPaid(linkId: number, when: Date): boolean {
      const link = links.get(linkId)
      if (link === undefined || link.status !== 'Unused') return false
      link.status = 'Used'
      link.paidOn = when
      return true
    },

    snapshot: (): SimulatedLink[] => [...links.values()].map((link) => structuredClone(link)),

    clear() {
      links = new Map()
      nextId = FIRST_LINK_ID
    }
  }
}

export type LinkStore = ReturnType<typeof createLinkStore>
