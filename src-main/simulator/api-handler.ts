import type { IncomingMessage, ServerResponse } from 'node:http'

import { ENDPOINTS } from './endpoints'
import { type EnvelopeAnswer, failure, MESSAGES } from './envelope'
import { type BodyRead, readBody } from './read-body'
import type { SimulatorState } from './state'

function tokenOf(request: IncomingMessage): string {
  const header = request.headers.token
  return (Array.isArray(header) ? header[0] : header)?.trim() ?? ''
}

/** What SecPaid would answer, in the order it checks: rate limit, route, method, body, key, then the endpoint. */
function decide(state: SimulatorState, request: IncomingMessage, endpoint: string, read: BodyRead): EnvelopeAnswer {
  const token = tokenOf(request)
  const rateKey = token || (request.socket.remoteAddress ?? 'unknown')
  if (state.rateLimit.enabled && !state.limiter.allow(rateKey, state.rateLimit.perMinute)) {
    return failure(429, MESSAGES.tooManyRequests)
  }
  const handle = Object.hasOwn(ENDPOINTS, endpoint) ? ENDPOINTS[endpoint] : undefined
  if (handle === undefined) return failure(404, MESSAGES.notFound)
  if (request.method !== 'POST') return { ...failure(405, MESSAGES.methodNotAllowed), headers: { Allow: 'POST' } }
  if (!read.ok)
    return failure(
      read.reason === 'too_large' ? 413 : 400,
      read.reason === 'too_large' ? MESSAGES.bodyTooLarge : MESSAGES.badBody
    )
  if (token === '') return failure(401, MESSAGES.missingToken)
  if (!state.store.isKnownKey(token)) return failure(401, MESSAGES.unknownKey)
  return handle(state.store, token, read.body, state.payouts)
}

/** One request to `/api/v2/<endpoint>`, answered like SecPaid. */
export async function handleApiRequest(
  state: SimulatorState,
  request: IncomingMessage,
  response: ServerResponse,
  endpoint: string
): Promise<void> {
  const answer = decide(state, request, endpoint, await readBody(request))
  if (response.destroyed) return
  response
    .writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers })
    .end(JSON.stringify(answer.body))
}
