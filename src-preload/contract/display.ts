/** The settings lock and the customer display, as they cross IPC. */

/**
 * What the right PIN opens: Settings for a few minutes (and the counter), only the locked counter, or one save or
 * print dialog in kiosk mode.
 */
export type UnlockPurpose = 'settings' | 'counter' | 'dialog'

export type UnlockResult =
  | { unlocked: true }
  | { unlocked: false; reason: 'wrong_pin' }
  | { unlocked: false; reason: 'too_many_attempts'; retryInSeconds: number }

/**
 * Why the customer display is off although it is switched on. `port_in_use`: another program holds the LAN port;
 * `page_missing`: the installation lacks the built page.
 */
export type CustomerDisplayProblem = { code: 'port_in_use' | 'start_failed'; port: number } | { code: 'page_missing' }

export interface CustomerDisplayInfo {
  /** http://<LAN address>:<port>/ for each network interface; empty while the LAN display is off. */
  lanUrls: string[]
  pairingCode: string
  /**
   * How often the code changed by itself since the owner last made one: after every 20 wrong codes from the network,
   * someone there is guessing. Displays already paired stay paired.
   */
  codeChangesForWrongCodes: number
  /** After 5 such changes no code pairs until the owner makes a new one; displays already paired go on. */
  pairingPaused: boolean
  /** The shop's logo on the idle screen (Settings → Customer display), or null for none. */
  logo: { width: number; height: number; bytes: number } | null
  /** Null when all is well. */
  problem: CustomerDisplayProblem | null
}
