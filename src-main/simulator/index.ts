import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { handleApiRequest } from './api-handler'
import { createControls } from './controls'
import { failure, MESSAGES } from './envelope'
import type { SimulatorOptions } from './simulator-options'
import { createSimulatorState, type SimulatorState } from './state'
import type { Simulator } from './types'

export type { SimulatorOptions } from './simulator-options'
export type { DemoSecPaid, Simulator, SimulatedLink, SimulatedPayout } from './types'

const API_PREFIX = '/api/v2/'

function route(state: SimulatorState) {
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    try {
      const path = new URL(request.url ?? '/', 'http://simulator').pathname
      await handleApiRequest(
        state,
        request,
        response,
        path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path
      )
    } catch {
      if (!response.headersSent && !response.destroyed) {
        response
          .writeHead(500, { 'Content-Type': 'application/json' })
          .end(JSON.stringify(failure(500, MESSAGES.serverError).body))
      }
    }
  }
  // `handle` catches everything itself, so the promise it returns never rejects.
  return (request: IncomingMessage, response: ServerResponse) => void handle(request, response)
}

/** A local stand-in for SecPaid's v2 API over real HTTP, for Demo mode; tests put tests/support/test-secpaid.ts in front. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1'
  const state = createSimulatorState(options)
  const server = createServer(route(state))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    ...createControls(state),
    baseUrl: `http://${host}:${port}${API_PREFIX}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive connections from fetch would otherwise hold close() open.
        server.closeAllConnections()
      })
  }
}
