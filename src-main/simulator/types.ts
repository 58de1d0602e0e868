/** Faults a test can queue; each one answers (or fails) exactly one API request, in order. */
export const SIMULATOR_FAULTS = [
  'http429',
  'http429RetryAfter',
  'http500',
  'http502Html',
  'garbage',
  'invalidJson',
  'connectionReset',
  'resetAfterProcessing'
] as const

export type SimulatorFault = (typeof SIMULATOR_FAULTS)[number]

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number
  host?: '127.0.0.1'
  /** Keys that open an account each; default ['demo-key']. */
  apiKeys?: string[]
  enforceRateLimit?: boolean
  rateLimitPerMinute?: number
  now?: () => Date
}

export interface SimulatedLink {
  id: number
  apiKey: string
  /** The account's user: a UUID, as SecPaid's user_id. */
  userId: string
  amountCents: number
  recipientNote: string | null
  callbackUrl: string | null
  paymentEndpoint: string | null
  cancellable: boolean
  bankTransfer: boolean
  isEncryption: boolean
  encryptionKey: string | null
  bankStatementDescription: string | null
  isQrLink: boolean
  status: 'Unused' | 'Used'
  createdAt: Date
  paidOn: Date | null
}

export interface SimulatorRequest {
  /** Path below the API base, e.g. "createLink". */
  endpoint: string
  method: string
  body: unknown
  /** ISO time the request arrived. */
  time: string
  /** HTTP status answered; null while pending or when the connection was dropped without an answer. */
  status: number | null
}

export interface Simulator {
  /** e.g. http://127.0.0.1:PORT/api/v2/ */
  baseUrl: string
  port: number
  close(): Promise<void>
  /** Marks an unused link paid (as a customer would); false when no unused link has that id. */
  markPaid(linkId: number, when?: Date): boolean
  /** Delay before every API request is processed. */
  setLatency(ms: number): void
  /** Delay between processing a request and answering it: the link exists before the client hears of it. */
  setResponseDelayAfterProcessing(ms: number): void
  /** Queues `count` faults (default 1), for any endpoint or only for `endpoint`, e.g. "createLink". */
  injectFaults(fault: SimulatorFault, count?: number, endpoint?: string): void
  setRateLimit(enabled: boolean, perMinute?: number): void
  /** API requests received; `/__sim` control calls are not counted. */
  requestCount(): number
  requestLog(): SimulatorRequest[]
  resetCounts(): void
  links(): SimulatedLink[]
  /** Back to a fresh start: no links, faults, delays or counts; rate limit as configured. */
  reset(): void
}
