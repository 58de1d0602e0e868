/**
 * The one IPC contract shared by main, preload and renderer: every channel with its request and response, and the
 * events main pushes. Types and names only: no Electron import, so the sandboxed renderer can import its types and
 * tests can import it in Node.
 */
import type {
  DayCloseReport,
  DayCloseRequest,
  HistoryPage,
  HistoryRequest,
  RefundRequest,
  SaleDetail,
  SaleRefund,
  SalesRow,
  SaveFileRequest,
  SaveFileResult
} from './books'
import type { CustomerDisplayInfo, UnlockPurpose, UnlockResult } from './display'
import type { IpcResult } from './errors'
import type { CounterEvent } from './events'
import type { JournalStatus } from './journal'
import type {
  ChargeRequest,
  LinkCheckAnswer,
  LinkView,
  ListPendingRequest,
  OpenSale,
  PendingListView,
  TodaySummary
} from './sales'
import type { SaleStatus } from './sale-status'
import type { PublicSettings, SettingsPatch } from './settings'
import type { SaleComposition, SaleQuote } from './selling'
import type { ReceiptData } from './receipts'

export type * from './books'
export type * from './display'
export type * from './errors'
export type * from './events'
export type * from './journal'
export type * from './sales'
export type * from './sale-status'
export type * from './settings'
export type * from './selling'
export type * from './receipts'

type Empty = Record<string, never>

/** channel name → [request, response]. Method names on `window.counter` are the channel names. */
export interface CounterContract {
  getSettings: [Empty, PublicSettings]
  updateSettings: [SettingsPatch, PublicSettings]
  /**
   * Stores the key. Where it could not be kept `encrypted` (see `PublicSettings.keyStorage`) it is stored only with
   * `storeUnencrypted: true`, the owner's consent; without it the answer is `key_storage_needs_consent`.
   */
  setApiKey: [{ apiKey: string; storeUnencrypted?: boolean }, PublicSettings]
  removeApiKey: [Empty, PublicSettings]
  /** Asks SecPaid for one pending link with the saved environment and key. */
  testConnection: [Empty, { demo: boolean }]
  charge: [ChargeRequest, LinkView]
  /** Settles a sale whose charge answer was lost (`outcome_unknown`): adopts its link, or creates it. */
  resolveSale: [{ reference: string }, LinkView]
  /** The newest sale still open from before a restart, so its QR comes back; null when there is none. */
  recoveredSale: [Empty, LinkView | null]
  /**
   * The sale whose outcome is unknown (its answer lost, before or after a restart), which blocks every charge until
   * resolveSale settles it; null when there is none. Answered once start-up has settled what it could.
   */
  uncertainSale: [Empty, OpenSale | null]
  /** Whether sales can be recorded, and what the journal set aside at start; changes arrive as `journal_status`. */
  journalStatus: [Empty, JournalStatus]
  listPending: [ListPendingRequest, PendingListView]
  /** Starts paid detection for the link on screen (one at a time); answers what is known now. */
  watchLink: [{ linkId: number }, { state: SaleStatus }]
  unwatchLink: [Empty, Empty]
  cancelSale: [{ linkId: number }, { linkId: number }]
  todaySummary: [Empty, TodaySummary]
  simulatePayment: [{ linkId: number }, { linkId: number }]
  /**
   * Checks the owner's PIN and opens what `purpose` names (default: Settings for a few minutes). Wrong PINs are
   * counted across restarts; after five each try waits, twice as long after each further wrong one.
   */
  unlockSettings: [{ pin: string; purpose?: UnlockPurpose }, UnlockResult]
  lockSettings: [Empty, Empty]
  /** Auto-lock's idle time is reached: main locks the counter (and Settings) until the PIN is given. */
  lockCounter: [Empty, Empty]
  /** Whether the counter is locked (it starts locked when auto-lock is on). */
  lockStatus: [Empty, { counterLocked: boolean }]
  /** Sets (within `limits.pinDigits`) or removes (null) the settings PIN; needs unlocked settings. */
  setSettingsPin: [{ pin: string | null }, PublicSettings]
  /** The only way out of kiosk mode's window; needs unlocked settings. */
  quitApp: [Empty, Empty]
  /** Where a phone or tablet opens the customer display, and the code that pairs it; needs unlocked settings. */
  customerDisplayInfo: [Empty, CustomerDisplayInfo]
  /** A new pairing code: every paired display has to pair again. Needs unlocked settings. */
  newPairingCode: [Empty, CustomerDisplayInfo]
  /** Main's figures for a sale of several lines and a tip, priced from its settings; nothing is sent to SecPaid. */
  quoteSale: [SaleComposition, SaleQuote]
  /** What a paid sale's receipt shows; the renderer lays it out. */
  receiptFor: [{ reference: string }, ReceiptData]
  /** Prints a paid sale's receipt on the paper and printer chosen in Settings (history's reprint uses it too). */
  printReceipt: [{ reference: string }, { printed: true }]
  /** Sales from the journal, newest first, one page at a time. */
  salesHistory: [HistoryRequest, HistoryPage]
  saleDetail: [{ reference: string }, SaleDetail]
  /** Files one refund request at SecPaid for a paid sale (one per link); behind the PIN when one is set. */
  refundSale: [RefundRequest, SaleRefund]
  /** Counts and sums of a day or range beside SecPaid's own record of it, and the differences. */
  dayClose: [DayCloseRequest, DayCloseReport]
  /** One row per sale started in the range, for the CSV the renderer formats. */
  salesRows: [DayCloseRequest, { rows: SalesRow[] }]
  /** Saves what the renderer made (a CSV) where the owner chooses in a save dialog. */
  saveFile: [SaveFileRequest, SaveFileResult]
  /** Prints the window as it shows now (the day close's printable layout). */
  printPage: [Empty, { printed: boolean }]
  /** Saves the window as it shows now as a PDF, through a save dialog. */
  savePageAsPdf: [{ fileName: string }, SaveFileResult]
  /** One look-up of a sale's link when the customer says they paid; at most one request per link every few seconds. */
  checkNow: [{ reference: string }, LinkCheckAnswer]
}

export type Channel = keyof CounterContract
export type RequestOf<C extends Channel> = CounterContract[C][0]
export type ResponseOf<C extends Channel> = CounterContract[C][1]

export const CHANNELS = [
  'getSettings',
  'updateSettings',
  'setApiKey',
  'removeApiKey',
  'testConnection',
  'charge',
  'resolveSale',
  'recoveredSale',
  'uncertainSale',
  'journalStatus',
  'listPending',
  'watchLink',
  'unwatchLink',
  'cancelSale',
  'todaySummary',
  'simulatePayment',
  'unlockSettings',
  'lockSettings',
  'lockCounter',
  'lockStatus',
  'setSettingsPin',
  'quitApp',
  'customerDisplayInfo',
  'newPairingCode',
  'quoteSale',
  'receiptFor',
  'printReceipt',
  'salesHistory',
  'saleDetail',
  'refundSale',
  'dayClose',
  'salesRows',
  'saveFile',
  'printPage',
  'savePageAsPdf',
  'checkNow'
] as const satisfies readonly Channel[]

/** IPC channel string for a contract method, namespaced so nothing else in Electron collides with it. */
export const ipcChannelName = (channel: Channel): string => `counter:${channel}`

/** The one IPC channel main pushes every CounterEvent on. */
export const EVENT_CHANNEL = 'counter:event'

export type CounterEventListener = (event: CounterEvent) => void

/**
 * The API the preload exposes as `window.counter`: one function per channel, every one resolving to a result, and
 * one subscription to main's events that returns its unsubscribe function.
 */
export type CounterApi = {
  [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
} & {
  onEvent: (listener: CounterEventListener) => () => void
}

// Compile-time proof that CHANNELS lists every channel of the contract.
type ChannelsMissingFromList = Exclude<Channel, (typeof CHANNELS)[number]>
const everyChannelListed: ChannelsMissingFromList extends never ? true : never = true
void everyChannelListed
