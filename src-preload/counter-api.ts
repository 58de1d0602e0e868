import { CHANNELS, type Channel, type CounterApi, type IpcResult } from './contract'

export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>

/**
 * Builds `window.counter`: one function per contract channel, each passing exactly one argument on.
 * A failure of the IPC transport itself becomes an error value, like every other failure.
 */
export function buildCounterApi(invoke: Invoke): CounterApi {
  const api: Record<string, (request: unknown) => Promise<IpcResult<unknown>>> = {}
  for (const channel of CHANNELS) {
    api[channel] = async (request) => {
      try {
        return (await invoke(channel, request)) as IpcResult<unknown>
      } catch {
        return { ok: false, error: { code: 'internal', message: 'The counter app could not reach its main process.' } }
      }
    }
  }
  return Object.freeze(api) as CounterApi
}
