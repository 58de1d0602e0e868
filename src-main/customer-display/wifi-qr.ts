/** A guest network the customer display offers as a QR beside the pay QR: its name and WPA password. */
export interface GuestWifi {
  ssid: string
  /** Empty for an open network. */
  password: string
}

/** The characters the `WIFI:` scheme gives a meaning to, each escaped with a backslash inside a value. */
const SPECIAL = /[\\;,:"]/g

const escaped = (value: string) => value.replace(SPECIAL, (character) => `\\${character}`)

/**
 * The payload phone cameras read as "join this network" (the `WIFI:` scheme of ZXing, which Android and iOS follow):
 * `WIFI:T:WPA;S:<ssid>;P:<password>;;`, or `T:nopass` without a password, with `\ ; , : "` escaped in both values.
 */
export function wifiPayload(wifi: GuestWifi): string {
  if (wifi.password === '') return `WIFI:T:nopass;S:${escaped(wifi.ssid)};;`
  return `WIFI:T:WPA;S:${escaped(wifi.ssid)};P:${escaped(wifi.password)};;`
}
