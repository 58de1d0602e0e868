import type { ServerResponse } from 'node:http'

import { failure, MESSAGES } from '../../src-main/simulator/envelope'

/** Faults a test can queue; each one answers (or fails) exactly one API request, in order. */
export const SECPAID_FAULTS = [
  'http429',
  'http429RetryAfter',
  'http500',
  'http502Html',
  'garbage',
  'invalidJson',
  'connectionReset',
  'resetAfterProcessing'
] as const

export type SecPaidFault = (typeof SECPAID_FAULTS)[number]

/** The faults that answer instead of SecPaid; `resetAfterProcessing` lets SecPaid act first. */
export type FaultBeforeSecPaid = Exclude<SecPaidFault, 'resetAfterProcessing'>

const BAD_GATEWAY_HTML =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'

/**
 * Queued faults, consumed one per API request in the order they were injected. A fault aimed at one endpoint
 * waits for a request to that endpoint; requests to others pass it by.
 */
export function createFaultQueue() {
  let queue: { fault: SecPaidFault; endpoint: string | undefined }[] = []
  return {
    add(fault: SecPaidFault, count: number, endpoint?: string) {
      queue.push(...Array.from({ length: count }, () => ({ fault, endpoint })))
    },
    next(endpoint: string): SecPaidFault | undefined {
      const index = queue.findIndex((queued) => queued.endpoint === undefined || queued.endpoint === endpoint)
      return index === -1 ? undefined : queue.splice(index, 1)[0]?.fault
    },
    clear() {
      queue = []
    }
  }
}

/** Answers as the fault dictates; returns the status sent, or null when the connection was dropped instead. */
export function answerWithFault(fault: FaultBeforeSecPaid, response: ServerResponse): number | null {
  const send = (status: number, contentType: string, body: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'Content-Type': contentType, ...headers }).end(body)
    return status
  }
  const envelope = (status: number, message: string) => JSON.stringify(failure(status, message).body)
  switch (fault) {
    case 'http429':
      return send(429, 'application/json', envelope(429, MESSAGES.tooManyRequests))
    case 'http429RetryAfter':
      return send(429, 'application/json', envelope(429, MESSAGES.tooManyRequests), { 'Retry-After': '2' })
    case 'http500':
      return send(500, 'application/json', envelope(500, MESSAGES.serverError))
    case 'http502Html':
      return send(502, 'text/html', BAD_GATEWAY_HTML)
    case 'garbage':
      return send(200, 'text/plain', '\u0000\u00ff garbage %%% <<<')
    case 'invalidJson':
      return send(200, 'application/json', '{"data":{"id":99290,"pay_link":"https://app.secpa')
    case 'connectionReset':
      response.socket?.destroy()
      return null
  }
}
