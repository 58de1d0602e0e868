import { accessSync, constants, rmSync, statSync } from 'node:fs'

/** Why files could not be written to a folder the owner chose (a USB stick, a synced folder). */
export type FolderFault = 'folder_missing' | 'folder_read_only' | 'disk_full'

/** Whether `folder` can take new files: null if so, otherwise why not. */
export function folderFault(folder: string): FolderFault | null {
  try {
    if (!statSync(folder).isDirectory()) return 'folder_missing'
  } catch {
    return 'folder_missing'
  }
  try {
    accessSync(folder, constants.W_OK)
  } catch {
    return 'folder_read_only'
  }
  return null
}

/**
 * What a failed write means for the owner, from Node's error code or SQLite's result code (13 SQLITE_FULL,
 * 8 SQLITE_READONLY, 14 SQLITE_CANTOPEN); null for anything else.
 */
export function writeFault(error: unknown): FolderFault | null {
  const { code, errcode } = error as { code?: string; errcode?: number }
  const primary = typeof errcode === 'number' ? errcode & 0xff : null
  if (code === 'ENOSPC' || code === 'EDQUOT' || primary === 13) return 'disk_full'
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || primary === 8 || primary === 14) {
    return 'folder_read_only'
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'folder_missing'
  return null
}

/** Removes what a failed write left (a partial copy), when the folder still lets it: the failure is what to report. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true })
  } catch {
    // A folder that turned read-only keeps the hidden partial file; the next run in a writable folder prunes it.
  }
}
