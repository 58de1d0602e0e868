import type { Channel, IpcError } from '../../src-preload/contract'
import type { SettingsLock } from '../settings/settings-lock'
import type { StoredSettings } from '../settings/stored-settings-schema'

/** What only the owner may do once a PIN is set: change settings, the key or the PIN, or leave the app. */
const OWNER_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'updateSettings',
  'setApiKey',
  'removeApiKey',
  'setSettingsPin',
  'quitApp',
  'customerDisplayInfo',
  'newPairingCode'
])

/** What the lock screen needs while the counter is locked: the settings it is worded by, and the PIN. */
const LOCK_SCREEN_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'getSettings',
  'unlockSettings',
  'lockSettings',
  'lockCounter',
  'lockStatus',
  'journalStatus'
])

/** The cashier's selling: still answered while locked when the owner chose to lock only the owner's functions. */
const SELLING_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'charge',
  'quoteSale',
  'resolveSale',
  'recoveredSale',
  'uncertainSale',
  'listPending',
  'watchLink',
  'unwatchLink',
  'checkNow',
  'simulatePayment',
  'todaySummary'
])

/** Dialogs of the operating system, a known way out of a kiosk: in kiosk mode each one needs the PIN. */
const DIALOG_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['saveFile', 'printPage', 'savePageAsPdf'])

/** A receipt printed without `silentPrint` opens the system's print dialog. */
const opensDialog = (channel: Channel, settings: StoredSettings) =>
  DIALOG_CHANNELS.has(channel) || (channel === 'printReceipt' && !settings.receipt.silentPrint)

/**
 * Why main refuses a call before its handler runs, or null. The counter lock comes first: while it holds, only the
 * lock screen (and selling, if the owner chose `owner`) is answered. Then Settings behind the PIN, then kiosk dialogs.
 */
export function ownerGateRefusal(channel: Channel, lock: SettingsLock, settings: StoredSettings): IpcError | null {
  if (lock.isCounterLocked() && !LOCK_SCREEN_CHANNELS.has(channel)) {
    if (!(settings.autoLockScope === 'owner' && SELLING_CHANNELS.has(channel))) return { code: 'counter_locked' }
  }
  if (OWNER_CHANNELS.has(channel) && !lock.isUnlocked()) return { code: 'locked' }
  if (settings.kioskMode && opensDialog(channel, settings) && !lock.takeDialog()) return { code: 'dialog_pin_required' }
  return null
}
