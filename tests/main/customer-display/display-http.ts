import { request } from 'node:http'

import jsQR from 'jsqr'

export interface DisplayAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
}

/**
 * A raw request to the display server over real HTTP on loopback. node:http rather than fetch, because fetch may
 * not set the Host header or pick the local address, and the tests need both.
 */
export function displayRequest(
  port: number,
  path: string,
  options: {
    method?: string
    /** Sent as X-Pairing-Code, as the page does on POST /pair. */
    code?: string
    /** Sent as X-Display-Token, as the page does on every poll: a session token or the own window's secret. */
    token?: string
    host?: string
    localAddress?: string
    headers?: Record<string, string>
  } = {}
): Promise<DisplayAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: options.host ?? `127.0.0.1:${port}`, ...options.headers }
    if (options.code !== undefined) headers['X-Pairing-Code'] = options.code
    if (options.token !== undefined) headers['X-Display-Token'] = options.token
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers,
        agent: false,
        ...(options.localAddress ? { localAddress: options.localAddress } : {})
      },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            text: Buffer.concat(chunks).toString('utf8')
          })
        )
        incoming.on('error', reject)
      }
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}

export const jsonOf = (answer: DisplayAnswer) => JSON.parse(answer.text) as Record<string, unknown>

/** Pairs as the page does (POST /pair with the code) and returns the session token; throws if pairing is refused. */
export async function pairDisplay(port: number, code: string, localAddress?: string): Promise<string> {
  const answer = await displayRequest(port, '/pair', {
    method: 'POST',
    code,
    ...(localAddress === undefined ? {} : { localAddress })
  })
  const token = answer.status === 200 ? jsonOf(answer).token : undefined
  if (typeof token !== 'string') throw new Error(`pairing answered ${answer.status}: ${answer.text}`)
  return token
}

/** The SVG inside a `data:image/svg+xml;base64,…` URL. */
export function svgOfDataUrl(dataUrl: string): string {
  const prefix = 'data:image/svg+xml;base64,'
  if (!dataUrl.startsWith(prefix)) throw new Error(`not a base64 SVG data URL: ${dataUrl.slice(0, 40)}`)
  return Buffer.from(dataUrl.slice(prefix.length), 'base64').toString('utf8')
}

/**
 * Reads a QR SVG as qrcode draws it (a viewBox of N×N modules and one stroked path of horizontal runs: `M x y`,
 * `m dx dy`, `h n`), paints each module as a block of pixels, and decodes the picture with jsQR, an independent
 * decoder. So this proves what the served SVG itself encodes, not what a fresh rendering would.
 */
export function decodeQrSvg(svg: string, pixelsPerModule = 6): string {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1])
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1]
  if (!Number.isInteger(size) || path === undefined) throw new Error('not a qrcode SVG')
  const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false))
  let x = 0
  let y = 0
  for (const [, command, args] of path.matchAll(/([MmHh])([^MmHh]*)/g)) {
    const numbers = args!
      .trim()
      .split(/[\s,]+/)
      .map(Number)
    if (command === 'M') [x, y] = [numbers[0]!, numbers[1]!]
    else if (command === 'm') [x, y] = [x + numbers[0]!, y + numbers[1]!]
    else if (command === 'h') {
      for (let column = x; column < x + numbers[0]!; column += 1) dark[Math.floor(y)]![column] = true
      x += numbers[0]!
    } else throw new Error(`unexpected path command ${command}`)
  }
  const width = size * pixelsPerModule
  const pixels = new Uint8ClampedArray(width * width * 4)
  for (let row = 0; row < width; row += 1) {
    for (let column = 0; column < width; column += 1) {
      const value = dark[Math.floor(row / pixelsPerModule)]![Math.floor(column / pixelsPerModule)] ? 0 : 255
      pixels.set([value, value, value, 255], (row * width + column) * 4)
    }
  }
  const code = jsQR(pixels, width, width)
  if (code === null) throw new Error('jsQR found no QR code in the SVG')
  return code.data
}
