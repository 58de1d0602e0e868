import { randomUUID } from 'node:crypto'

import { secPaidDate } from './secpaid-time'
import type { SimulatedLink } from './types'

const FIRST_LINK_ID = 99290
const DAY_MS = 24 * 60 * 60 * 1000

type NewLink = Omit<
  SimulatedLink,
  'id' | 'apiKey' | 'userId' | 'status' | 'createdAt' | 'paidOn' | 'refund' | 'disputed' | 'invoice'
>

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

export type RefundOutcome =
  'requested' | 'unknown' | 'cancelled' | 'not_paid' | 'invoice' | 'already_requested' | 'disputed' | 'invalid_amount'

type DeleteOutcome = 'deleted' | 'used' | 'unknown'

/** A pay-in as getPayInTransactions lists it: a payment, or an approved refund of one (a negative entry). */
export interface PayIn {
  link: SimulatedLink
  kind: 'payment' | 'refund'
  at: Date
}

const noteMatches = (link: SimulatedLink, search: string | null) =>
  search === null || (link.recipientNote ?? '').toLowerCase().includes(search.toLowerCase())

const byNewestPayment = (a: SimulatedLink, b: SimulatedLink) =>
  (b.paidOn?.getTime() ?? 0) - (a.paidOn?.getTime() ?? 0) || b.id - a.id

/**
 * The accounts' links, in memory. Each API key is an account and sees only its own links. Ids start at SecPaid's
 * documented example (99290) unless `firstLinkId` says otherwise: the counter's Demo gives its own range.
 */
export function createLinkStore(apiKeys: readonly string[], now: () => Date, options: { firstLinkId?: number } = {}) {
  const firstLinkId = options.firstLinkId ?? FIRST_LINK_ID
  // One account per key; SecPaid identifies its user by a UUID.
  const userIds = new Map(apiKeys.map((key) => [key, randomUUID()]))
  let links = new Map<number, SimulatedLink>()
  /** Deleted links: refundPayment answers them "Link is cancelled", not "Invalid link ID". */
  let cancelledIds = new Map<number, string>()
  let nextId = firstLinkId

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
        paidOn: null,
        refund: null,
        disputed: false,
        invoice: false
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

    payIns(apiKey: string, filter: PayInFilter): PayIn[] {
      const earliest = filter.sinceDays === null ? null : now().getTime() - filter.sinceDays * DAY_MS
      const entries = ownLinks(apiKey).flatMap((link): PayIn[] => {
        if (link.status !== 'Used' || link.paidOn === null) return []
        const payment: PayIn = { link, kind: 'payment', at: link.paidOn }
        const approved = link.refund?.approvedAt
        return approved ? [payment, { link, kind: 'refund', at: approved }] : [payment]
      })
      const matching = entries
        .filter((entry) => filter.payId === null || entry.link.id === filter.payId)
        .filter((entry) => noteMatches(entry.link, filter.search))
        .filter((entry) => filter.date === null || secPaidDate(entry.at) === filter.date)
        .filter((entry) => earliest === null || entry.at.getTime() >= earliest)
        .sort((a, b) => b.at.getTime() - a.at.getTime() || b.link.id - a.link.id)
      const start = (filter.page - 1) * filter.limit
      return matching.slice(start, start + filter.limit)
    },

    /** refundPayment's rules, in the order SecPaid's documentation lists its refusals. */
    refund(apiKey: string, linkId: number, request: { amountCents: number; full: boolean }): RefundOutcome {
      const link = links.get(linkId)
      if (link === undefined || link.apiKey !== apiKey)
        return cancelledIds.get(linkId) === apiKey ? 'cancelled' : 'unknown'
      if (link.status !== 'Used') return 'not_paid'
      if (link.invoice) return 'invoice'
      if (link.refund !== null) return 'already_requested'
      if (link.disputed) return 'disputed'
      if (request.amountCents <= 0 || request.amountCents > link.amountCents) return 'invalid_amount'
      link.refund = { amountCents: request.amountCents, full: request.full, requestedAt: now(), approvedAt: null }
      return 'requested'
    },

    approveRefund(linkId: number, when: Date): boolean {
      const refund = links.get(linkId)?.refund
      if (refund === null || refund === undefined || refund.approvedAt !== null) return false
      refund.approvedAt = when
      return true
    },

    setFlags(linkId: number, flags: { disputed?: boolean; invoice?: boolean }): boolean {
      const link = links.get(linkId)
      if (link === undefined) return false
      Object.assign(link, flags)
      return true
    },

    delete(apiKey: string, linkId: number): DeleteOutcome {
      const link = links.get(linkId)
      if (link === undefined || link.apiKey !== apiKey) return 'unknown'
      if (link.status === 'Used') return 'used'
      links.delete(linkId)
      cancelledIds.set(linkId, apiKey)
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
      cancelledIds = new Map()
      nextId = firstLinkId
    }
  }
}

export type LinkStore = ReturnType<typeof createLinkStore>
