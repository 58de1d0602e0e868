import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { type AddressInfo, isIP } from 'node:net'

import type { CustomerView, CustomerViewAnswer } from '../../src-preload/contract/customer-view'
import { displayServerOptions, limitConnections } from './connection-limits'
import type { CustomerViewState } from './customer-view'
import { type DisplayLogo, LOGO_CONTENT_TYPES } from './display-logo'
import type { DisplayPage } from './display-page-files'
import { createDisplaySessions, type DisplaySessions, tokenMatches } from './display-sessions'
import { isPairingCode, pairingCodeMatches } from './pairing-code'
import { createQrSvgCache } from './qr-svg'
import { createWrongCodeLimiter } from './wrong-code-limiter'

export { generatePairingCode } from './pairing-code'

export interface CustomerDisplayServerOptions {
  /** 127.0.0.1 for the counter's own second window only; 0.0.0.0 to let phones and tablets on the LAN pair. */
  host: '127.0.0.1' | '0.0.0.0'
  /** 0 picks a free port. */
  port: number
  /** Six digits, e.g. from generatePairingCode(): a display trades it once (POST /pair) for a session token. */
  pairingCode: string
  /**
   * The counter's own customer window sends this (32 random bytes, base64url, made by main for this run) instead
   * of pairing, so no number of wrong codes from anywhere can lock it out. Null: only paired displays may look.
   */
  windowSecret: string | null
  /** The built display page, from loadDisplayPage(): the server serves its three files and nothing else. */
  page: DisplayPage
  /** Only read: nothing a display page sends can change what the counter does. */
  view: Pick<CustomerViewState, 'get'>
  /** Milliseconds clock for the wrong-code limits; tests move it. */
  now?: () => number
  /** The paired displays, shared by the servers and kept across restarts; default: this server's own, in memory. */
  sessions?: DisplaySessions
  /** Hears each wrong code counted (not those refused for the address's block), e.g. to change the code by itself. */
  onWrongCode?: () => void
  /** The shop's logo, served at /logo to anyone who may load the page (it is meant for every customer). */
  logo?: () => DisplayLogo | null
  /** False while pairing is stopped (too many wrong codes): no code pairs, paired displays go on. Default: open. */
  pairingOpen?: () => boolean
}

export interface CustomerDisplayServer {
  port: number
  /** http://127.0.0.1:PORT/ — the own window adds `#window=<secret>`, a LAN display may add `#code=<pairing code>`. */
  localUrl: string
  /**
   * Takes a new pairing code. The owner's new code unpairs every display paired with an older one; a code changed by
   * itself for wrong guesses (`unpair: false`) leaves them paired.
   */
  setPairingCode(pairingCode: string, options?: { unpair: boolean }): void
  close(): Promise<void>
}

/** Why a request was refused, as a code: the page owns every sentence the customer reads. */
type RefusalCode =
  | 'not_paired'
  | 'wrong_code'
  | 'code_missing'
  | 'too_many_wrong_codes'
  | 'pairing_paused'
  | 'method_not_allowed'
  | 'open_by_ip_address'
  | 'not_found'
  | 'display_unavailable'

/** Header of every poll: a session token from /pair, or the own window's secret. */
const TOKEN_HEADER = 'x-display-token'
const PAIRING_CODE_HEADER = 'x-pairing-code'

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {}
) {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': contentType }).end(body)
}

const sendJson = (response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) =>
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body), headers)

const refuse = (response: ServerResponse, status: number, error: RefusalCode, headers: Record<string, string> = {}) =>
  sendJson(response, status, { error }, headers)

/** One value of a header; a header sent twice or empty counts as not sent. */
function headerValue(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name]
  return typeof value === 'string' && value !== '' ? value : null
}

/**
 * Pages are reached by IP address (or localhost), never by a DNS name: refusing other Host headers keeps a web
 * page from rebinding its own name to this server and talking to it as same-origin.
 */
function isAddressHost(hostHeader: string | undefined): boolean {
  if (hostHeader === undefined) return false
  let hostname: string
  try {
    hostname = new URL(`http://${hostHeader}`).hostname
  } catch {
    return false
  }
  return hostname === 'localhost' || isIP(hostname.replace(/^\[|\]$/g, '')) !== 0
}

/** Field by field, so nothing but the view's own fields can ever leave, whatever object the view holds. */
async function answerFor(
  view: CustomerView,
  qrDataUrlOf: (payLink: string) => Promise<string>,
  wifiQrDataUrlOf: (payload: string) => Promise<string>
): Promise<CustomerViewAnswer> {
  const { language, demo, version, shop } = view
  switch (view.screen) {
    case 'idle':
      return {
        screen: 'idle',
        ...(shop.idleMessage === '' ? {} : { idleMessage: shop.idleMessage }),
        ...(shop.logo === null ? {} : { logoVersion: shop.logo }),
        language,
        demo,
        version
      }
    case 'cart':
      return { screen: 'cart', cart: view.cart, language, demo, version }
    case 'qr':
      return {
        screen: 'qr',
        amountCents: view.amountCents,
        payLink: view.payLink,
        ...(view.tipCents === undefined ? {} : { tipCents: view.tipCents }),
        qrSvgDataUrl: await qrDataUrlOf(view.payLink),
        ...(shop.wifiPayload === null ? {} : { wifiQrSvgDataUrl: await wifiQrDataUrlOf(shop.wifiPayload) }),
        language,
        demo,
        version
      }
    case 'paid':
      return { screen: 'paid', amountCents: view.amountCents, language, demo, version }
    case 'changing':
      return { screen: 'changing', reason: view.reason, language, demo, version }
  }
}

/**
 * Serves the customer display: the built page, POST /pair (the pairing code for a session token) and GET /state
 * (the view, for a session token or the own window's secret). No route changes anything the counter does, and
 * the server never sees settings, the API key or a sale's note or reference.
 */
export async function startCustomerDisplayServer(
  options: CustomerDisplayServerOptions
): Promise<CustomerDisplayServer> {
  if (!isPairingCode(options.pairingCode)) throw new TypeError('the pairing code must be six digits')
  let pairingCode = options.pairingCode
  const limiter = createWrongCodeLimiter(options.now ?? Date.now)
  const sessions = options.sessions ?? createDisplaySessions()
  const qrDataUrlOf = createQrSvgCache()
  const wifiQrDataUrlOf = createQrSvgCache()

  const mayLook = (token: string | null) =>
    token !== null &&
    ((options.windowSecret !== null && tokenMatches(token, options.windowSecret)) || sessions.isOpen(token))

  const answerState = async (request: IncomingMessage, response: ServerResponse) => {
    // Not a guess at the pairing code: a missing or stale token is never counted, so it can lock nobody out.
    if (!mayLook(headerValue(request, TOKEN_HEADER))) return refuse(response, 401, 'not_paired')
    const answer = await answerFor(options.view.get(), qrDataUrlOf, wifiQrDataUrlOf)
    sendJson(response, 200, answer)
  }

  const answerPairing = (request: IncomingMessage, response: ServerResponse) => {
    const given = headerValue(request, PAIRING_CODE_HEADER)
    if (given === null) return refuse(response, 401, 'code_missing')
    const address = request.socket.remoteAddress ?? 'unknown'
    const blockedMs = limiter.blockedFor(address)
    if (blockedMs > 0) {
      return refuse(response, 429, 'too_many_wrong_codes', { 'Retry-After': String(Math.ceil(blockedMs / 1000)) })
    }
    // Stopped for every code alike, so the answer says nothing of which one is right.
    if (options.pairingOpen?.() === false) return refuse(response, 403, 'pairing_paused')
    if (!pairingCodeMatches(given, pairingCode)) {
      limiter.recordWrongCode(address)
      options.onWrongCode?.()
      return refuse(response, 401, 'wrong_code')
    }
    sendJson(response, 200, { token: sessions.open() })
  }

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    try {
      // Nothing here reads a request body; draining it lets the connection be reused.
      request.resume()
      const path = new URL(request.url ?? '/', 'http://display').pathname
      const method = path === '/pair' ? 'POST' : 'GET'
      if (request.method !== method) return refuse(response, 405, 'method_not_allowed', { Allow: method })
      if (!isAddressHost(request.headers.host)) return refuse(response, 421, 'open_by_ip_address')
      if (path === '/state') return await answerState(request, response)
      if (path === '/pair') return answerPairing(request, response)
      if (path === '/logo') {
        const logo = options.logo?.() ?? null
        if (logo === null) return refuse(response, 404, 'not_found')
        return send(response, 200, LOGO_CONTENT_TYPES[logo.type], logo.body)
      }
      const file = options.page.get(path)
      if (file === undefined) return refuse(response, 404, 'not_found')
      send(response, 200, file.contentType, file.body)
    } catch {
      if (!response.headersSent && !response.destroyed) refuse(response, 500, 'display_unavailable')
    }
  }
  // `handle` catches everything itself, so the promise it returns never rejects.
  const server = createServer(displayServerOptions(), (request, response) => void handle(request, response))
  limitConnections(server, { perAddress: options.host !== '127.0.0.1' })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    port,
    localUrl: `http://127.0.0.1:${port}/`,
    setPairingCode(next, { unpair } = { unpair: true }) {
      if (!isPairingCode(next)) throw new TypeError('the pairing code must be six digits')
      if (next === pairingCode) return
      pairingCode = next
      if (unpair) sessions.closeAll()
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Displays poll with keep-alive; their open connections would otherwise hold close() open.
        server.closeAllConnections()
      })
  }
}
