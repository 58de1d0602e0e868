import { createServer } from 'node:net'

/** A TCP port nothing listens on right now, on every interface (the LAN display's settings need a fixed port). */
export async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject)
    probe.listen(0, '0.0.0.0', () => resolve())
  })
  const address = probe.address()
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('the probe server has no port')
  return address.port
}
