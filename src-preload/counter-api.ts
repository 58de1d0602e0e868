import { type Channel, CHANNEL_NAMES, type CounterApi, type IpcResult, parseCounterEvent } from './contract'

type Invoke = (channel: Channel, request: unknown) => Promise<unknown>
/** Delivers every payload main pushes on the event channel; returns the function that stops it. */
type Listen = (deliver: (payload: unknown) => void) => () => void

const mainUnreachable: IpcResult<never> = { ok: false, error: { code: 'main_unreachable' } }

/**
 * Builds `window.counter`: one function per contract channel, each passing exactly one argument on, and `onEvent`.
 * A failure of the IPC transport itself becomes an error value, like every other failure; an event that is not one
 * of the contract's is dropped before the renderer sees it, as main refuses a malformed request.
 */
export function buildCounterApi(invoke: Invoke, listen: Listen): CounterApi {
  const api: Record<string, unknown> = {}
  for (const channel of CHANNEL_NAMES) {
    api[channel] = async (request: unknown) => {
      try {
        return (await invoke(channel, request)) as IpcResult<unknown>
      } catch {
        return mainUnreachable
      }
    }
  }
  api.onEvent = (listener: Parameters<CounterApi['onEvent']>[0]) =>
    listen((payload) => {
      const event = parseCounterEvent(payload)
      if (event !== null) listener(event)
    })
  return Object.freeze(api) as CounterApi
}
