import { type Channel, channels, type IpcError } from '../../src-preload/contract'
import type { SettingsLock } from '../settings/settings-lock'
import type { StoredSettings } from '../settings/stored-settings-schema'
import { permissionRefusal } from '../staff/permission-refusal'
import type { StaffSession } from '../staff/staff-session'

/** Whether answering `channel` opens a dialog of the operating system, as the contract says and Settings are now. */
function opensDialog(channel: Channel, settings: StoredSettings): boolean {
  const { dialog } = channels[channel]
  return dialog === 'always' || (dialog === 'without_silent_print' && !settings.receipt.silentPrint)
}

/**
 * Why main refuses a call before its handler runs, or null, by the channel's `access` and `permission` in the
 * contract. The counter lock comes first: while it holds, only the lock screen (and selling, if the owner chose
 * `owner` and a cashier is signed in) is answered. Then what the signed-in cashier may do, then Settings behind the
 * PIN, then kiosk dialogs.
 */
export function ownerGateRefusal(
  channel: Channel,
  lock: SettingsLock,
  settings: StoredSettings,
  staff?: StaffSession
): IpcError | null {
  const { access } = channels[channel]
  if (lock.isCounterLocked() && access !== 'lock_screen') {
    const someoneIn = staff === undefined || staff.signedIn() !== null
    if (!(settings.autoLockScope === 'owner' && access === 'selling' && someoneIn)) return { code: 'counter_locked' }
  }
  const denied = staff === undefined ? null : permissionRefusal(channel, staff)
  if (denied !== null) return denied
  if (access === 'owner_settings' && !lock.isUnlocked()) return { code: 'locked' }
  if (settings.kioskMode && opensDialog(channel, settings) && !lock.takeDialog()) return { code: 'dialog_pin_required' }
  return null
}
