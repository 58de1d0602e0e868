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
