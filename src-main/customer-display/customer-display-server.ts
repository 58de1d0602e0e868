import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { isIP, type AddressInfo } from 'node:net'
import type { CustomerView, CustomerViewState } from './customer-view'
import { DISPLAY_PAGE_HTML } from './display-page'
import { DISPLAY_SCRIPT_JS } from './display-script'
import { DISPLAY_STYLE_CSS } from './display-style'
import { isPairingCode, pairingCodeMatches } from './pairing-code'
import { createQrSvgCache } from './qr-svg'
import { createWrongCodeLimiter } from './wrong-code-limiter'

export { generatePairingCode } from './pairing-code'

export interface CustomerDisplayServerOptions {
  /** 127.0.0.1 for the counter's own second window only; 0.0.0.0 to let phones and tablets on the LAN pair. */
  host: '127.0.0.1' | '0.0.0.0'
  /** 0 picks a free port. */
  port: number
  /** Six digits, e.g. from generatePairingCode(). */
  pairingCode: string
  /** Only read: nothing a display page sends can change what the counter does. */
  view: Pick<CustomerViewState, 'get'>
  /** Milliseconds clock for the wrong-code limit; tests move it. */
  now?: () => number
}

export interface CustomerDisplayServer {
  port: number
  /** http://127.0.0.1:PORT/ — add `#code=<pairing code>` to open it already paired. */
  localUrl: string
  close(): Promise<void>
}

/** The JSON a paired page receives: the view, and for a QR also the QR drawn here. */
export type CustomerViewAnswer = CustomerView & { qrSvgDataUrl?: string }

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

const ASSETS: Record<string, { contentType: string; body: string }> = {
  '/': { contentType: 'text/html; charset=utf-8', body: DISPLAY_PAGE_HTML },
  '/display.js': { contentType: 'text/javascript; charset=utf-8', body: DISPLAY_SCRIPT_JS },
  '/display.css': { contentType: 'text/css; charset=utf-8', body: DISPLAY_STYLE_CSS }
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {}
) {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': contentType }).end(body)
}

const sendError = (response: ServerResponse, status: number, error: string, headers: Record<string, string> = {}) =>
  send(response, status, 'application/json; charset=utf-8', JSON.stringify({ error }), headers)

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
  qrDataUrlOf: (payLink: string) => Promise<string>
): Promise<CustomerViewAnswer> {
  const { language, version } = view
  switch (view.screen) {
    case 'idle':
      return { screen: 'idle', language, version }
    case 'qr':
      return {
        screen: 'qr',
        amountCents: view.amountCents,
        payLink: view.payLink,
        qrSvgDataUrl: await qrDataUrlOf(view.payLink),
        language,
        version
      }
    case 'paid':
      return { screen: 'paid', amountCents: view.amountCents, language, version }
  }
}

/**
 * Serves the customer display: a page that pairs with a six-digit code and then polls the view. GET only; the
 * server has no route that changes anything and never sees settings, the API key or a sale's note or reference.
 */
export async function startCustomerDisplayServer(
  options: CustomerDisplayServerOptions
): Promise<CustomerDisplayServer> {
  if (!isPairingCode(options.pairingCode)) throw new TypeError('the pairing code must be six digits')
  const limiter = createWrongCodeLimiter(options.now ?? Date.now)
  const qrDataUrlOf = createQrSvgCache()

  const answerState = async (request: IncomingMessage, response: ServerResponse) => {
    const address = request.socket.remoteAddress ?? 'unknown'
    const blockedMs = limiter.blockedFor(address)
    if (blockedMs > 0) {
      sendError(response, 429, 'too many wrong pairing codes', { 'Retry-After': String(Math.ceil(blockedMs / 1000)) })
      return
    }
    const given = request.headers['x-pairing-code']
    if (!pairingCodeMatches(typeof given === 'string' ? given : undefined, options.pairingCode)) {
      limiter.recordWrongCode(address)
      sendError(response, 401, 'wrong pairing code')
      return
    }
    const answer = await answerFor(options.view.get(), qrDataUrlOf)
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify(answer))
  }

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    try {
      if (request.method !== 'GET') return sendError(response, 405, 'method not allowed', { Allow: 'GET' })
      if (!isAddressHost(request.headers.host)) return sendError(response, 421, 'open the display by IP address')
      const path = new URL(request.url ?? '/', 'http://display').pathname
      if (path === '/state') return await answerState(request, response)
      const asset = ASSETS[path]
      if (asset === undefined) return sendError(response, 404, 'not found')
      send(response, 200, asset.contentType, asset.body)
    } catch {
      if (!response.headersSent && !response.destroyed) sendError(response, 500, 'display unavailable')
    }
  }
  // `handle` catches everything itself, so the promise it returns never rejects.
  const server = createServer((request, response) => void handle(request, response))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    port,
    localUrl: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Displays poll with keep-alive; their open connections would otherwise hold close() open.
        server.closeAllConnections()
      })
  }
}
