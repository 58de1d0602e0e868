import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { Script } from 'node:vm'

import QRCode from 'qrcode'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  type CustomerDisplayServer,
  type CustomerDisplayServerOptions,
  generatePairingCode,
  startCustomerDisplayServer
} from '../../../src-main/customer-display/customer-display-server'
import { createCustomerViewState } from '../../../src-main/customer-display/customer-view'
import type { DisplayPage } from '../../../src-main/customer-display/display-page-files'
import { randomToken } from '../../../src-main/customer-display/display-sessions'
import type { CustomerScreen, CustomerView } from '../../../src-preload/contract/customer-view'
import { BUILT_DISPLAY_PAGE, builtDisplayPage } from '../../support/display-page'
import { decodeQrSvg, displayRequest, jsonOf, pairDisplay, svgOfDataUrl } from './display-http'

const CODE = '482913'
const WINDOW_SECRET = randomToken()
const PAY_LINK = 'https://app.secpaid.com/payment?link_id=OTkyOTE='
const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>) {
  expect(headers['content-security-policy']).toBe(EXPECTED_CSP)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['cache-control']).toBe('no-store')
}

const onLinux = process.platform === 'linux'

describe('customer display server over HTTP on 127.0.0.1', () => {
  let clock = 0
  let view = createCustomerViewState('en')
  let server: CustomerDisplayServer
  let token: string
  const get = (path: string, options: Parameters<typeof displayRequest>[2] = {}) =>
    displayRequest(server.port, path, options)
  const pair = (code: string, localAddress?: string) =>
    get('/pair', { method: 'POST', code, ...(localAddress === undefined ? {} : { localAddress }) })
  /** The page's poll: GET /state with a session token (or the own window's secret). */
  const state = (withToken: string) => get('/state', { token: withToken })

  beforeAll(async () => {
    server = await startCustomerDisplayServer({
      host: '127.0.0.1',
      port: 0,
      pairingCode: CODE,
      windowSecret: WINDOW_SECRET,
      page: await builtDisplayPage(),
      view: { get: () => view.get() },
      now: () => clock
    })
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    // Each test gets a fresh minute, so wrong codes from one test never block the next.
    clock += 10 * 60_000
    view = createCustomerViewState('en')
    token = await pairDisplay(server.port, CODE)
  })

  it('reports its port and a 127.0.0.1 URL', () => {
    expect(server.port).toBeGreaterThan(0)
    expect(server.localUrl).toBe(`http://127.0.0.1:${server.port}/`)
  })

  it('serves the page with the strict CSP and no inline script or style; it loads only /display.js and /display.css', async () => {
    const page = await get('/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expectSecurityHeaders(page.headers)
    expect(page.text).toContain('<script src="/display.js" defer></script>')
    expect(page.text).toMatch(/<link rel="stylesheet" href="\/display\.css"\s*\/?>/)
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(page.text).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i)
  })

  it('serves exactly the built files of out/customer-display, byte for byte', async () => {
    for (const [path, file] of [
      ['/', 'index.html'],
      ['/display.js', 'display.js'],
      ['/display.css', 'display.css']
    ] as const) {
      expect((await get(path)).text, path).toBe(readFileSync(join(BUILT_DISPLAY_PAGE, file), 'utf8'))
    }
  })

  it('serves display.js and display.css with their types and the same headers', async () => {
    const script = await get('/display.js')
    expect(script.status).toBe(200)
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expectSecurityHeaders(script.headers)
    expect(script.text).toMatch(/fetch\(["'`]\/state["'`]/)
    const style = await get('/display.css')
    expect(style.status).toBe(200)
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8')
    expectSecurityHeaders(style.headers)
  })

  it('the script is valid JavaScript', async () => {
    const script = await get('/display.js')
    // Compiled, never run: vm.Script parses without executing.
    expect(() => new Script(script.text)).not.toThrow()
  })

  it('/state without a token answers 401 with an error and no view', async () => {
    const answer = await get('/state')
    expect(answer.status).toBe(401)
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(jsonOf(answer)).toEqual({ error: 'not_paired' })
  })

  it('/state refuses the pairing code itself, an unknown token and an empty one: only a token from /pair opens it', async () => {
    for (const given of [CODE, randomToken(), '', `${token}x`]) {
      expect((await get('/state', { token: given, code: CODE })).status, given).toBe(401)
    }
  })

  it('POST /pair with a wrong, shorter, longer or non-digit code answers 401 wrong_code', async () => {
    for (const code of ['000000', '48291', '4829130', '48291a', '482913,482913']) {
      const answer = await pair(code)
      expect(answer.status, code).toBe(401)
      expect(jsonOf(answer), code).toEqual({ error: 'wrong_code' })
    }
  })

  it('POST /pair with the right code gives a fresh 32-byte base64url token; /state with it answers the idle view', async () => {
    const answer = await pair(CODE)
    expect(answer.status).toBe(200)
    expectSecurityHeaders(answer.headers)
    const fresh = jsonOf(answer).token as string
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(fresh).not.toBe(token)
    const viewAnswer = await state(fresh)
    expect(viewAnswer.status).toBe(200)
    expectSecurityHeaders(viewAnswer.headers)
    expect(jsonOf(viewAnswer)).toEqual({ screen: 'idle', language: 'en', demo: false, version: 0 })
  })

  it('the own window’s secret opens /state without pairing', async () => {
    expect(jsonOf(await state(WINDOW_SECRET))).toEqual({ screen: 'idle', language: 'en', demo: false, version: 0 })
  })

  it('/state answers the qr view with a QR image of the pay link, then the paid view in German', async () => {
    view.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
    const qr = jsonOf(await state(token))
    expect(qr).toEqual({
      screen: 'qr',
      amountCents: 1234,
      payLink: PAY_LINK,
      qrSvgDataUrl: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
      language: 'en',
      demo: false,
      version: 1
    })
    view.show({ screen: 'paid', amountCents: 1234 })
    view.setLanguage('de')
    expect(jsonOf(await state(token))).toEqual({
      screen: 'paid',
      amountCents: 1234,
      language: 'de',
      demo: false,
      version: 3
    })
  })

  it('the served QR SVG is exactly qrcode’s black-on-white SVG of the pay link (level M, 4-module quiet zone)', async () => {
    view.show({ screen: 'qr', amountCents: 1234, payLink: PAY_LINK })
    const served = svgOfDataUrl(jsonOf(await state(token)).qrSvgDataUrl as string)
    const expected = await QRCode.toString(PAY_LINK, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
      color: { dark: '#000000', light: '#ffffff' }
    })
    expect(served).toBe(expected)
    expect(served).toContain('<path fill="#ffffff" d="M0 0h')
  })

  it('the modules of the served QR SVG, painted to pixels, decode with jsQR to exactly the pay link', async () => {
    const payLink = 'https://app.secpaid.com/payment?link_id=MTIzNDU2Nzg5'
    view.show({ screen: 'qr', amountCents: 99_999, payLink })
    const served = svgOfDataUrl(jsonOf(await state(token)).qrSvgDataUrl as string)
    expect(decodeQrSvg(served)).toBe(payLink)
  })

  it('ten wrong codes within a minute block the address for a minute with 429, even for the right code', async () => {
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      if (attempt > 1) clock += 5000
      expect((await pair(String(100000 + attempt))).status, `attempt ${attempt}`).toBe(401)
    }
    const blocked = await pair(CODE)
    expect(blocked.status).toBe(429)
    expect(jsonOf(blocked)).toEqual({ error: 'too_many_wrong_codes' })
    expect(blocked.headers['retry-after']).toBe('60')
    clock += 59_999
    expect((await pair(CODE)).status).toBe(429)
    clock += 1
    expect((await pair(CODE)).status).toBe(200)
  })

  it('wrong codes spread over more than a minute do not block', async () => {
    for (let attempt = 1; attempt <= 30; attempt += 1) {
      expect((await pair('000000')).status, `attempt ${attempt}`).toBe(401)
      clock += 7000
    }
  })

  it('requests answered 429 do not extend the block', async () => {
    for (let attempt = 1; attempt <= 10; attempt += 1) await pair('000000')
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      clock += 2000
      expect((await pair('000000')).status).toBe(429)
    }
    clock += 20_000
    expect((await pair(CODE)).status).toBe(200)
  })

  it('requests without a code or token are refused with 401 but are no wrong guesses: 100 of them block nothing', async () => {
    for (let attempt = 1; attempt <= 50; attempt += 1) {
      const noCode = await get('/pair', { method: 'POST' })
      expect(noCode.status).toBe(401)
      expect(jsonOf(noCode)).toEqual({ error: 'code_missing' })
      expect((await get('/state')).status).toBe(401)
    }
    for (let attempt = 1; attempt <= 9; attempt += 1) expect((await pair('000000')).status).toBe(401)
    // Nine wrong codes and a hundred empty requests: the tenth guess is still a free one, and the right code pairs.
    expect((await pair(CODE)).status).toBe(200)
  })

  it('a display paired before keeps polling, and the own window keeps looking, while its address is blocked', async () => {
    for (let attempt = 1; attempt <= 10; attempt += 1) await pair('000000')
    expect((await pair(CODE)).status).toBe(429)
    expect((await state(token)).status).toBe(200)
    expect((await state(WINDOW_SECRET)).status).toBe(200)
  })

  it.runIf(onLinux)('a blocked address does not lock out another (127.0.0.2, also loopback)', async () => {
    for (let attempt = 1; attempt <= 10; attempt += 1) await pair('000000')
    expect((await pair(CODE)).status).toBe(429)
    expect((await pair(CODE, '127.0.0.2')).status).toBe(200)
  })

  it.runIf(onLinux)(
    'a hundred wrong codes in a minute from ten addresses refuse no one else: the right code pairs from another address',
    async () => {
      for (let host = 10; host < 20; host += 1) {
        // Nine each, so no single address reaches its own limit of ten.
        for (let attempt = 1; attempt <= 9; attempt += 1) {
          expect((await pair('000000', `127.0.0.${host}`)).status).toBe(401)
        }
        clock += 1000
      }
      for (let host = 20; host < 30; host += 1) expect((await pair('000000', `127.0.0.${host}`)).status).toBe(401)
      // Before, this refused every address for a minute, the shop's own tablet with the right code included. The
      // code changing by itself after wrong guesses now bounds guessing (lan-pairing.test.ts).
      const fresh = await pair(CODE, '127.0.0.99')
      expect(fresh.status, 'an address that never guessed, with the right code').toBe(200)
      expect((await state(token)).status).toBe(200)
      expect((await state(WINDOW_SECRET)).status).toBe(200)
    }
  )

  it('a new pairing code unpairs every display: old tokens and the old code are refused, the own window goes on', async () => {
    const second = await pairDisplay(server.port, CODE)
    server.setPairingCode('777111')
    try {
      for (const old of [token, second]) expect((await state(old)).status).toBe(401)
      expect((await pair(CODE)).status).toBe(401)
      expect((await state(WINDOW_SECRET)).status).toBe(200)
      const renewed = await pairDisplay(server.port, '777111')
      expect((await state(renewed)).status).toBe(200)
    } finally {
      server.setPairingCode(CODE)
    }
  })

  it('setting the same code again keeps every pairing; a code that is not six digits is refused', async () => {
    server.setPairingCode(CODE)
    expect((await state(token)).status).toBe(200)
    expect(() => server.setPairingCode('12345')).toThrow(TypeError)
    expect((await state(token)).status).toBe(200)
  })

  it('refuses request headers larger than 8 KB with 431', async () => {
    const answer = await get('/', { headers: { 'X-Padding': 'x'.repeat(9 * 1024) } })
    expect(answer.status).toBe(431)
  })

  it('answers 405 with Allow: GET to every other method, on the page and on /state', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']) {
      for (const path of ['/', '/state', '/display.js']) {
        const answer = await get(path, { method, code: CODE })
        expect(answer.status, `${method} ${path}`).toBe(405)
        expect(answer.headers.allow).toBe('GET')
      }
    }
  })

  it('answers 405 with Allow: POST to every other method on /pair (no CORS preflight gets through)', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      const answer = await get('/pair', { method, code: CODE })
      expect(answer.status, method).toBe(405)
      expect(answer.headers.allow).toBe('POST')
    }
  })

  it('answers 404 to unknown paths, and to every file of the build other than the page’s three', async () => {
    const otherBuiltFiles = ['/index.html', '/../renderer/index.html', '/renderer/index.html', '/main/index.js']
    for (const path of [
      ...otherBuiltFiles,
      '/settings',
      '/api/v2/createLink',
      '/state/1',
      '/favicon.ico',
      '/display.js/'
    ]) {
      expect((await get(path, { token })).status, path).toBe(404)
    }
  })

  it('refuses a Host that is a DNS name (rebinding), accepts IP addresses and localhost', async () => {
    expect((await get('/state', { token, host: 'attacker.example' })).status).toBe(421)
    expect((await get('/pair', { method: 'POST', code: CODE, host: 'attacker.example' })).status).toBe(421)
    expect((await get('/', { host: `rebind.attacker.example:${server.port}` })).status).toBe(421)
    expect((await get('/', { host: `localhost:${server.port}` })).status).toBe(200)
    expect((await get('/', { host: `192.168.1.20:${server.port}` })).status).toBe(200)
    expect((await get('/', { host: `[::1]:${server.port}` })).status).toBe(200)
  })

  it('no body ever carries a sale’s note, reference or the API key, even if the view were to hold them', async () => {
    const leaky = {
      screen: 'qr',
      amountCents: 4999,
      payLink: PAY_LINK,
      language: 'en',
      demo: false,
      version: 7,
      shop: { idleMessage: '', wifiPayload: null, logo: null },
      note: 'Table 4 secret-note',
      reference: 'SALE-secret-reference',
      apiKey: 'secret-api-key'
    } as CustomerView
    const leakyServer = await startCustomerDisplayServer({
      host: '127.0.0.1',
      port: 0,
      pairingCode: CODE,
      windowSecret: WINDOW_SECRET,
      page: await builtDisplayPage(),
      view: { get: () => leaky }
    })
    try {
      const leakyToken = await pairDisplay(leakyServer.port, CODE)
      const leakyState = await displayRequest(leakyServer.port, '/state', { token: leakyToken })
      expect(Object.keys(jsonOf(leakyState)).sort()).toEqual([
        'amountCents',
        'demo',
        'language',
        'payLink',
        'qrSvgDataUrl',
        'screen',
        'version'
      ])
      for (const path of ['/', '/display.js', '/display.css', '/state', '/nothing']) {
        const answer = await displayRequest(leakyServer.port, path, { token: leakyToken })
        expect(answer.text, path).not.toMatch(/secret|note|reference|apiKey/i)
      }
    } finally {
      await leakyServer.close()
    }
  })

  it('the view state strips a whole sale handed to it, and the server serves only the view', async () => {
    view.show({ screen: 'paid', amountCents: 4999, note: 'secret-note', reference: 'secret-ref' } as CustomerScreen)
    const answer = await state(token)
    expect(Object.keys(jsonOf(answer)).sort()).toEqual(['amountCents', 'demo', 'language', 'screen', 'version'])
  })
})

describe('customer display server lifecycle', () => {
  const servers: CustomerDisplayServer[] = []
  let page: DisplayPage
  const options = (overrides: Partial<CustomerDisplayServerOptions> = {}): CustomerDisplayServerOptions => ({
    host: '127.0.0.1',
    port: 0,
    pairingCode: CODE,
    windowSecret: WINDOW_SECRET,
    page,
    view: createCustomerViewState('en'),
    ...overrides
  })
  beforeAll(async () => {
    page = await builtDisplayPage()
  })
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close().catch(() => undefined)))
  })

  it('refuses to start without a six-digit pairing code, so an empty code can never match an empty header', async () => {
    for (const pairingCode of ['', '12345', '1234567', 'abcdef', '12 456']) {
      const starting = startCustomerDisplayServer(options({ pairingCode }))
      await expect(starting, pairingCode).rejects.toThrow(TypeError)
    }
  })

  it('without a window secret (the LAN server), no secret opens /state: only a paired token does', async () => {
    const server = await startCustomerDisplayServer(options({ windowSecret: null }))
    servers.push(server)
    expect((await displayRequest(server.port, '/state', { token: WINDOW_SECRET })).status).toBe(401)
    expect((await displayRequest(server.port, '/state', { token: '' })).status).toBe(401)
    const paired = await pairDisplay(server.port, CODE)
    expect((await displayRequest(server.port, '/state', { token: paired })).status).toBe(200)
  })

  it('close() ends open keep-alive connections and frees the port for a new server', async () => {
    const view = createCustomerViewState('en')
    const server = await startCustomerDisplayServer(options({ view }))
    servers.push(server)
    // A fetch keeps its connection alive, as a polling display page does.
    expect((await fetch(`${server.localUrl}state`, { headers: { 'X-Display-Token': WINDOW_SECRET } })).status).toBe(200)
    await server.close()
    await expect(fetch(`${server.localUrl}state`)).rejects.toThrow()
    const probe = createServer()
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject)
      probe.listen(server.port, '127.0.0.1', () => resolve())
    })
    await new Promise<void>((resolve) => probe.close(() => resolve()))
    const again = await startCustomerDisplayServer(options({ port: server.port, view }))
    servers.push(again)
    expect(again.port).toBe(server.port)
  })
})

describe('generatePairingCode', () => {
  it('gives six digits, leading zeros kept, and rarely the same twice', () => {
    const codes = Array.from({ length: 500 }, generatePairingCode)
    for (const code of codes) expect(code).toMatch(/^[0-9]{6}$/)
    expect(new Set(codes).size).toBeGreaterThan(490)
  })
})
