import type { EnvelopeSuccess } from './envelope'
import { secPaidError } from './errors'
import { parseCreatedLink, parsePaidLinks, parsePayInTransactions, parsePendingLinks } from './parse-links'
import { parsePayOutTransactions } from './parse-payouts'
import { type FetchLike, postToSecPaid, type Transport } from './post-request'
import { createLinkBody, listBody, payInBody, payOutBody, refundBody } from './request-bodies'
import type { SecPaidClient, SecPaidResult } from './types'

interface SecPaidClientOptions {
  /** e.g. https://app.secpaid.com/api/v2/ */
  baseUrl: string
  /** Read on every call, so a key changed in Settings applies at once; null means none is set. */
  getApiKey: () => string | null
  /** Electron's net.fetch in the app, Node's fetch in tests. */
  fetch: FetchLike
  /** Per request, including reading the answer. Default 10 s. */
  timeoutMs?: number
}

export type { FetchLike }

const DEFAULT_TIMEOUT_MS = 10_000

/** SecPaid v2 client: every failure comes back as a typed value, nothing throws. */
export function createSecPaidClient(options: SecPaidClientOptions): SecPaidClient {
  const transport: Transport = {
    baseUrl: options.baseUrl,
    getApiKey: options.getApiKey,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  }

  const call = async <T>(
    endpoint: string,
    body: Record<string, unknown>,
    parse: (data: unknown, httpStatus: number) => SecPaidResult<T>
  ): Promise<SecPaidResult<T>> => {
    const answer = await postToSecPaid(transport, endpoint, body)
    return answer.ok ? parse(answer.value.data, answer.value.httpStatus) : answer
  }

  const messageOnly = (answer: EnvelopeSuccess): SecPaidResult<{ message: string }> => ({
    ok: true,
    value: { message: answer.message }
  })

  return {
    createLink: async (input) => {
      // A fractional cent would reach SecPaid as e.g. 0.12345 EUR; refuse it rather than let SecPaid round it.
      if (!Number.isSafeInteger(input.amountCents)) {
        return {
          ok: false,
          error: secPaidError('invalid_amount', 'The amount must be a whole number of cents.')
        }
      }
      return call('createLink', createLinkBody(input), parseCreatedLink)
    },
    getMyUnusedLinks: (query = {}) => call('getMyUnusedLinks', listBody(query), parsePendingLinks),
    getMyUsedLinks: (query = {}) => call('getMyUsedLinks', listBody(query), parsePaidLinks),
    deleteLink: async (linkId) => {
      const answer = await postToSecPaid(transport, 'deleteLink', { link_id: linkId })
      return answer.ok ? messageOnly(answer.value) : answer
    },
    getPayInTransactions: (query = {}) => call('getPayInTransactions', payInBody(query), parsePayInTransactions),
    getPayOutTransactions: (query = {}) => call('getPayOutTransactions', payOutBody(query), parsePayOutTransactions),
    refundPayment: async (input) => {
      if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) {
        return {
          ok: false,
          error: secPaidError('invalid_amount', 'The refund must be a whole number of cents above 0.')
        }
      }
      const answer = await postToSecPaid(transport, 'refundPayment', refundBody(input))
      return answer.ok ? messageOnly(answer.value) : answer
    }
  }
}
