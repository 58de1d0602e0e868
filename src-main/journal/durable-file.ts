import { closeSync, fsyncSync, openSync } from 'node:fs'

/** The operating system's name for a failed file operation (ENOSPC, EROFS, …); null for anything else. */
export function errnoOf(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' ? code : null
}

/**
 * Makes a folder's entries (a file just created or renamed into it) survive a power cut. Windows cannot open a
 * folder to flush it, and its file system commits renames itself.
 */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return
  const fd = openSync(folder, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
