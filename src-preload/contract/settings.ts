/** The owner's settings as they cross IPC. Main validates and stores them; the renderer shows and edits them. */

export type Environment = 'demo' | 'development' | 'production'
export type EntryMode = 'cents' | 'decimal'
import type { Language } from './locale'
import type { TaxSettings } from './tax'

export type { Language }

interface LinkDefaults {
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
  /** How many tills share this SecPaid key: each starts with that share of the request budget. */
  tillsOnKey: number
  /** Open sales older than this are checked for payment less often (never forgotten). */
  slowCheckAfterHours: number
  /** Printed on receipts and shown to the customer on the QR screen. */
  shop: ShopDetails
  receipt: ReceiptSettings
  /** The owner's catalogue, in the order shown within its category; at most `limits.products.max`. */
  products: Product[]
  /** The catalogue's categories (tabs on the keypad screen), in the order shown; at most `limits.categories.max`. */
  categories: Category[]
  tips: TipSettings
  /**
   * Whom a tip belongs to: `staff` (passed on to the staff, not the shop's revenue) or `shop` (the shop's revenue).
   * Journaled with each sale that has a tip, so a later change never rewrites past sales.
   */
  tipKind: TipKind
  /** VAT rates, the default rate for typed amounts, Kleinunternehmer and the tax number. */
  tax: TaxSettings
  /** Lock the counter behind the PIN after this many idle minutes; 0 = never. Needs a PIN. */
  autoLockMinutes: number
  /**
   * What auto-lock locks: `everything` (the counter waits behind the PIN) or `owner` (selling goes on; history,
   * refunds, day close, files, receipts, cancel and settings wait for the PIN). Main enforces it.
   */
  autoLockScope: AutoLockScope
  /** What the customer display shows besides the sale: the idle message and the guest Wi-Fi QR. */
  customerScreen: CustomerScreenSettings
  /** An unpaid link shown on the QR screen is cancelled by itself after some minutes (its own object: see the type). */
  linkExpiry: LinkExpirySettings
}

/**
 * The customer display's extras. The Wi-Fi password is shown to every customer as a QR, so it is kept as plain
 * settings, not as a secret like the API key; it is never logged.
 */
export interface CustomerScreenSettings {
  /** A short line under "Welcome"; '' for none. */
  idleMessage: string
  /** "No mobile data? Join our Wi-Fi": a QR beside the pay QR, off by default. */
  wifi: { show: boolean; ssid: string; password: string }
}

/** Links that do not wait forever: `minutes` 0 = never, else within `limits.linkExpiryMinutes`. */
export interface LinkExpirySettings {
  minutes: number
}

export type AutoLockScope = 'everything' | 'owner'

/** Wrong PINs typed, as main counts them across restarts, for the owner to see in Settings. */
export interface PinWrongTries {
  /** Wrong tries since the last correct PIN. */
  sinceLastCorrect: number
  /** Wrong tries between the correct PIN before that and the last correct one. */
  beforeLastCorrect: number
}

export interface ShopDetails {
  name: string
  /** Several lines, as printed. */
  address: string
  vatId: string
}

export type ReceiptPaper = 'mm58' | 'mm80' | 'a4'

export interface ReceiptSettings {
  paper: ReceiptPaper
  /** The printer's name as the operating system lists it; empty = the system's default printer. */
  printerName: string
  /** Print without the system's print dialog. */
  silentPrint: boolean
  /** Print a receipt as soon as a sale is paid. */
  printOnPaid: boolean
}

/** A product of the catalogue: one tap on its key adds one of it to the sale. */
export interface Product {
  /** Stable across renames, so a sale in progress keeps its lines. */
  id: string
  name: string
  priceCents: number
  /** `#rrggbb`, or empty for the default key colour. */
  colour: string
  /** One of the shop's VAT rates (whole percent); absent: the shop's default rate. */
  vatRate?: number
  /**
   * The category whose tab shows it; empty, or a category that is gone, shows it under "Other". The catalogue's
   * fields may be left out of a request (they are then empty), as products of earlier versions lack them.
   */
  categoryId: string
  /** A short code the cashier types to find it (letters and digits, unique in the catalogue), or empty. */
  code: string
  /** The local day (YYYY-MM-DD) it was marked sold out: sold out that day only, available again the next; or empty. */
  soldOutOn: string
}

/** A tab of the catalogue: the owner's name and colour for a group of products. */
export interface Category {
  id: string
  name: string
  /** `#rrggbb`, or empty for the default tab colour. */
  colour: string
}

export interface TipSettings {
  enabled: boolean
  /** Whole percent values offered before Charge, e.g. [5, 10, 15]. */
  percentPresets: number[]
  /** Offer rounding the total up to the next whole euro. */
  roundUp: boolean
}

/** Whom tips belong to: the staff (passed on, not revenue) or the shop (revenue). See `tipKind`. */
export type TipKind = 'staff' | 'shop'

/** An inclusive range a number setting must lie in. */
export type NumberRange = { min: number; max: number }

/**
 * The bounds main enforces, sent as data so the renderer's form can size its fields and word its hints from the one
 * definition (main's settings schema) instead of a copy.
 */
export interface SettingsLimits {
  maxAmountCents: NumberRange
  paidScreenSeconds: NumberRange
  lanDisplayPort: NumberRange
  slowCheckAfterHours: NumberRange
  autoLockMinutes: NumberRange
  products: NumberRange
  productNameLength: NumberRange
  productCodeLength: NumberRange
  categories: NumberRange
  categoryNameLength: NumberRange
  productPriceCents: NumberRange
  tipPercent: NumberRange
  tipPresets: NumberRange
  shopNameLength: NumberRange
  shopAddressLength: NumberRange
  vatIdLength: NumberRange
  printerNameLength: NumberRange
  pinDigits: NumberRange
  pinEntryDigits: NumberRange
  deviceNameLength: NumberRange
  noteTemplateLength: NumberRange
  callbackUrlLength: NumberRange
  paymentEndpointLength: NumberRange
  bankStatementDescriptionLength: NumberRange
  chargeNoteLength: NumberRange
  searchLength: NumberRange
  apiKeyLength: NumberRange
  tillsOnKey: NumberRange
  backupKeep: NumberRange
  idleMessageLength: NumberRange
  wifiSsidLength: NumberRange
  wifiPasswordLength: NumberRange
  /** A parked sale's name, in characters. */
  parkedNameLength: NumberRange
  /** Parked sales per environment on this till. */
  parkedSales: NumberRange
  /** Minutes after which an unpaid link is cancelled by itself, when the owner turns it on. */
  linkExpiryMinutes: NumberRange
  vatRatePercent: NumberRange
  vatRates: NumberRange
  taxNumberLength: NumberRange
}

/**
 * A setting main found unreadable at start-up and replaced; the renderer words the warning. `pin_removed`: the stored
 * PIN could not be checked (damaged), so it was removed rather than locking the owner out for good.
 */
export type SettingsRepair =
  | { code: 'all_reset' }
  | { code: 'field_reset'; field: string }
  | { code: 'api_key_removed' }
  | { code: 'pin_removed' }
  /** The settings were made on another machine (a copied data folder): this till drew its own id for references. */
  | { code: 'till_id_renewed' }

/**
 * How the API key is kept at rest. `encrypted`: by Electron's safeStorage with a key the operating system guards
 * (macOS Keychain, Windows DPAPI, a Linux keyring). `weak`: Linux without a keyring (safeStorage's `basic_text`):
 * encrypted with a password built into Chromium, so anyone who can read the settings file can recover the key.
 * `unavailable`: no encryption at all, the key is kept as plain text.
 */
export type KeyStorage = 'encrypted' | 'weak' | 'unavailable'

/**
 * The stored API key as the owner needs to know it; never the key itself. `undecryptable`: a key is stored but no
 * longer decrypts (a new keyring, a restored or copied profile): the app runs as without a key until it is entered
 * again, and keeps the stored one untouched until then.
 */
export type ApiKeyStatus = { state: 'none' } | { state: 'set'; storedAs: KeyStorage } | { state: 'undecryptable' }

/** Whether changes can be saved; `errno` as the operating system named why not (EROFS, EACCES, …). */
export type SettingsFileStatus = { writable: true } | { writable: false; errno: string | null }

/** Everything the renderer may know about the settings. The API key itself never leaves main. */
export interface PublicSettings extends EditableSettings {
  /** This install's own id, part of every sale reference; drawn at first start, never edited. */
  tillId: string
  /** A usable key is set: `keyStatus.state` is `set`. False without a key and while the stored one cannot be decrypted. */
  hasKey: boolean
  keyStatus: ApiKeyStatus
  /** How a key saved now would be kept. Anything but `encrypted` needs the owner's consent (`storeUnencrypted`). */
  keyStorage: KeyStorage
  /** False when the settings file or its folder is read-only: the app runs on what it read, and refuses changes. */
  settingsFile: SettingsFileStatus
  /** True when links go to the built-in simulator: Demo chosen, or no key set for the chosen environment. */
  demo: boolean
  /** Settings (and leaving kiosk mode) ask for the owner's PIN. */
  pinSet: boolean
  pinWrongTries: PinWrongTries
  /** Settings that were unreadable at start-up and were reset, for a warning to the owner; usually empty. */
  repairedAtStart: SettingsRepair[]
  limits: SettingsLimits
}

export type SettingsPatch = Partial<Omit<EditableSettings, 'linkDefaults'> & { linkDefaults: Partial<LinkDefaults> }>

/** A field of EditableSettings, `linkDefaults.x` for the link defaults: what an invalid_setting error names. */
export type SettingField = Exclude<keyof EditableSettings, 'linkDefaults'> | `linkDefaults.${keyof LinkDefaults}`
