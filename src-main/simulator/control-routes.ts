import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SimulatorControls } from './controls'
import { readBody } from './read-body'
import { readCount, readLinkId } from './request-fields'
import { SIMULATOR_FAULTS, type SimulatorFault } from './types'

type ControlAnswer = { status: number; body: Record<string, unknown> }
type ControlRoute = (controls: SimulatorControls, body: Record<string, unknown>) => ControlAnswer

const done = (extra: Record<string, unknown> = {}): ControlAnswer => ({ status: 200, body: { ok: true, ...extra } })
const refused = (error: string): ControlAnswer => ({ status: 400, body: { ok: false, error } })

const isFault = (value: unknown): value is SimulatorFault => SIMULATOR_FAULTS.some((fault) => fault === value)

const readMs = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null

function readDate(value: unknown): Date | undefined | null {
  if (value === undefined) return undefined
  const date = typeof value === 'string' ? new Date(value) : null
  return date !== null && !Number.isNaN(date.getTime()) ? date : null
}

const delayRoute =
  (apply: (controls: SimulatorControls, ms: number) => void): ControlRoute =>
  (controls, body) => {
    const ms = readMs(body.ms)
    if (ms === null) return refused('ms must be a number of milliseconds, 0 or more')
    apply(controls, ms)
    return done()
  }

/** The test controls over HTTP, for processes that cannot call the simulator's methods (Playwright, benchmarks). */
const ROUTES: Readonly<Record<string, ControlRoute>> = {
  markPaid: (controls, body) => {
    const linkId = readLinkId(body.linkId)
    const when = readDate(body.when)
    if (!linkId.ok) return refused('linkId must be a link id')
    if (when === null) return refused('when must be an ISO date')
    return done({ marked: controls.markPaid(linkId.value, when) })
  },
  faults: (controls, body) => {
    if (!isFault(body.fault)) return refused(`fault must be one of ${SIMULATOR_FAULTS.join(', ')}`)
    if (body.endpoint !== undefined && typeof body.endpoint !== 'string') return refused('endpoint must be a string')
    controls.injectFaults(body.fault, readCount(body.count, 1, 10_000), body.endpoint)
    return done()
  },
  latency: delayRoute((controls, ms) => controls.setLatency(ms)),
  responseDelay: delayRoute((controls, ms) => controls.setResponseDelayAfterProcessing(ms)),
  rateLimit: (controls, body) => {
    if (typeof body.enabled !== 'boolean') return refused('enabled must be true or false')
    controls.setRateLimit(body.enabled, readCount(body.perMinute, undefined, 1_000_000))
    return done()
  },
  stats: (controls) => done({ requestCount: controls.requestCount(), requests: controls.requestLog() }),
  links: (controls) => done({ links: controls.links() }),
  resetCounts: (controls) => {
    controls.resetCounts()
    return done()
  },
  reset: (controls) => {
    controls.reset()
    return done()
  }
}

export async function handleControlRequest(
  controls: SimulatorControls,
  request: IncomingMessage,
  response: ServerResponse,
  name: string
): Promise<void> {
  const read = await readBody(request)
  const route = Object.hasOwn(ROUTES, name) ? ROUTES[name] : undefined
  const answer =
    route === undefined
      ? { status: 404, body: { ok: false, error: `No simulator control named ${name}` } }
      : read.ok
        ? route(controls, read.body)
        : refused('The body must be a JSON object')
  response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer.body))
}
