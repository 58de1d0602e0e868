import { type Channel, channels, type IpcError } from '../../src-preload/contract'
import type { SettingsLock } from '../settings/settings-lock'
import type { StoredSettings } from '../settings/stored-settings-schema'

/** Whether answering `channel` opens a dialog of the operating system, as the contract says and Settings are now. */
function opensDialog(channel: Channel, settings: StoredSettings): boolean {
  const { dialog } = channels[channel]
  return dialog === 'always' || (dialog === 'without_silent_print' && !settings.receipt.silentPrint)
}

/**
 * Why main refuses a call before its handler runs, or null, by the channel's `access` in the contract. The counter lock
 * comes first: while it holds, only the lock screen (and selling, if the owner chose `owner`) is answered. Then
 * Settings behind the PIN, then kiosk dialogs.
 */
export function ownerGateRefusal(channel: Channel, lock: SettingsLock, settings: StoredSettings): IpcError | null {
  const { access } = channels[channel]
  if (lock.isCounterLocked() && access !== 'lock_screen') {
    if (!(settings.autoLockScope === 'owner' && access === 'selling')) return { code: 'counter_locked' }
  }
  if (access === 'owner_settings' && !lock.isUnlocked()) return { code: 'locked' }
  if (settings.kioskMode && opensDialog(channel, settings) && !lock.takeDialog()) return { code: 'dialog_pin_required' }
  return null
}
