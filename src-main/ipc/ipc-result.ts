import type { IpcError, IpcResult } from '../../src-preload/contract'
import { toSecPaidFailure } from '../secpaid/secpaid-failure'
import type { SecPaidError, SecPaidResult } from '../secpaid/types'

export const succeed = <T>(value: T): IpcResult<T> => ({ ok: true, value })

export const fail = (error: IpcError): IpcResult<never> => ({ ok: false, error })

export const fromSecPaidError = (error: SecPaidError): IpcResult<never> => fail(toSecPaidFailure(error))

export function mapSecPaid<T, U>(result: SecPaidResult<T>, map: (value: T) => U): IpcResult<U> {
  return result.ok ? succeed(map(result.value)) : fromSecPaidError(result.error)
}
