import { readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

/** A request as the canned server received it. */
export interface CapturedRequest {
  method: string
  endpoint: string
  headers: IncomingHttpHeaders
  body: unknown
}

export interface CannedAnswer {
  status?: number
  headers?: Record<string, string>
  /** A string is sent as is; anything else as JSON. */
  body: unknown
}

export interface CannedServer {
  baseUrl: string
  requests: CapturedRequest[]
  /** Sets the answer for every following request. */
  answer(next: CannedAnswer): void
  close(): Promise<void>
}

const FIXTURES = join(import.meta.dirname, '../../fixtures/secpaid')

/** A fixture's text exactly as stored: the documented examples are served byte for byte. */
export const fixtureText = (name: string): string => readFileSync(join(FIXTURES, `${name}.json`), 'utf8')

export const fixture = (name: string): unknown => JSON.parse(fixtureText(name))

/** A tiny real HTTP server that answers with crafted bodies: SecPaid quirks the simulator does not produce. */
export async function startCannedServer(): Promise<CannedServer> {
  let current: CannedAnswer = { body: {} }
  const requests: CapturedRequest[] = []
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    requests.push({
      method: request.method ?? '',
      endpoint: (request.url ?? '').replace('/api/v2/', ''),
      headers: request.headers,
      body: text === '' ? null : JSON.parse(text)
    })
    const { status = 200, headers = {}, body } = current
    const payload = typeof body === 'string' ? body : JSON.stringify(body)
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(payload)
  }
  const server = createServer((request, response) => {
    answer(request, response).catch(() => response.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v2/`,
    requests,
    answer: (next) => {
      current = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

/** SecPaid's success envelope around `data`. */
export const successEnvelope = (data: unknown, message = 'List retrived successfully') => ({
  data,
  ResponseCode: 1,
  ResponseMsg: message,
  Result: 'True',
  ServerTime: 'CEST'
})

/** SecPaid's error envelope as its createLink page documents it: no `data`. */
export const errorEnvelope = (message: string) => ({
  ResponseCode: 0,
  ResponseMsg: message,
  Result: 'False',
  ServerTime: 'CEST'
})
