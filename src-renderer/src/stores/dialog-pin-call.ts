import type { Channel, IpcResult, RequestOf, ResponseOf } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { useSettingsLockStore } from './settings-lock-store'

/**
 * A call that opens a save or print dialog. In kiosk mode main asks for the owner's PIN first (a dialog is a known
 * way out of a kiosk): the PIN pad opens, and once main accepted the PIN the call is made again, once. Cancelled, the
 * refusal stands and is shown as any other.
 */
export async function callWithDialogPin<C extends Channel>(
  channel: C,
  request: RequestOf<C>
): Promise<IpcResult<ResponseOf<C>>> {
  const first = await callCounter(channel, request)
  if (first.ok || first.error.code !== 'dialog_pin_required') return first
  const allowed = await useSettingsLockStore.getState().askDialogPin()
  return allowed ? callCounter(channel, request) : first
}
