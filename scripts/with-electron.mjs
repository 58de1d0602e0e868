// `node --experimental-strip-types scripts/with-electron.mjs [command …]`, the first step of npm start, dev and
// test:electron. Electron 45 downloads its binary only on the first `require('electron')`, but electron-vite 6 reads
// just node_modules/electron/path.txt and stops with "Electron uninstall" when it is missing. So this asks Electron's
// loader first (downloading if need be), ends with one sentence and exit code 1 when there is no binary, and
// otherwise runs the command with ELECTRON_EXEC_PATH, which electron-vite launches as it is.
// A script rather than a postinstall step, so `npm ci` stays offline.
import { spawn } from 'node:child_process'

import { locateElectron } from './electron-binary.ts'

const binary = locateElectron()
if (!binary.ok) {
  console.error(binary.problem)
  process.exit(1)
}

const [command, ...args] = process.argv.slice(2)
if (command !== undefined) {
  const child = spawn(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: binary.path },
    // npm puts node_modules/.bin on PATH; on Windows its entries are .cmd files, which only a shell runs.
    shell: process.platform === 'win32'
  })
  child.on('error', (error) => {
    console.error(`${command} could not be started (${error.message}): run it through npm, which puts it on PATH.`)
    process.exit(1)
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
