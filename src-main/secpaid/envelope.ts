import { isRecord } from '../is-record'
import { secPaidError } from './errors'
import { parseRetryAfter } from './retry-after'
import { isKeyRefusal } from './secpaid-words'
import type { SecPaidResult } from './types'

export interface EnvelopeSuccess {
  data: unknown
  /** SecPaid's ResponseMsg, e.g. "Link has been deleted successfully". */
  message: string
  httpStatus: number
}

interface Envelope {
  data: unknown
  responseCode: unknown
  result: unknown
  message: string
}

function readEnvelope(body: unknown): Envelope | null {
  if (!isRecord(body) || !('ResponseCode' in body)) return null
  return {
    data: body.data,
    responseCode: body.ResponseCode,
    result: body.Result,
    message: typeof body.ResponseMsg === 'string' ? body.ResponseMsg.trim() : ''
  }
}

const isCode = (value: unknown, code: 0 | 1) => value === code || value === String(code)
const isTrue = (value: unknown) => value === true || (typeof value === 'string' && value.toLowerCase() === 'true')

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

function rateLimited(httpStatus: number, retryAfterHeader: string | null, now: Date) {
  const retryAfterSeconds = parseRetryAfter(retryAfterHeader, now)
  const advice =
    retryAfterSeconds === undefined ? 'Wait a minute and try again.' : `Try again in ${retryAfterSeconds} s.`
  return secPaidError('rate_limited', `SecPaid received too many requests from this account. ${advice}`, {
    httpStatus,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds })
  })
}

/**
 * Reads one SecPaid answer. Both the HTTP status and the envelope count: SecPaid reports some errors with
 * HTTP 200 and ResponseCode 0, and proxies in front of it answer with HTML.
 */
export function classifyResponse(
  httpStatus: number,
  retryAfterHeader: string | null,
  bodyText: string,
  now: Date = new Date()
): SecPaidResult<EnvelopeSuccess> {
  const fail = (...args: Parameters<typeof secPaidError>) => ({ ok: false as const, error: secPaidError(...args) })

  if (httpStatus === 429) return { ok: false, error: rateLimited(httpStatus, retryAfterHeader, now) }
  const json = bodyText.trim() === '' ? null : parseJson(bodyText)
  const envelope = json?.ok ? readEnvelope(json.value) : null
  if (envelope === null) {
    if (httpStatus === 401 || httpStatus === 403)
      return fail('auth', `SecPaid refused the API key (HTTP ${httpStatus}).`, { httpStatus })
    if (json === null)
      return fail('bad_response', `SecPaid sent an empty response (HTTP ${httpStatus}).`, {
        httpStatus,
        badAnswer: 'empty'
      })
    if (!json.ok)
      return fail('bad_response', `SecPaid sent a response that is not JSON (HTTP ${httpStatus}).`, {
        httpStatus,
        badAnswer: 'not_json'
      })
    return httpStatus >= 500
      ? fail('server', `SecPaid had a server error (HTTP ${httpStatus}).`, { httpStatus })
      : fail('bad_response', `SecPaid sent a response in an unexpected format (HTTP ${httpStatus}).`, {
          httpStatus,
          badAnswer: 'unexpected_format'
        })
  }
  if (httpStatus === 401 || httpStatus === 403 || isKeyRefusal(envelope.message)) {
    return fail('auth', envelope.message || `SecPaid refused the API key (HTTP ${httpStatus}).`, {
      httpStatus,
      secpaidMessage: envelope.message
    })
  }
  if (httpStatus >= 500) {
    const reason = envelope.message ? `: ${envelope.message.replace(/[.!?]?$/, '.')}` : '.'
    return fail('server', `SecPaid had a server error (HTTP ${httpStatus})${reason}`, {
      httpStatus,
      secpaidMessage: envelope.message
    })
  }
  const succeeded = isCode(envelope.responseCode, 1) && isTrue(envelope.result)
  if (succeeded && httpStatus >= 200 && httpStatus < 300) {
    return { ok: true, value: { data: envelope.data, message: envelope.message, httpStatus } }
  }
  if (isCode(envelope.responseCode, 0)) {
    return fail('api', envelope.message || `SecPaid refused the request without a reason (HTTP ${httpStatus}).`, {
      httpStatus,
      secpaidMessage: envelope.message
    })
  }
  return fail(
    'bad_response',
    `SecPaid sent a contradictory answer (HTTP ${httpStatus}, ResponseCode ${String(envelope.responseCode)}).`,
    { httpStatus, badAnswer: 'contradictory' }
  )
}
