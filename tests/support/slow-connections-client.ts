/**
 * A hostile display client, run as its own process (so its file descriptors are not the counter's): opens many
 * connections to a display server and keeps them slow. Half send the start of a request and then trickle one more
 * header line now and then, never finishing it; half connect and send nothing at all. It never closes a socket
 * itself, only reads what the server answers. Prints one JSON line per sample on stdout, and a last one when every
 * socket is closed or the time is up.
 *
 *   node --experimental-strip-types slow-connections-client.ts '{"port":8377,"count":3000,"addresses":["127.0.0.1"]}'
 */
import { connect, type Socket } from 'node:net'

interface SlowClientOptions {
  port: number
  count: number
  /** Local addresses to connect from, in turn (on Linux all of 127.0.0.0/8 is loopback). */
  addresses: string[]
  trickleMs?: number
  limitMs?: number
}

export interface SlowClientSample {
  /** Milliseconds since the first connection attempt. */
  atMs: number
  attempted: number
  /** Connections the server accepted (TCP handshake done), open or not. */
  connected: number
  /** Connected and not yet closed: what the server is holding. */
  open: number
  closed: number
  /** Time of the last socket to close, once all are closed. */
  allClosedAtMs: number | null
  done: boolean
}

const options = JSON.parse(process.argv[2] ?? '{}') as SlowClientOptions
const trickleMs = options.trickleMs ?? 1000
const limitMs = options.limitMs ?? 60_000
const started = Date.now()
const sockets: Socket[] = []
let connected = 0
let closed = 0
let open = 0
let lastClosedAt = 0

function openOne(index: number) {
  const socket = connect({
    host: '127.0.0.1',
    port: options.port,
    localAddress: options.addresses[index % options.addresses.length]
  })
  const trickles = index % 2 === 0
  let wasConnected = false
  socket.on('connect', () => {
    wasConnected = true
    connected += 1
    open += 1
    if (trickles) socket.write(`GET /state HTTP/1.1\r\nHost: 127.0.0.1:${options.port}\r\n`)
  })
  // Reads whatever the server says (a 408, a close), as any client's kernel and runtime would.
  socket.resume()
  socket.on('error', () => undefined)
  socket.on('close', () => {
    closed += 1
    if (wasConnected) open -= 1
    lastClosedAt = Date.now() - started
  })
  sockets.push(socket)
}

const sample = (done: boolean): SlowClientSample => ({
  atMs: Date.now() - started,
  attempted: sockets.length,
  connected,
  open,
  closed,
  allClosedAtMs: closed === options.count ? lastClosedAt : null,
  done
})

// A hundred at a time, so the attempts do not all land in the listen backlog in the same millisecond.
for (let index = 0; index < options.count; index += 1) {
  if (index > 0 && index % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 5))
  openOne(index)
}

const trickle = setInterval(() => {
  sockets.forEach((socket, index) => {
    if (index % 2 === 0 && socket.writable) socket.write('X-Slow: 1\r\n')
  })
}, trickleMs)

const report = setInterval(() => {
  const finished = closed === options.count || Date.now() - started > limitMs
  console.log(JSON.stringify(sample(finished)))
  if (!finished) return
  clearInterval(report)
  clearInterval(trickle)
  for (const socket of sockets) socket.destroy()
}, 250)
