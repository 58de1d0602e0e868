import type { SettingsLimits } from './settings'

/**
 * Every bound on what the owner and the cashier may enter, defined once. The contract's schemas are built from these,
 * and the renderer receives them as data (`PublicSettings.limits`) to size its fields and word its hints.
 */
export const SETTINGS_LIMITS = {
  /** An owner may allow up to 1,000,000.00 EUR for one sale. */
  maxAmountCents: { min: 1, max: 100_000_000 },
  paidScreenSeconds: { min: 1, max: 60 },
  /** Below 1024 a port needs administrator rights. */
  lanDisplayPort: { min: 1024, max: 65535 },
  /** An open sale is checked every half minute for this long, then every quarter of an hour. */
  slowCheckAfterHours: { min: 1, max: 720 },
  autoLockMinutes: { min: 0, max: 240 },
  /** The catalogue: a bar's or bakery's 40–150 items with room to spare; the keys scroll by category. */
  products: { min: 0, max: 500 },
  productNameLength: { min: 1, max: 30 },
  /** A product's short code ("K1", "CAP"): typed in one or two keystrokes to find it. */
  productCodeLength: { min: 0, max: 6 },
  categories: { min: 0, max: 30 },
  categoryNameLength: { min: 1, max: 20 },
  productPriceCents: { min: 1, max: 100_000_000 },
  tipPercent: { min: 1, max: 50 },
  tipPresets: { min: 0, max: 4 },
  shopNameLength: { min: 0, max: 60 },
  shopAddressLength: { min: 0, max: 200 },
  vatIdLength: { min: 0, max: 30 },
  printerNameLength: { min: 0, max: 200 },
  /** A new PIN: 6 digits recommended (a million PINs), 4 still accepted. */
  pinDigits: { min: 4, max: 6 },
  /** A PIN typed to unlock: up to 8 digits, as earlier versions allowed them to be set. */
  pinEntryDigits: { min: 4, max: 8 },
  deviceNameLength: { min: 1, max: 20 },
  noteTemplateLength: { min: 1, max: 60 },
  callbackUrlLength: { min: 0, max: 500 },
  paymentEndpointLength: { min: 0, max: 1000 },
  bankStatementDescriptionLength: { min: 0, max: 100 },
  chargeNoteLength: { min: 0, max: 100 },
  searchLength: { min: 0, max: 100 },
  apiKeyLength: { min: 1, max: 512 },
  tillsOnKey: { min: 1, max: 10 },
  /** Backups kept in the owner's backup folder. */
  backupKeep: { min: 1, max: 100 },
  /** The customer display's idle message: one short line. */
  idleMessageLength: { min: 0, max: 80 },
  /** A Wi-Fi network's name is at most 32 bytes; a WPA passphrase 8 to 63 characters (empty: an open network). */
  wifiSsidLength: { min: 0, max: 32 },
  wifiPasswordLength: { min: 8, max: 63 },
  parkedNameLength: { min: 0, max: 30 },
  /** A queue at a stand or the tables of a café, with room to spare. */
  parkedSales: { min: 0, max: 50 },
  linkExpiryMinutes: { min: 5, max: 60 },
  /** A VAT rate in whole percent; 0 for tax-free sales. */
  vatRatePercent: { min: 0, max: 99 },
  /** How many VAT rates the owner may offer (Germany has three). */
  vatRates: { min: 1, max: 5 },
  taxNumberLength: { min: 0, max: 30 }
} as const satisfies SettingsLimits
