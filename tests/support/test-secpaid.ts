import {
  Agent,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  request as httpRequest,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'

import { type Simulator, type SimulatorOptions, startSimulator } from '../../src-main/simulator'
import { parseBody } from '../../src-main/simulator/read-body'
import { answerWithFault, createFaultQueue, type SecPaidFault } from './secpaid-faults'

export { SECPAID_FAULTS, type SecPaidFault } from './secpaid-faults'

/** One API request as the test SecPaid received it. */
export interface SecPaidRequest {
  /** Path below the API base, e.g. "createLink". */
  endpoint: string
  method: string
  /** The body read as SecPaid reads it (JSON or form fields); null when unreadable. */
  body: unknown
  /** ISO time the request arrived. */
  time: string
  /** HTTP status answered; null while pending or when the connection was dropped without an answer. */
  status: number | null
}

/** SecPaid for tests: the shipping simulator behind a real HTTP proxy on 127.0.0.1 that counts, delays and faults. */
export interface TestSecPaid extends Simulator {
  /** Delay before every API request reaches SecPaid. */
  setLatency(ms: number): void
  /** Delay between SecPaid processing a request and the answer: the link exists before the client hears of it. */
  setResponseDelayAfterProcessing(ms: number): void
  /** Queues `count` faults (default 1), for any endpoint or only for `endpoint`, e.g. "createLink". */
  injectFaults(fault: SecPaidFault, count?: number, endpoint?: string): void
  /** API requests received, faulted ones included. */
  requestCount(): number
  requestLog(): SecPaidRequest[]
  resetCounts(): void
  /** Back to a fresh start: no links, faults, delays or counts; rate limit as configured. */
  reset(): void
}

const API_PREFIX = '/api/v2/'
/** Demo mode runs all day in the benchmarks; older entries are dropped from the log (the count stays exact). */
const MAX_LOGGED_REQUESTS = 5000
/** Headers about one connection, which a proxy must not pass on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host', 'date'])

const sleep = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms).unref()) : Promise.resolve()

const nonNegative = (ms: number) => (Number.isFinite(ms) && ms > 0 ? ms : 0)

const endToEndHeaders = (headers: IncomingHttpHeaders): OutgoingHttpHeaders =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())))

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks)
}

interface Answer {
  status: number
  headers: OutgoingHttpHeaders
  body: Buffer
}

/** Passes one request on to the simulator and reads its whole answer. */
function forward(port: number, agent: Agent, request: IncomingMessage, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port,
        agent,
        method: request.method,
        path: request.url,
        headers: { ...endToEndHeaders(request.headers), 'content-length': body.length }
      },
      (answer) => {
        readAll(answer).then(
          (answerBody) =>
            resolve({ status: answer.statusCode ?? 502, headers: endToEndHeaders(answer.headers), body: answerBody }),
          reject
        )
      }
    )
    upstream.once('error', reject)
    upstream.end(body)
  })
}

/**
 * Starts the shipping simulator and, in front of it, the proxy tests talk to (`baseUrl`, `port`). Options go to the
 * simulator, except `port`, which is the proxy's: a test that restarts SecPaid gets the same address again.
 */
export async function startTestSecPaid(options: SimulatorOptions = {}): Promise<TestSecPaid> {
  const { port: proxyPort = 0, ...simulatorOptions } = options
  const simulator = await startSimulator({ ...simulatorOptions, port: 0 })
  const now = options.now ?? (() => new Date())
  const faults = createFaultQueue()
  const agent = new Agent({ keepAlive: true })
  let latencyMs = 0
  let responseDelayMs = 0
  let requestCount = 0
  let log: SecPaidRequest[] = []

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://test-secpaid').pathname
    const entry: SecPaidRequest = {
      endpoint: path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path,
      method: request.method ?? '',
      body: null,
      time: now().toISOString(),
      status: null
    }
    requestCount += 1
    log.push(entry)
    if (log.length > MAX_LOGGED_REQUESTS) log.shift()
    const body = await readAll(request)
    const read = parseBody(body.toString('utf8'), request.headers['content-type'])
    entry.body = read.ok ? read.body : null
    await sleep(latencyMs)

    const fault = faults.next(entry.endpoint)
    if (fault !== undefined && fault !== 'resetAfterProcessing') {
      entry.status = answerWithFault(fault, response)
      return
    }
    // The delay in force when SecPaid acts on the request, as a test that lifts it once the link exists expects.
    const delayAfterProcessingMs = responseDelayMs
    const answer = await forward(simulator.port, agent, request, body)
    if (fault === 'resetAfterProcessing') {
      response.socket?.destroy()
      return
    }
    await sleep(delayAfterProcessingMs)
    // The client may have given up meanwhile (a timeout): then nothing was answered.
    if (response.destroyed) return
    response.writeHead(answer.status, answer.headers).end(answer.body)
    entry.status = answer.status
  }

  const server = createServer((request, response) => {
    // SecPaid unreachable behind the proxy (closed mid-test): the client sees a dropped connection.
    handle(request, response).catch(() => response.destroy())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(proxyPort, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  const resetCounts = () => {
    requestCount = 0
    log = []
  }
  let closed: Promise<void> | null = null

  return {
    baseUrl: `http://127.0.0.1:${port}${API_PREFIX}`,
    port,
    markPaid: (linkId, when) => simulator.markPaid(linkId, when),
    approveRefund: (linkId, when) => simulator.approveRefund(linkId, when),
    setLinkFlags: (linkId, flags) => simulator.setLinkFlags(linkId, flags),
    runPayouts: (day, when) => simulator.runPayouts(day, when),
    approvePayout: (payoutId) => simulator.approvePayout(payoutId),
    payouts: () => simulator.payouts(),
    setRateLimit: (enabled, perMinute) => simulator.setRateLimit(enabled, perMinute),
    links: () => simulator.links(),
    setLatency: (ms) => {
      latencyMs = nonNegative(ms)
    },
    setResponseDelayAfterProcessing: (ms) => {
      responseDelayMs = nonNegative(ms)
    },
    injectFaults: (fault, count = 1, endpoint) => faults.add(fault, count, endpoint),
    requestCount: () => requestCount,
    requestLog: () => log.map((entry) => ({ ...entry })),
    resetCounts,
    reset: () => {
      simulator.reset()
      faults.clear()
      latencyMs = 0
      responseDelayMs = 0
      resetCounts()
    },
    // A backend closes the SecPaid it was given, and so may the test that gave it: closing twice is fine.
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive connections from fetch would otherwise hold close() open.
        server.closeAllConnections()
      }).finally(() => {
        agent.destroy()
        return simulator.close()
      }))
  }
}
