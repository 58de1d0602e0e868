import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const OUT_DIR = join(PROJECT_ROOT, 'out')

/**
 * The electron-vite output the installers package. `npm test` builds before it runs vitest; a missing build
 * fails here with what to do rather than skipping, so a check on the bundles can never pass by not running.
 */
export function requireBuiltOutput(): void {
  const entries = [
    'out/main/index.js',
    'out/main/books-worker.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
    'out/customer-display/index.html'
  ]
  const missing = entries.filter((entry) => !existsSync(join(PROJECT_ROOT, entry)))
  if (missing.length > 0) {
    throw new Error(`The electron-vite build output is missing (${missing.join(', ')}): run \`npm run build\` first.`)
  }
}

/** Every file below `folder`, as paths relative to the project root with forward slashes. */
export function filesUnder(folder: string): string[] {
  const absolute = join(PROJECT_ROOT, folder)
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(absolute, entry))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(PROJECT_ROOT, path).split('\\').join('/'))
}

export const readProjectFile = (path: string): string => readFileSync(join(PROJECT_ROOT, path), 'utf8')
