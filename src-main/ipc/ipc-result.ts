import type { IpcError, IpcResult } from '../../src-preload/contract'
import type { SecPaidError, SecPaidResult } from '../secpaid/types'

export const succeed = <T>(value: T): IpcResult<T> => ({ ok: true, value })

export const fail = (code: IpcError['code'], message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message }
})

export function fromSecPaidError(error: SecPaidError): IpcResult<never> {
  const ipcError: IpcError = { code: error.kind, message: error.message }
  if (error.retryAfterSeconds !== undefined) ipcError.retryAfterSeconds = error.retryAfterSeconds
  return { ok: false, error: ipcError }
}

export function mapSecPaid<T, U>(result: SecPaidResult<T>, map: (value: T) => U): IpcResult<U> {
  return result.ok ? succeed(map(result.value)) : fromSecPaidError(result.error)
}
