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
  /** Quick keys: 24 fit the keypad's side in a 6 by 4 grid. */
  products: { min: 0, max: 24 },
  productNameLength: { min: 1, max: 30 },
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
  /** A VAT rate in whole percent; 0 for tax-free sales. */
  vatRatePercent: { min: 0, max: 99 },
  /** How many VAT rates the owner may offer (Germany has three). */
  vatRates: { min: 1, max: 5 },
  taxNumberLength: { min: 0, max: 30 }
} as const satisfies SettingsLimits
