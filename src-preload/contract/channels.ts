import { z } from 'zod'

import type { AboutApp } from './about'
import type { DayCloseReport, HistoryPage, SaleDetail, SaleRefund, SalesRow, SaveFileResult } from './books'
import type { AuditExportView, BackupStatus, BooksCheckView } from './books-care'
import type { CustomerDisplayInfo, UnlockResult } from './display'
import type { JournalStatus } from './journal'
import type { LinkExpiryView, ParkedSaleView, ResumedSale, StaleCancelResult, StaleLink } from './parking'
import { parkedIdSchema, parkRequestSchema, staleCancelRequestSchema } from './parking-schemas'
import type { ReceiptData } from './receipts'
import {
  chargeRequestSchema,
  dayRangeSchema,
  historyRequestSchema,
  refundRequestSchema,
  saveFileRequestSchema,
  setApiKeyRequestSchema,
  unlockRequestSchema
} from './request-schemas'
import { saleCompositionSchema } from './sale-composition-schema'
import type { SaleStatus } from './sale-status'
import type { LinkCheckAnswer, LinkView, OpenSale, PendingListView, SaleChange, TodaySummary } from './sales'
import type { SaleQuote } from './selling'
import type { PublicSettings } from './settings'
import { SETTINGS_LIMITS as LIMITS } from './settings-limits'
import { settingsPatchSchema } from './settings-schema'
import {
  emptySchema,
  languageSchema,
  linkIdSchema,
  pinSchema,
  plainTextSchema,
  referenceSchema
} from './shared-schemas'
import {
  cashierIdSchema,
  type Permission,
  saveCashierRequestSchema,
  signInRequestSchema,
  type StaffView
} from './staff'

/**
 * Who main answers a channel for (`src-main/ipc/owner-gate.ts` enforces it):
 * - `lock_screen`: always, also while auto-lock holds the counter: what the lock screen needs;
 * - `selling`: the cashier's selling: answered while the counter is locked only when the owner chose to lock just the
 *   owner's functions (`autoLockScope: 'owner'`);
 * - `owner`: the owner's functions (history, refunds, day close, files, receipts, cancel): wait while the counter is
 *   locked;
 * - `owner_settings`: like `owner`, and once a PIN is set only while Settings are unlocked with it.
 */
export type ChannelAccess = 'lock_screen' | 'selling' | 'owner' | 'owner_settings'

/**
 * Whether answering opens a dialog of the operating system, a known way out of a kiosk: in kiosk mode each one needs
 * the PIN. `without_silent_print`: a receipt printed without `receipt.silentPrint` opens the print dialog.
 */
export type ChannelDialog = 'never' | 'always' | 'without_silent_print'

/**
 * What the signed-in cashier needs for a channel (`src-main/ipc/owner-gate.ts` checks it): a permission, or `owner`
 * for what only the owner does (cashiers, the owner's PIN). `owner_settings` channels need `settings` at least. A
 * shop without cashiers has only the owner, who has every permission.
 */
export type ChannelPermission = Permission | 'owner'

export interface ChannelSpec<Request extends z.ZodType, Response> {
  /** Main checks every request against it before anything else runs; what it outputs is the handler's request. */
  readonly request: Request
  readonly access: ChannelAccess
  readonly dialog: ChannelDialog
  readonly permission?: ChannelPermission
  /** Type only, never set: what the channel answers. */
  readonly response?: [Response]
}

/** One channel answering `Response`: `channel<LinkView>()({ request, access })`. */
const channel =
  <Response>() =>
  <Request extends z.ZodType>(spec: {
    request: Request
    access: ChannelAccess
    dialog?: ChannelDialog
    permission?: ChannelPermission
  }) =>
    ({ dialog: 'never', ...spec }) as ChannelSpec<Request, Response>

type Empty = Record<string, never>

const byReference = z.strictObject({ reference: referenceSchema })
const byLinkId = z.strictObject({ linkId: linkIdSchema })

/**
 * Every IPC channel, once: its name (also the method's name on `window.counter`), the schema main checks its request
 * with, who may call it, and what it answers. Main registers, checks and gates from this list; the preload exposes it.
 */
export const channels = {
  getSettings: channel<PublicSettings>()({ request: emptySchema, access: 'lock_screen' }),
  updateSettings: channel<PublicSettings>()({ request: settingsPatchSchema, access: 'owner_settings' }),
  /**
   * Stores the key. Where it could not be kept `encrypted` (see `PublicSettings.keyStorage`) it is stored only with
   * `storeUnencrypted: true`, the owner's consent; without it the answer is `key_storage_needs_consent`.
   */
  setApiKey: channel<PublicSettings>()({ request: setApiKeyRequestSchema, access: 'owner_settings' }),
  removeApiKey: channel<PublicSettings>()({ request: emptySchema, access: 'owner_settings' }),
  /** Asks SecPaid for one pending link with the saved environment and key. */
  testConnection: channel<{ demo: boolean }>()({ request: emptySchema, access: 'owner', permission: 'settings' }),
  charge: channel<LinkView>()({ request: chargeRequestSchema, access: 'selling' }),
  /** Settles a sale whose charge answer was lost (`outcome_unknown`): adopts its link, or creates it. */
  resolveSale: channel<LinkView>()({ request: byReference, access: 'selling' }),
  /** The newest sale still open from before a restart, so its QR comes back; null when there is none. */
  recoveredSale: channel<LinkView | null>()({ request: emptySchema, access: 'selling' }),
  /**
   * The sale whose outcome is unknown (its answer lost, before or after a restart), which blocks every charge until
   * resolveSale settles it; null when there is none. Answered once start-up has settled what it could.
   */
  uncertainSale: channel<OpenSale | null>()({ request: emptySchema, access: 'selling' }),
  /** Whether sales can be recorded, and what the journal set aside at start; changes arrive as `journal_status`. */
  journalStatus: channel<JournalStatus>()({ request: emptySchema, access: 'lock_screen' }),
  listPending: channel<PendingListView>()({
    request: z.strictObject({ search: plainTextSchema(LIMITS.searchLength.max).optional() }),
    access: 'selling'
  }),
  /** Starts paid detection for the link on screen (one at a time); answers what is known now. */
  watchLink: channel<{ state: SaleStatus }>()({ request: byLinkId, access: 'selling' }),
  unwatchLink: channel<Empty>()({ request: emptySchema, access: 'selling' }),
  cancelSale: channel<{ linkId: number }>()({ request: byLinkId, access: 'owner', permission: 'cancel' }),
  /**
   * "Change" on the QR screen: cancels the sale's link as `cancelSale` does (a link already paid stays paid and is
   * answered `already_paid`) and answers the sale as main journaled it, to be put back on the keypad.
   */
  changeSale: channel<SaleChange>()({ request: byLinkId, access: 'owner', permission: 'cancel' }),
  todaySummary: channel<TodaySummary>()({ request: emptySchema, access: 'selling' }),
  simulatePayment: channel<{ linkId: number }>()({ request: byLinkId, access: 'selling' }),
  /**
   * Checks the owner's PIN and opens what `purpose` names (default: Settings for a few minutes). Wrong PINs are
   * counted across restarts; after five each try waits, twice as long after each further wrong one.
   */
  unlockSettings: channel<UnlockResult>()({ request: unlockRequestSchema, access: 'lock_screen' }),
  lockSettings: channel<Empty>()({ request: emptySchema, access: 'lock_screen' }),
  /** Auto-lock's idle time is reached: main locks the counter (and Settings) until the PIN is given. */
  lockCounter: channel<Empty>()({ request: emptySchema, access: 'lock_screen' }),
  /** Whether the counter is locked (it starts locked when auto-lock is on). */
  lockStatus: channel<{ counterLocked: boolean }>()({ request: emptySchema, access: 'lock_screen' }),
  /** Sets (within `limits.pinDigits`) or removes (null) the settings PIN; needs unlocked settings. */
  setSettingsPin: channel<PublicSettings>()({
    request: z.strictObject({ pin: pinSchema.nullable() }),
    access: 'owner_settings',
    permission: 'owner'
  }),
  /** The only way out of kiosk mode's window; needs unlocked settings. */
  quitApp: channel<Empty>()({ request: emptySchema, access: 'owner_settings' }),
  /** Where a phone or tablet opens the customer display, and the code that pairs it; needs unlocked settings. */
  customerDisplayInfo: channel<CustomerDisplayInfo>()({ request: emptySchema, access: 'owner_settings' }),
  /** A new pairing code: every paired display has to pair again. Needs unlocked settings. */
  newPairingCode: channel<CustomerDisplayInfo>()({ request: emptySchema, access: 'owner_settings' }),
  /**
   * Marks a product of the catalogue sold out for today (the local day), or available again: the cashier's, so no PIN.
   * Main refuses to quote or charge a sold-out product (`product_sold_out`); the next local day it sells again.
   */
  setProductSoldOut: channel<PublicSettings>()({
    request: z.strictObject({ productId: z.string().max(40), soldOut: z.boolean() }),
    access: 'selling'
  }),
  /** Main's figures for a sale of several lines and a tip, priced from its settings; nothing is sent to SecPaid. */
  quoteSale: channel<SaleQuote>()({ request: saleCompositionSchema, access: 'selling' }),
  /**
   * What the cashier has chosen so far (null: nothing), for the customer display: main prices it as `quoteSale` does
   * and shows its own figures; a sale it would refuse shows nothing. Always answers `{}`.
   */
  /**
   * Opens the system's dialog for the customer display's logo and takes the chosen PNG or JPEG (`logo_refused`
   * otherwise); the owner cancelling answers the info unchanged. Like chooseBackupFolder: the owner's, and in kiosk
   * mode the PIN each time (the dialog is a known way out of a kiosk).
   */
  chooseDisplayLogo: channel<CustomerDisplayInfo>()({
    request: emptySchema,
    access: 'owner',
    dialog: 'always',
    permission: 'settings'
  }),
  removeDisplayLogo: channel<CustomerDisplayInfo>()({ request: emptySchema, access: 'owner_settings' }),
  customerCart: channel<Empty>()({
    request: z.strictObject({ sale: saleCompositionSchema.nullable() }),
    access: 'selling'
  }),
  /** What a paid sale's receipt shows; the renderer lays it out. */
  receiptFor: channel<ReceiptData>()({ request: byReference, access: 'owner' }),
  /** Prints a paid sale's receipt on the paper and printer chosen in Settings (history's reprint uses it too). */
  printReceipt: channel<{ printed: true }>()({
    request: byReference,
    access: 'owner',
    permission: 'reprint',
    dialog: 'without_silent_print'
  }),
  /** Sales from the journal, newest first, one page at a time. */
  salesHistory: channel<HistoryPage>()({ request: historyRequestSchema, access: 'owner' }),
  saleDetail: channel<SaleDetail>()({ request: byReference, access: 'owner' }),
  /** Files one refund request at SecPaid for a paid sale (one per link); behind the PIN when one is set. */
  refundSale: channel<SaleRefund>()({ request: refundRequestSchema, access: 'owner', permission: 'refund' }),
  /** Counts and sums of a day or range beside SecPaid's own record of it, and the differences. */
  dayClose: channel<DayCloseReport>()({ request: dayRangeSchema, access: 'owner', permission: 'dayClose' }),
  /** One row per sale started in the range, for the CSV the renderer formats. */
  salesRows: channel<{ rows: SalesRow[] }>()({ request: dayRangeSchema, access: 'owner', permission: 'export' }),
  /** Saves what the renderer made (a CSV) where the owner chooses in a save dialog. */
  saveFile: channel<SaveFileResult>()({
    request: saveFileRequestSchema,
    access: 'owner',
    permission: 'export',
    dialog: 'always'
  }),
  /**
   * Asks for a CSV file in an open dialog and answers its text (the catalogue import); `content` null when the owner
   * cancelled. Main only reads it (at most `MAX_OPENED_BYTES`); the renderer checks every row, and saving what it read
   * is `updateSettings`, behind the PIN like any change of Settings.
   */
  openCsvFile: channel<{ content: string | null }>()({
    request: emptySchema,
    access: 'owner',
    permission: 'settings',
    dialog: 'always'
  }),
  /** Prints the window as it shows now (the day close's printable layout). */
  printPage: channel<{ printed: boolean }>()({
    request: emptySchema,
    access: 'owner',
    permission: 'dayClose',
    dialog: 'always'
  }),
  /** Saves the window as it shows now as a PDF, through a save dialog. */
  savePageAsPdf: channel<SaveFileResult>()({
    request: z.strictObject({ fileName: z.string().max(200) }),
    access: 'owner',
    permission: 'dayClose',
    dialog: 'always'
  }),
  /** Recomputes the books' hash chain in the data folder and checks its end against the head witness. */
  verifyBooks: channel<BooksCheckView>()({ request: emptySchema, access: 'owner', permission: 'settings' }),
  /** Asks for a folder (system dialog) and exports every journal row of the days for a tax audit into it. */
  exportForAudit: channel<AuditExportView>()({
    request: dayRangeSchema,
    access: 'owner',
    permission: 'export',
    dialog: 'always'
  }),
  /** The backups' folder and number kept, and how the last backup went. */
  backupStatus: channel<BackupStatus>()({ request: emptySchema, access: 'owner', permission: 'settings' }),
  /** Backs the books up into the chosen folder now; the answer's `last` says how it went. */
  backupNow: channel<BackupStatus>()({ request: emptySchema, access: 'owner', permission: 'settings' }),
  /** Asks for the backups' folder in a system dialog; a cancelled dialog keeps the folder as it was. */
  chooseBackupFolder: channel<BackupStatus>()({
    request: emptySchema,
    access: 'owner',
    permission: 'settings',
    dialog: 'always'
  }),
  /** How many backups stay in the folder. */
  setBackupKeep: channel<BackupStatus>()({
    request: z.strictObject({ keep: z.number().int().min(LIMITS.backupKeep.min).max(LIMITS.backupKeep.max) }),
    access: 'owner',
    permission: 'settings'
  }),
  /** Settings → About: the app's version and its data folder. */
  aboutApp: channel<AboutApp>()({ request: emptySchema, access: 'owner_settings' }),
  /**
   * Makes the draft procedure description ("Verfahrensdokumentation") from the settings as they are, in `language`,
   * as a PDF, and saves it where the owner chooses in a save dialog.
   */
  exportProcedureDescription: channel<SaveFileResult>()({
    request: z.strictObject({ language: languageSchema }),
    access: 'owner',
    dialog: 'always',
    permission: 'export'
  }),
  /** One look-up of a sale's link when the customer says they paid; at most one request per link every few seconds. */
  checkNow: channel<LinkCheckAnswer>()({ request: byReference, access: 'selling' }),
  /** The cashiers (names and permissions, never PINs) and who is signed in, for the lock screen and the top bar. */
  staffStatus: channel<StaffView>()({ request: emptySchema, access: 'lock_screen' }),
  /** The lock screen: a cashier (or the owner) signs in with their own PIN; wrong PINs count per cashier. */
  signIn: channel<UnlockResult>()({ request: signInRequestSchema, access: 'lock_screen' }),
  /** "Switch cashier": whoever is signed in is signed out and the counter locks until the next one signs in. */
  signOut: channel<StaffView>()({ request: emptySchema, access: 'lock_screen' }),
  /** Creates or changes a cashier; the owner's only, in unlocked Settings, with the owner's PIN set. */
  saveCashier: channel<StaffView>()({
    request: saveCashierRequestSchema,
    access: 'owner_settings',
    permission: 'owner'
  }),
  removeCashier: channel<StaffView>()({
    request: z.strictObject({ id: cashierIdSchema }),
    access: 'owner_settings',
    permission: 'owner'
  }),
  /**
   * Parks the basket (a typed amount or lines and tip, priced by main now), named or numbered, in the data folder:
   * not in the books until it is charged. At most `limits.parkedSales.max` per environment (`parked_limit`).
   */
  parkSale: channel<ParkedSaleView>()({ request: parkRequestSchema, access: 'selling' }),
  /** This environment's parked sales, oldest first. */
  parkedSales: channel<{ sales: ParkedSaleView[] }>()({ request: emptySchema, access: 'selling' }),
  /** Takes a parked sale back onto the keypad, priced anew from the catalogue; what is not offered any more is said. */
  resumeParkedSale: channel<ResumedSale>()({ request: parkedIdSchema, access: 'selling' }),
  /** Throws a parked sale away (the customer left); nothing was charged, so nothing is in the books. */
  discardParkedSale: channel<{ id: string }>()({ request: parkedIdSchema, access: 'selling' }),
  /** When the link on screen is cancelled by itself (Settings → links expire), or null. */
  linkExpiry: channel<LinkExpiryView>()({ request: byLinkId, access: 'selling' }),
  /** The cashier waits longer: the link on screen expires the set minutes from now. */
  extendLinkExpiry: channel<LinkExpiryView>()({ request: byLinkId, access: 'selling' }),
  /** This till's links still waiting more than a day after they were made (the day close lists them). */
  staleLinks: channel<{ links: StaleLink[] }>()({ request: emptySchema, access: 'owner', permission: 'dayClose' }),
  /** Cancels every stale link safely (a paid one stays paid); behind the PIN each time when one is set. */
  cancelStaleLinks: channel<StaleCancelResult>()({
    request: staleCancelRequestSchema,
    access: 'owner',
    permission: 'cancel'
  })
}

type Channels = typeof channels

export type Channel = keyof Channels
/** A channel's request as the handler receives it: what its schema outputs. */
export type RequestOf<C extends Channel> = z.output<Channels[C]['request']>
export type ResponseOf<C extends Channel> = NonNullable<Channels[C]['response']>[0]

/** Every channel's name, in the order of `channels`. */
export const CHANNEL_NAMES = Object.keys(channels) as Channel[]
