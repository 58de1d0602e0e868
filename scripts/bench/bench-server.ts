import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { toBuffer as renderQrPng } from 'qrcode'

/** A page without the app (and without its CSP), where the naive flow shows SecPaid's remote QR image. */
const NAIVE_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>naive QR</title></head><body></body></html>'

export interface BenchServer {
  origin: string
  naivePageUrl: string
  /** Delay before each QR image is answered, as the real image host's round trip would be. */
  setLatency(ms: number): void
  imagesServed(): number
  close(): Promise<void>
}

/**
 * Stands in for quickchart.io on 127.0.0.1: `/chart?chl=<text>&chs=300x300&cht=qr` answers a PNG QR made
 * on each request (as the real service does), after the configured latency.
 */
export async function startBenchServer(): Promise<BenchServer> {
  let latencyMs = 0
  let served = 0
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bench')
    if (url.pathname === '/naive.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(NAIVE_PAGE)
      return
    }
    const text = url.searchParams.get('chl')
    if (url.pathname !== '/chart' || text === null) {
      response.writeHead(404).end()
      return
    }
    const width = Number.parseInt(url.searchParams.get('chs') ?? '300', 10) || 300
    setTimeout(() => {
      renderQrPng(text, { type: 'png', width, margin: 4, errorCorrectionLevel: 'M' }).then(
        (png) => {
          served += 1
          response.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' }).end(png)
        },
        () => response.writeHead(500).end()
      )
    }, latencyMs)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    naivePageUrl: `${origin}/naive.html`,
    setLatency: (ms) => {
      latencyMs = ms
    },
    imagesServed: () => served,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
