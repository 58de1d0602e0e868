import type { PublicSettings } from './settings'
import type { LinkState, SettledSale } from './sales'

/** A problem with the sales journal that the owner must hear about. */
export type JournalProblem =
  /** A write failed; the sale stays open in memory and main retries. */
  { code: 'write_failed'; errno: string | null }

/** What main tells the renderer without being asked: one subscription carries them all. */
export type CounterEvent =
  /** Paid detection learned something about a link (the one on screen or any other this till watches). */
  | { type: 'link_status'; linkId: number; state: LinkState }
  /** A sale of this till was recorded as paid, gone or cancelled. */
  | { type: 'sale_settled'; sale: SettledSale }
  /** Whether SecPaid was reachable at the last attempt. */
  | { type: 'connection'; online: boolean }
  | { type: 'settings_changed'; settings: PublicSettings }
  | { type: 'journal_problem'; problem: JournalProblem }

export type CounterEventType = CounterEvent['type']
