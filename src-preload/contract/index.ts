/**
 * The one IPC contract shared by main, preload and renderer: every channel with its request schema, who may call it and
 * what it answers (`channels.ts`), the events main pushes and the schema they are checked with, and the types of
 * everything that crosses. No Electron import, so the sandboxed renderer can import its types and tests can import it
 * in Node; the renderer imports types only, main and the preload the schemas too.
 */
import type { Channel, RequestOf, ResponseOf } from './channels'
import type { IpcResult } from './errors'
import type { CounterEvent } from './events'

export type * from './about'
export type * from './books'
export type * from './payouts'
export type * from './connection'
export type * from './display'
export type * from './errors'
export type * from './events'
export type * from './journal'
export type * from './books-care'
export type * from './sales'
export type * from './sale-status'
export type * from './settings'
export type * from './selling'
export type * from './receipts'
export type * from './staff'
export type * from './parking'
export type * from './tax'

export { CHANNEL_NAMES, channels } from './channels'
export { OWNER_ID, PERMISSION_REFUSALS, PERMISSIONS } from './staff'
export type {
  Channel,
  ChannelAccess,
  ChannelDialog,
  ChannelPermission,
  ChannelSpec,
  RequestOf,
  ResponseOf
} from './channels'
export { counterEventSchema, parseCounterEvent } from './counter-event-schema'

/** IPC channel string for a contract method, namespaced so nothing else in Electron collides with it. */
export const ipcChannelName = (channel: Channel): string => `counter:${channel}`

/** The one IPC channel main pushes every CounterEvent on. */
export const EVENT_CHANNEL = 'counter:event'

export type CounterEventListener = (event: CounterEvent) => void

/**
 * The API the preload exposes as `window.counter`: one function per channel, every one resolving to a result, and
 * one subscription to main's events that returns its unsubscribe function.
 */
export type CounterApi = {
  [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
} & {
  onEvent: (listener: CounterEventListener) => () => void
}
