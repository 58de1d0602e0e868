import { describe, expect, it } from 'vitest'
import type { IpcError } from '../../src-preload/contract'
import { errorMessage, isOfflineError } from '../../src-renderer/src/lib/error-messages'

const error = (code: IpcError['code'], message = 'Server said no.', extra: Partial<IpcError> = {}): IpcError => ({
  code,
  message,
  ...extra
})

describe('errorMessage', () => {
  it('says the API key was rejected for auth errors, in English and German', () => {
    expect(errorMessage(error('auth', 'HTTP 401'), 'en')).toBe('The API key was rejected by SecPaid')
    expect(errorMessage(error('auth', 'HTTP 401'), 'de')).toBe('Der API-Schlüssel wurde von SecPaid abgelehnt')
  })

  it('names the wait from retryAfterSeconds when rate limited, saying whether the app retries', () => {
    const limited = error('rate_limited', '429', { retryAfterSeconds: 12 })
    expect(errorMessage(limited, 'en', { retrying: true })).toBe('Too many requests, retrying in 12 s')
    expect(errorMessage(limited, 'en')).toBe('Too many requests, try again in 12 s')
    expect(errorMessage(limited, 'de', { retrying: true })).toBe('Zu viele Anfragen, neuer Versuch in 12 s')
  })

  it('waits 5 s when a rate limit gives no retryAfterSeconds, and rounds fractions up', () => {
    expect(errorMessage(error('rate_limited'), 'en', { retrying: true })).toBe('Too many requests, retrying in 5 s')
    expect(errorMessage(error('rate_limited', '', { retryAfterSeconds: 1.2 }), 'en', { retrying: true })).toBe(
      'Too many requests, retrying in 2 s'
    )
  })

  it('shows the server message as given for api and invalid_request errors', () => {
    expect(errorMessage(error('api', 'Amount exceeds your account limit.'), 'de')).toBe(
      'Amount exceeds your account limit.'
    )
    expect(errorMessage(error('invalid_request', 'deviceName must be 1–20 letters, digits, - or _'), 'en')).toBe(
      'deviceName must be 1–20 letters, digits, - or _'
    )
  })

  it('shows the given message for network, timeout and other errors', () => {
    expect(errorMessage(error('network', 'Could not connect to SecPaid.'), 'en')).toBe('Could not connect to SecPaid.')
    expect(errorMessage(error('timeout', 'SecPaid did not answer within 10 s.'), 'en')).toBe(
      'SecPaid did not answer within 10 s.'
    )
    expect(errorMessage(error('not_demo', 'Simulated payments exist only in Demo mode.'), 'en')).toBe(
      'Simulated payments exist only in Demo mode.'
    )
  })

  it('never shows raw JSON, a stack trace or an empty message', () => {
    expect(errorMessage(error('server', '{"ResponseCode":0}'), 'en')).toBe('Something went wrong. Please try again.')
    expect(errorMessage(error('internal', 'Boom\n    at handler (main.js:1:1)'), 'en')).toBe('Boom')
    expect(errorMessage(error('network', ''), 'en')).toBe('SecPaid is unreachable – check the internet connection')
  })
})

describe('isOfflineError', () => {
  it('is true only for network and timeout errors', () => {
    expect(isOfflineError(error('network'))).toBe(true)
    expect(isOfflineError(error('timeout'))).toBe(true)
    for (const code of ['auth', 'api', 'rate_limited', 'server', 'invalid_request', 'internal'] as const) {
      expect(isOfflineError(error(code))).toBe(false)
    }
  })
})
