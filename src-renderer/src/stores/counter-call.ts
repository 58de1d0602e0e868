import type { Channel, IpcResult, RequestOf, ResponseOf } from '../../../src-preload/contract'
import { MAIN_PROCESS_UNREACHABLE, isLockedError } from '../lib/error-messages'
import { useConnectionStore } from './connection-store'
import { useSettingsLockStore } from './settings-lock-store'

type ChannelCall<C extends Channel> = (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>

/** Calls answered by SecPaid itself: only their outcome says whether SecPaid is reachable. */
const SECPAID_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'charge',
  'resolveSale',
  'listPending',
  'cancelSale',
  'testConnection'
])

const unreachableMainProcess: IpcResult<never> = {
  ok: false,
  error: { code: 'internal', message: MAIN_PROCESS_UNREACHABLE }
}

/**
 * The one place that calls `window.counter` (store actions use it): answers from SecPaid also update the
 * offline banner, a `locked` answer asks for the settings PIN again, and a missing or throwing bridge becomes
 * an error value like any other failure.
 */
export async function callCounter<C extends Channel>(
  channel: C,
  request: RequestOf<C>
): Promise<IpcResult<ResponseOf<C>>> {
  let result: IpcResult<ResponseOf<C>>
  try {
    const call = window.counter?.[channel] as ChannelCall<C> | undefined
    result = call === undefined ? unreachableMainProcess : await call(request)
  } catch {
    result = unreachableMainProcess
  }
  if (SECPAID_CHANNELS.has(channel)) useConnectionStore.getState().recordResult(result)
  if (!result.ok && isLockedError(result.error)) useSettingsLockStore.getState().settingsLocked()
  return result
}
