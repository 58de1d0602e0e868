import { type CustomerViewAnswer, isCustomerViewAnswer } from '../../src-preload/contract/customer-view'

/** The header that carries a session token from /pair, or the counter's own window secret, on every poll. */
const TOKEN_HEADER = 'X-Display-Token'
const PAIRING_CODE_HEADER = 'X-Pairing-Code'
/** The server always names a wait when it refuses codes; this is only the fallback for an answer without one. */
const DEFAULT_RETRY_MS = 60_000

export type StateAnswer = { kind: 'view'; view: CustomerViewAnswer } | { kind: 'not_paired' } | { kind: 'unavailable' }

type PairingAnswer =
  | { kind: 'paired'; token: string }
  | { kind: 'wrong_code' }
  | { kind: 'too_many_wrong_codes'; retryAfterMs: number }
  /** The counter stopped pairing after too many wrong codes until its owner makes a new one. */
  | { kind: 'pairing_paused' }
  | { kind: 'unavailable' }

const REQUEST_DEFAULTS: RequestInit = { cache: 'no-store', credentials: 'omit' }

function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get('Retry-After'))
  return seconds > 0 && seconds <= 3600 ? seconds * 1000 : DEFAULT_RETRY_MS
}

/** Network failures, server errors and unreadable bodies all become `unavailable`: these calls never reject. */
async function bodyOf(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown
  } catch {
    return null
  }
}

/** The view the counter shows now, for a page holding a session token or the own window's secret. */
export async function fetchState(token: string): Promise<StateAnswer> {
  try {
    const response = await fetch('/state', { ...REQUEST_DEFAULTS, headers: { [TOKEN_HEADER]: token } })
    if (response.status === 401) return { kind: 'not_paired' }
    if (!response.ok) return { kind: 'unavailable' }
    const body = await bodyOf(response)
    return isCustomerViewAnswer(body) ? { kind: 'view', view: body } : { kind: 'unavailable' }
  } catch {
    return { kind: 'unavailable' }
  }
}

/** Trades the six-digit pairing code for a session token once, so polls never carry the code. */
export async function requestPairing(code: string): Promise<PairingAnswer> {
  try {
    const response = await fetch('/pair', {
      ...REQUEST_DEFAULTS,
      method: 'POST',
      headers: { [PAIRING_CODE_HEADER]: code }
    })
    if (response.status === 401) return { kind: 'wrong_code' }
    if (response.status === 429) return { kind: 'too_many_wrong_codes', retryAfterMs: retryAfterMs(response) }
    if (response.status === 403) return { kind: 'pairing_paused' }
    if (!response.ok) return { kind: 'unavailable' }
    const body = await bodyOf(response)
    const token = typeof body === 'object' && body !== null ? (body as { token?: unknown }).token : undefined
    return typeof token === 'string' && token !== '' ? { kind: 'paired', token } : { kind: 'unavailable' }
  } catch {
    return { kind: 'unavailable' }
  }
}
