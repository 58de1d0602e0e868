/** The owner's settings as they cross IPC. Main validates and stores them; the renderer shows and edits them. */

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
  /** Open sales older than this are checked for payment less often (never forgotten). */
  slowCheckAfterHours: number
}

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
  pinDigits: NumberRange
  deviceNameLength: NumberRange
  noteTemplateLength: NumberRange
  callbackUrlLength: NumberRange
  paymentEndpointLength: NumberRange
  bankStatementDescriptionLength: NumberRange
  chargeNoteLength: NumberRange
  searchLength: NumberRange
  apiKeyLength: NumberRange
}

/** A setting main found unreadable at start-up and replaced; the renderer words the warning. */
export type SettingsRepair =
  { code: 'all_reset' } | { code: 'field_reset'; field: string } | { code: 'api_key_removed' }

/** Everything the renderer may know about the settings. The API key itself never leaves main. */
export interface PublicSettings extends EditableSettings {
  /** This install's own id, part of every sale reference; drawn at first start, never edited. */
  tillId: string
  hasKey: boolean
  /** True when links go to the built-in simulator: Demo chosen, or no key set for the chosen environment. */
  demo: boolean
  /** Settings (and leaving kiosk mode) ask for the owner's PIN. */
  pinSet: boolean
  /** Settings that were unreadable at start-up and were reset, for a warning to the owner; usually empty. */
  repairedAtStart: SettingsRepair[]
  limits: SettingsLimits
}

export type SettingsPatch = Partial<Omit<EditableSettings, 'linkDefaults'> & { linkDefaults: Partial<LinkDefaults> }>

/** A field of EditableSettings, `linkDefaults.x` for the link defaults: what an invalid_setting error names. */
export type SettingField = Exclude<keyof EditableSettings, 'linkDefaults'> | `linkDefaults.${keyof LinkDefaults}`
