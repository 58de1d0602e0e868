import { classifyResponse, type EnvelopeSuccess } from './envelope'
import { secPaidError } from './errors'
import { networkFailure } from './network-failure'
import type { SecPaidError, SecPaidResult } from './types'

/** What the client needs of fetch; both Node's fetch and Electron's net.fetch fit it. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

export interface Transport {
  baseUrl: string
  getApiKey: () => string | null
  fetch: FetchLike
  timeoutMs: number
}

const timedOut = (timeoutMs: number): SecPaidError =>
  secPaidError('timeout', `SecPaid did not answer within ${timeoutMs / 1000} s.`, {
    outcomeUnknown: true,
    timeoutSeconds: timeoutMs / 1000
  })

const endpointUrl = (baseUrl: string, endpoint: string) =>
  `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${endpoint}`

/** POSTs a JSON body to one endpoint and classifies the answer. The timeout covers reading the whole body. */
export async function postToSecPaid(
  transport: Transport,
  endpoint: string,
  body: Record<string, unknown>
): Promise<SecPaidResult<EnvelopeSuccess>> {
  const apiKey = transport.getApiKey()
  if (apiKey === null || apiKey === '') return { ok: false, error: secPaidError('no_key', 'No API key is set.') }

  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), transport.timeoutMs)
  try {
    const response = await transport.fetch(endpointUrl(transport.baseUrl, endpoint), {
      method: 'POST',
      headers: { token: apiKey, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      signal: controller.signal
    })
    const bodyText = await response.text()
    return classifyResponse(response.status, response.headers.get('retry-after'), bodyText)
  } catch (error) {
    return { ok: false, error: controller.signal.aborted ? timedOut(transport.timeoutMs) : networkFailure(error) }
  } finally {
    clearTimeout(timer)
  }
}
