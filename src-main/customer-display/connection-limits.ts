import type { Server, ServerOptions } from 'node:http'

/**
 * What one display server lets the network hold. Every open connection is a file descriptor of the counter's
 * own process: unbounded, a few thousand slow connections would leave none for the calls to SecPaid.
 */
export const DISPLAY_CONNECTION_LIMITS = {
  /** Connections at once; more are closed as soon as they are accepted. */
  maxConnections: 64,
  /** Connections at once from one address: a browser opens at most six per server. */
  maxConnectionsPerAddress: 10,
  /** The page sends a handful of short headers; Node's default allows 16 KB. */
  maxHeaderSize: 8 * 1024,
  /** From the first byte of a request to its last header: a client trickling headers is cut off here. */
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  /** Longer than a display's poll interval (300 ms), so a polling display keeps its connection. */
  keepAliveTimeoutMs: 5_000,
  /** A connection that sends and receives nothing for this long is closed. */
  idleSocketTimeoutMs: 10_000,
  /** How often Node checks the two timeouts above the socket's own (its default is 30 s). */
  connectionsCheckingIntervalMs: 1_000
} as const

export const displayServerOptions = (): ServerOptions => ({
  maxHeaderSize: DISPLAY_CONNECTION_LIMITS.maxHeaderSize,
  headersTimeout: DISPLAY_CONNECTION_LIMITS.headersTimeoutMs,
  requestTimeout: DISPLAY_CONNECTION_LIMITS.requestTimeoutMs,
  keepAliveTimeout: DISPLAY_CONNECTION_LIMITS.keepAliveTimeoutMs,
  connectionsCheckingInterval: DISPLAY_CONNECTION_LIMITS.connectionsCheckingIntervalMs
})

/**
 * Caps connections in all and, where the server faces the LAN, per address; closes idle sockets. On loopback every
 * client has the same address (the counter's own window, possibly several pages), so only the total cap applies.
 */
export function limitConnections(server: Server, options: { perAddress: boolean }): void {
  server.maxConnections = DISPLAY_CONNECTION_LIMITS.maxConnections
  // Without a 'timeout' listener, Node destroys the socket when it fires.
  server.timeout = DISPLAY_CONNECTION_LIMITS.idleSocketTimeoutMs
  if (!options.perAddress) return
  const openByAddress = new Map<string, number>()
  server.on('connection', (socket) => {
    const address = socket.remoteAddress
    const open = address === undefined ? Infinity : (openByAddress.get(address) ?? 0)
    if (address === undefined || open >= DISPLAY_CONNECTION_LIMITS.maxConnectionsPerAddress) {
      socket.destroy()
      return
    }
    openByAddress.set(address, open + 1)
    socket.once('close', () => {
      const left = (openByAddress.get(address) ?? 1) - 1
      if (left === 0) openByAddress.delete(address)
      else openByAddress.set(address, left)
    })
  })
}
