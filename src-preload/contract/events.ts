import type { ConnectionProblem } from './connection'
import type { SecPaidFailure } from './errors'
import type { JournalStatus } from './journal'
import type { PrintFailure } from './receipts'
import type { SaleStatus } from './sale-status'
import type { SettledSale } from './sales'
import type { PublicSettings } from './settings'

/** What main tells the renderer without being asked: one subscription carries them all. */
export type CounterEvent =
  /** Paid detection learned something about a link (the one on screen or any other this till watches). */
  | { type: 'link_status'; linkId: number; state: SaleStatus }
  /** A sale of this till was recorded as paid or cancelled by what paid detection learned. */
  | { type: 'sale_settled'; sale: SettledSale }
  /** Whether SecPaid was reachable at the last attempt, what failed, and when SecPaid last answered well. */
  | { type: 'connection'; online: boolean; problem: ConnectionProblem | null; lastAnswerAt: string | null }
  | { type: 'settings_changed'; settings: PublicSettings }
  /** The journal's status changed (a write failed, or the unwritten lines were written after all). */
  | { type: 'journal_status'; status: JournalStatus }
  /** The receipt printed on Paid (the owner's choice) did not print; the sale can be reprinted from History. */
  | { type: 'receipt_print_failed'; reference: string; reason: PrintFailure; printerName: string | null }
  /**
   * Strangers on the network typed wrong pairing codes: the code changed by itself, or (`paused`) no code pairs until
   * the owner makes a new one. Displays already paired go on.
   */
  | { type: 'pairing_code_changed'; paused: boolean }
  /** The pending links main holds changed (or belong to another account now): `listPending` answers anew. */
  | { type: 'pending_changed' }
  /** A sale was journaled or changed, or the day turned: `todaySummary` answers anew. */
  | { type: 'summary_changed' }
  /**
   * Main asked SecPaid again about the sale whose charge answer was lost: `cause` is null once it is settled
   * (`resolveSale` then answers from the journal), else why it is still not known.
   */
  | { type: 'uncertain_sale'; reference: string; cause: SecPaidFailure | null }
  /**
   * When the link on screen is cancelled by itself changed (shown, extended, dropped once paid or cancelled):
   * `expiresAt` ISO, or null when it no longer expires.
   */
  | { type: 'link_expiry'; linkId: number; expiresAt: string | null; msLeft: number | null }
  /**
   * Main cancelled a link whose time ran out (`cancelled`), found it paid meanwhile (`paid`: paid wins), or could not
   * have SecPaid confirm the cancel (`not_confirmed`: it stays waiting, and main tries again).
   */
  | { type: 'link_expired'; linkId: number; reference: string; outcome: LinkExpiredOutcome }

export type LinkExpiredOutcome = 'cancelled' | 'paid' | 'not_confirmed'
