import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

const notRunnable = (path: string) =>
  `Electron binary not found at ${path}: npm run test:electron needs a machine where Electron can run (see README)`

/** Where the electron package would have put its binary, for the message when asking it failed. */
function expectedBinaryPath(): string {
  const packageDir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron'
  const overrideDir = process.env.ELECTRON_OVERRIDE_DIST_PATH
  return overrideDir ? join(overrideDir, relativePath) : join(packageDir, 'dist', relativePath)
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * The Electron executable to launch, or an error saying plainly why there is none. In Node, `require('electron')`
 * is the binary's path (under ELECTRON_OVERRIDE_DIST_PATH when that is set); the package downloads the binary on
 * first use and throws when it cannot, e.g. offline.
 */
export function runnableElectronPath(): string {
  let path: string
  try {
    path = require('electron') as string
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`${notRunnable(expectedBinaryPath())} [electron package: ${reason}]`, { cause: error })
  }
  if (!isExecutableFile(path)) throw new Error(notRunnable(path))
  return path
}
