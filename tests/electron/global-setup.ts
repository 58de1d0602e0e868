import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { runnableElectronPath } from './electron-binary'

/** Stops the run before any test when the app cannot start here, with one line that says why. */
export default function checkElectronCanRun(): void {
  runnableElectronPath()
  const mainEntry = fileURLToPath(new URL('../../out/main/index.js', import.meta.url))
  if (!existsSync(mainEntry)) throw new Error(`${mainEntry} is missing: build the app first (npx electron-vite build)`)
}
