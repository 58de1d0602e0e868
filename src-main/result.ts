import type { IpcError } from '../src-preload/contract'
import { toSecPaidFailure } from './secpaid/secpaid-failure'
import type { SecPaidError, SecPaidResult } from './secpaid/types'

/**
 * What main's services answer: the value, or why not as a reason code with its data (the contract's `IpcError`), never
 * a thrown error and never a sentence. `ipc/` sends it to the renderer as it is: the contract's `IpcResult`.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export const succeed = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = (error: IpcError): Result<never> => ({ ok: false, error })

export const fromSecPaidError = (error: SecPaidError): Result<never> => fail(toSecPaidFailure(error))

export function mapSecPaid<T, U>(result: SecPaidResult<T>, map: (value: T) => U): Result<U> {
  return result.ok ? succeed(map(result.value)) : fromSecPaidError(result.error)
}
