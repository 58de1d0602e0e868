import { accessSync, constants, existsSync } from 'node:fs'
import { dirname } from 'node:path'

import type { WriteProblem } from './settings-storage'

/** The operating system's name for what failed (EROFS, EACCES, ENOSPC, …), or null when the error carries none. */
export function errnoOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : null
}

/**
 * Why `filePath` cannot be written, found without writing: its folder must take a new file (the file is replaced
 * through a sibling), and a file that is there must not be read-only. An owner's read-only settings file is respected
 * on every OS, although on Linux and macOS a rename could still replace it. Null when a write should succeed.
 */
export function fileWriteProblem(filePath: string): WriteProblem | null {
  try {
    accessSync(nearestExistingFolder(dirname(filePath)), constants.W_OK | constants.X_OK)
    if (existsSync(filePath)) accessSync(filePath, constants.W_OK)
    return null
  } catch (error) {
    return { errno: errnoOf(error) }
  }
}

/** The folder itself, or the closest parent that exists: a write creates the missing folders below it. */
function nearestExistingFolder(folder: string): string {
  let current = folder
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current)
  return current
}

/** An error carrying the errno of a write problem, thrown by a storage asked to write what it cannot. */
export function writeProblemError(problem: WriteProblem): Error {
  return Object.assign(new Error(`settings cannot be written: ${problem.errno ?? 'unknown reason'}`), {
    code: problem.errno ?? undefined
  })
}
