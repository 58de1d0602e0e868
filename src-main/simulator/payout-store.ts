import { randomBytes } from 'node:crypto'

import type { LinkStore } from './link-store'
import { secPaidDate } from './secpaid-time'
import type { SimulatedLink, SimulatedPayout } from './types'

const FIRST_PAYOUT_ID = 5001
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

export interface PayoutFilter {
  page: number
  limit: number
  search: string | null
  startDate: string | null
  endDate: string | null
}

/** `20260512-po-tYlGbn74wT`, as the docs show a payout's transaction_id. */
function transactionIdOf(day: string): string {
  const random = [...randomBytes(10)].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('')
  return `${day.replaceAll('-', '')}-po-${random}`
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

/**
 * SecPaid's nightly payouts: one per account and day, gathering that (Berlin) day's successful payments. They start
 * InProgress and turn Approved once the money is on its way to the bank; a test hook plays the night and the bank.
 * With `nightly` (Demo mode), `catchUp` plays them by the clock: a day's payout runs the night after it and is
 * approved the night after that.
 */
export function createPayoutStore(
  links: LinkStore,
  feeCentsOf: (amountCents: number) => number,
  nightly: { now: () => Date } | null = null
) {
  let payouts: SimulatedPayout[] = []
  let nextId = FIRST_PAYOUT_ID

  const paidOn = (link: SimulatedLink, day: string) =>
    link.status === 'Used' && link.paidOn !== null && secPaidDate(link.paidOn) === day
  const covered = () => new Set(payouts.flatMap((payout) => payout.linkIds))

  const store = {
    /** Runs the payouts the nights since the last call would have run, when the clock plays them (`nightly`). */
    catchUp(): void {
      if (nightly === null) return
      const now = nightly.now()
      const today = secPaidDate(now)
      const done = covered()
      const owed = new Set(
        links
          .snapshot()
          .filter((link) => link.status === 'Used' && link.paidOn !== null && !done.has(link.id))
          .map((link) => secPaidDate(link.paidOn ?? now))
          .filter((day) => day < today)
      )
      for (const day of [...owed].sort()) store.run(day, now)
      const yesterday = dayBefore(today)
      for (const payout of payouts)
        if (payout.status === 'InProgress' && payout.day < yesterday) payout.status = 'Approved'
    },

    /** Runs the payout of `day` (Berlin date) for every account with payments of that day not yet paid out. */
    run(day: string, when: Date): SimulatedPayout[] {
      const done = covered()
      const byKey = new Map<string, SimulatedLink[]>()
      for (const link of links.snapshot()) {
        if (!paidOn(link, day) || done.has(link.id)) continue
        byKey.set(link.apiKey, [...(byKey.get(link.apiKey) ?? []), link])
      }
      const made = [...byKey.values()].map((paid): SimulatedPayout => {
        const grossCents = paid.reduce((sum, link) => sum + link.amountCents, 0)
        const feeCents = paid.reduce((sum, link) => sum + feeCentsOf(link.amountCents), 0)
        const payout: SimulatedPayout = {
          payoutId: nextId,
          apiKey: paid[0]?.apiKey ?? '',
          userId: paid[0]?.userId ?? '',
          transactionId: transactionIdOf(day),
          day,
          linkIds: paid.map((link) => link.id),
          grossCents,
          feeCents,
          netCents: grossCents - feeCents,
          status: 'InProgress',
          createdAt: when
        }
        nextId += 1
        return payout
      })
      payouts.push(...made)
      return made.map((payout) => structuredClone(payout))
    },

    approve(payoutId: number): boolean {
      const payout = payouts.find((candidate) => candidate.payoutId === payoutId)
      if (payout === undefined || payout.status === 'Approved') return false
      payout.status = 'Approved'
      return true
    },

    /** The status of the payout that gathered this link's payment, if one did. */
    statusOfLink: (linkId: number): SimulatedPayout['status'] | null =>
      payouts.find((payout) => payout.linkIds.includes(linkId))?.status ?? null,

    list(apiKey: string, filter: PayoutFilter): SimulatedPayout[] {
      const search = filter.search?.toLowerCase() ?? null
      const matching = payouts
        .filter((payout) => payout.apiKey === apiKey)
        .filter((payout) => search === null || payout.transactionId.toLowerCase().includes(search))
        .filter((payout) => filter.startDate === null || payout.day >= filter.startDate)
        .filter((payout) => filter.endDate === null || payout.day <= filter.endDate)
        .sort((a, b) => b.day.localeCompare(a.day) || b.payoutId - a.payoutId)
      const start = (filter.page - 1) * filter.limit
      return matching.slice(start, start + filter.limit)
    },

    snapshot: (): SimulatedPayout[] => payouts.map((payout) => structuredClone(payout)),

    clear() {
      payouts = []
      nextId = FIRST_PAYOUT_ID
    }
  }
  return store
}

export type PayoutStore = ReturnType<typeof createPayoutStore>
