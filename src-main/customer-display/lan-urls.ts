import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os'

/**
 * The addresses a phone or tablet on the LAN can open when the display server listens on 0.0.0.0: one URL per
 * external IPv4 address of this machine (IPv6 link-local addresses are not typeable on a phone).
 */
export function lanDisplayUrls(
  port: number,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()
): string[] {
  return Object.values(interfaces)
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => `http://${address.address}:${port}/`)
}
