import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'

import { BOOKS_DATABASE_FILE } from './books-database'
import { BOOKS_HEAD_FILE, writeBooksHead } from './books-head'
import { syncFolder } from './durable-file'
import { type FolderFault, folderFault, removeQuietly, writeFault } from './folder-faults'
import { loadSqlite } from './sqlite-module'
import { verifyChain } from './verify-chain'

type RestoreFailure = FolderFault | 'backup_unreadable' | 'backup_broken' | 'restore_failed'

type RestoreResult =
  /** `setAside` is the folder the replaced books were moved into (null when the data folder had none). */
  { ok: true; rows: number; head: string; setAside: string | null } | { ok: false; reason: RestoreFailure }

/** The files that make up the books in a data folder: the database, its WAL and shared memory, the head witness. */
const BOOKS_FILES = [BOOKS_DATABASE_FILE, `${BOOKS_DATABASE_FILE}-wal`, `${BOOKS_DATABASE_FILE}-shm`, BOOKS_HEAD_FILE]

/**
 * Puts a backup back as the books of `dataFolder`, with the app not running: the backup's chain must verify first;
 * the books it replaces are moved aside into `books-replaced-<time>` (never deleted: they may hold later sales);
 * the copy is written under a temporary name, synced and renamed; the head witness then names the backup's last row.
 */
export function restoreBooks(
  backupPath: string,
  dataFolder: string,
  options: { now?: () => Date } = {}
): RestoreResult {
  const checked = checkBackup(backupPath)
  if (!checked.ok) return checked
  const fault = folderFault(dataFolder)
  if (fault !== null) return { ok: false, reason: fault }
  const stamp = (options.now ?? (() => new Date()))().toISOString().replace(/[:.]/g, '-')
  const target = join(dataFolder, BOOKS_DATABASE_FILE)
  const restoring = `${target}.restoring`
  try {
    const setAside = setAsideBooks(dataFolder, join(dataFolder, `books-replaced-${stamp}`))
    copyFileSync(backupPath, restoring)
    const descriptor = openSync(restoring, 'r+')
    try {
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
    renameSync(restoring, target)
    writeBooksHead(dataFolder, { seq: checked.rows, hash: checked.head })
    syncFolder(dataFolder)
    return { ok: true, rows: checked.rows, head: checked.head, setAside }
  } catch (error) {
    removeQuietly(restoring)
    return { ok: false, reason: writeFault(error) ?? 'restore_failed' }
  }
}

function checkBackup(path: string): { ok: true; rows: number; head: string } | { ok: false; reason: RestoreFailure } {
  let copy: DatabaseSync | null = null
  try {
    copy = new (loadSqlite().DatabaseSync)(path, { readOnly: true })
    const chain = verifyChain(copy)
    return chain.ok ? { ok: true, rows: chain.rows, head: chain.head } : { ok: false, reason: 'backup_broken' }
  } catch {
    return { ok: false, reason: 'backup_unreadable' }
  } finally {
    copy?.close()
  }
}

function setAsideBooks(dataFolder: string, aside: string): string | null {
  const present = BOOKS_FILES.filter((name) => existsSync(join(dataFolder, name)))
  if (present.length === 0) return null
  mkdirSync(aside)
  for (const name of present) renameSync(join(dataFolder, name), join(aside, name))
  return aside
}
