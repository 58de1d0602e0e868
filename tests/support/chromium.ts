import { existsSync } from 'node:fs'

/**
 * How every test and benchmark starts Debian's Chromium here: no sandbox (root in CI), no GPU, and none of the
 * background connections this machine's closed network would refuse.
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic'
  ]
}

/** Null when the Chromium the tests start is there; otherwise why not, in one sentence. */
export function chromiumMissing(): string | null {
  const path = CHROMIUM_LAUNCH_OPTIONS.executablePath
  return existsSync(path)
    ? null
    : `Chromium is not at ${path}: install it (e.g. \`apt-get install chromium\`) or set CHROMIUM_PATH.`
}
