import type { Channel, IpcResult, RequestOf, ResponseOf } from '../../../src-preload/contract'

type ChannelCall<C extends Channel> = (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
type ResultObserver = (channel: Channel, result: IpcResult<unknown>) => void

const mainUnreachable: IpcResult<never> = { ok: false, error: { code: 'main_unreachable' } }
const observers = new Set<ResultObserver>()

/**
 * The one place that calls `window.counter`'s channels (store actions use it). A missing or throwing bridge becomes
 * an error value like any other failure.
 */
export async function callCounter<C extends Channel>(
  channel: C,
  request: RequestOf<C>
): Promise<IpcResult<ResponseOf<C>>> {
  let result: IpcResult<ResponseOf<C>>
  try {
    const call = window.counter?.[channel] as ChannelCall<C> | undefined
    result = call === undefined ? mainUnreachable : await call(request)
  } catch {
    result = mainUnreachable
  }
  for (const observer of [...observers]) observer(channel, result)
  return result
}

/** Sees every answer, e.g. to ask for the PIN again when main says `locked`; returns the unsubscribe function. */
export function observeCallResults(observer: ResultObserver): () => void {
  observers.add(observer)
  return () => {
    observers.delete(observer)
  }
}
