import type { IncomingMessage, ServerResponse } from 'node:http'
import { ENDPOINTS } from './endpoints'
import { failure, MESSAGES, type EnvelopeAnswer } from './envelope'
import { answerWithFault } from './faults'
import { readBody, type BodyRead } from './read-body'
import { MAX_LOGGED_REQUESTS, type SimulatorState } from './state'
import type { SimulatorRequest } from './types'

const sleep = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms).unref()) : Promise.resolve()

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
  return handle(state.store, token, read.body)
}

function send(response: ServerResponse, answer: EnvelopeAnswer): number | null {
  if (response.destroyed) return null
  response
    .writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers })
    .end(JSON.stringify(answer.body))
  return answer.status
}

function record(state: SimulatorState, entry: SimulatorRequest) {
  state.requestCount += 1
  state.log.push(entry)
  if (state.log.length > MAX_LOGGED_REQUESTS) state.log.shift()
}

/** One request to `/api/v2/<endpoint>`: counted, delayed, possibly faulted, then answered like SecPaid. */
export async function handleApiRequest(
  state: SimulatorState,
  request: IncomingMessage,
  response: ServerResponse,
  endpoint: string
): Promise<void> {
  const entry: SimulatorRequest = {
    endpoint,
    method: request.method ?? '',
    body: null,
    time: state.now().toISOString(),
    status: null
  }
  record(state, entry)
  const read = await readBody(request)
  entry.body = read.ok ? read.body : null
  await sleep(state.latencyMs)

  const fault = state.faults.next(endpoint)
  if (fault !== undefined && fault !== 'resetAfterProcessing') {
    entry.status = answerWithFault(fault, response)
    return
  }
  const answer = decide(state, request, endpoint, read)
  if (fault === 'resetAfterProcessing') {
    response.socket?.destroy()
    return
  }
  await sleep(state.responseDelayMs)
  entry.status = send(response, answer)
}
