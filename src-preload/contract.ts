/**
 * The one IPC contract shared by main, preload and renderer: every channel with its request and response.
 * Data only: no Electron import, so the sandboxed renderer can import its types and tests can import it in Node.
 */

export type Environment = 'demo' | 'development' | 'production'
export type EntryMode = 'cents' | 'decimal'
export type Language = 'de' | 'en'

export interface LinkDefaults {
  /** Full URL or an index into the account's saved callback URLs; empty = SecPaid's own page. */
  callbackUrl: string
  /** Webhook URL(s) or index; empty = none. */
  paymentEndpoint: string
  cancellable: boolean
  bankTransfer: boolean
  bankStatementDescription: string
  /** Reference written to recipient_note, e.g. `POS-{device}-{yyyyMMdd}-{seq}`. */
  noteTemplate: string
}

/** What the owner chooses in Settings: stored in main, shown and edited by the renderer. */
export interface EditableSettings {
  environment: Environment
  linkDefaults: LinkDefaults
  maxAmountCents: number
  entryMode: EntryMode
  language: Language
  deviceName: string
  /** Play a sound when a payment is confirmed. */
  paidSound: boolean
  /** How long the Paid screen stays before the keypad returns (a tap returns at once). */
  paidScreenSeconds: number
  /** Full-screen kiosk: no window controls, no developer tools, no way out but the PIN-guarded Quit. */
  kioskMode: boolean
  /** A customer-facing window (on a second monitor when there is one): idle, QR with amount, Paid. */
  customerWindow: boolean
  /** The same read-only customer screen for phones and tablets on the LAN, paired with a code. */
  lanDisplay: boolean
  lanDisplayPort: number
}

/** Everything the renderer may know about the settings. The API key itself never leaves main. */
export interface PublicSettings extends EditableSettings {
  hasKey: boolean
  /** True when links go to the built-in simulator: Demo chosen, or no key set for the chosen environment. */
  demo: boolean
  /** Settings (and leaving kiosk mode) ask for the owner's PIN. */
  pinSet: boolean
  /** Settings that were unreadable at start-up and were reset, for a warning to the owner; usually empty. */
  repairedAtStart: string[]
}

export type SettingsPatch = Partial<Omit<EditableSettings, 'linkDefaults'> & { linkDefaults: Partial<LinkDefaults> }>

export interface ChargeRequest {
  amountCents: number
  /** Optional cashier's note appended to the sale's reference. */
  note?: string
}

export type SaleStatus =
  /** Create sent (or about to be); whether SecPaid made the link is not known yet. */
  | 'creating'
  | 'created'
  | 'paid'
  | 'cancelled'
  /** Provably no link exists (SecPaid refused, or a look-up found none): nothing to collect. */
  | 'failed'

/** A sale whose link exists at SecPaid: what the QR screen shows. */
export interface SaleLink {
  linkId: number
  reference: string
  amountCents: number
  payLink: string
  qrImg: string | null
  note: string
  status: SaleStatus
}

/** What polling knows of a link on screen: still waiting, paid (confirmed), or gone (deleted or cancelled). */
export type LinkState = 'pending' | 'paid' | 'gone'

export interface LinkStatus {
  state: LinkState
  /** False while SecPaid cannot be reached; polling goes on and recovers by itself. */
  online: boolean
}

export interface PendingLinkView {
  linkId: number
  amountCents: number
  note: string
  kind: 'Basic' | 'Split'
  payLink: string
  qrImg: string | null
}

/** Today's sales that have a link, in integer cents. Cancelled sales are counted apart, failed ones not at all. */
export interface TodaySummary {
  day: string
  count: number
  totalCents: number
  paidCount: number
  paidCents: number
  pendingCount: number
  pendingCents: number
  cancelledCount: number
}

export interface ListPendingRequest {
  search?: string
  limit?: number
}

export type IpcErrorCode =
  | 'invalid_request'
  | 'api'
  | 'auth'
  | 'rate_limited'
  | 'server'
  | 'bad_response'
  | 'network'
  | 'timeout'
  | 'not_demo'
  /** cancelSale: the customer paid first, so the link can no longer be deleted. */
  | 'already_paid'
  /** A PIN is set and settings were not unlocked with it. */
  | 'locked'
  | 'internal'

export interface IpcError {
  code: IpcErrorCode
  message: string
  retryAfterSeconds?: number
  /** Set when a charge's answer was lost: the sale may exist at SecPaid and must be resolved, not charged again. */
  pendingSaleReference?: string
}

/** Errors cross IPC as values: a thrown Error would lose everything but its message. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

type Empty = Record<string, never>

/** channel name → [request, response]. Method names on `window.counter` are the channel names. */
export interface CounterContract {
  getSettings: [Empty, PublicSettings]
  updateSettings: [SettingsPatch, PublicSettings]
  setApiKey: [{ apiKey: string }, PublicSettings]
  removeApiKey: [Empty, PublicSettings]
  /** Asks SecPaid for one pending link with the saved environment and key. */
  testConnection: [Empty, { demo: boolean }]
  charge: [ChargeRequest, SaleLink]
  /** Settles a sale whose charge answer was lost (`pendingSaleReference`): adopts its link, or creates it. */
  resolveSale: [{ reference: string }, SaleLink]
  /** The newest sale still open from before a restart, so its QR comes back; null when there is none. */
  recoveredSale: [Empty, SaleLink | null]
  listPending: [ListPendingRequest, PendingLinkView[]]
  /** Starts paid detection for the link on screen (one at a time). */
  watchLink: [{ linkId: number }, LinkStatus]
  unwatchLink: [Empty, Empty]
  /** What paid detection knows now; answered from memory, it sends nothing to SecPaid. */
  linkStatus: [{ linkId: number }, LinkStatus]
  cancelSale: [{ linkId: number }, { linkId: number }]
  todaySummary: [Empty, TodaySummary]
  exportSalesCsv: [Empty, { fileName: string; csv: string }]
  simulatePayment: [{ linkId: number }, { linkId: number }]
  /** Opens the owner's settings for a few minutes; wrong PINs are slowed down after five tries. */
  unlockSettings: [{ pin: string }, UnlockResult]
  lockSettings: [Empty, Empty]
  /** Sets (4–8 digits) or removes (null) the settings PIN; needs unlocked settings. */
  setSettingsPin: [{ pin: string | null }, PublicSettings]
  /** The only way out of kiosk mode's window; needs unlocked settings. */
  quitApp: [Empty, Empty]
  /** Where a phone or tablet opens the customer display, and the code that pairs it; needs unlocked settings. */
  customerDisplayInfo: [Empty, CustomerDisplayInfo]
  /** A new pairing code: every paired display has to pair again. Needs unlocked settings. */
  newPairingCode: [Empty, CustomerDisplayInfo]
}

export type UnlockResult =
  { unlocked: true } | { unlocked: false; reason: 'wrong_pin' | 'too_many_attempts'; retryInSeconds?: number }

export interface CustomerDisplayInfo {
  /** http://<LAN address>:<port>/ for each network interface; empty while the LAN display is off. */
  lanUrls: string[]
  pairingCode: string
  /** Why the display is off although it is switched on; null when all is well. */
  problem: CustomerDisplayProblem | null
}

/** `port_in_use`: another program holds the LAN port; `page_missing`: the installation lacks the built page. */
export type CustomerDisplayProblem = { code: 'port_in_use' | 'start_failed'; port: number } | { code: 'page_missing' }

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
  'listPending',
  'watchLink',
  'unwatchLink',
  'linkStatus',
  'cancelSale',
  'todaySummary',
  'exportSalesCsv',
  'simulatePayment',
  'unlockSettings',
  'lockSettings',
  'setSettingsPin',
  'quitApp',
  'customerDisplayInfo',
  'newPairingCode'
] as const satisfies readonly Channel[]

/** IPC channel string for a contract method, namespaced so nothing else in Electron collides with it. */
export const ipcChannelName = (channel: Channel): string => `counter:${channel}`

/** The API the preload exposes as `window.counter`: one function per channel, every one resolving to a result. */
export type CounterApi = {
  [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
}

// Compile-time proof that CHANNELS lists every channel of the contract.
type ChannelsMissingFromList = Exclude<Channel, (typeof CHANNELS)[number]>
const everyChannelListed: ChannelsMissingFromList extends never ? true : never = true
void everyChannelListed
