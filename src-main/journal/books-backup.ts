import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'

import { syncFolder } from './durable-file'
import { type FolderFault, folderFault, removeQuietly, writeFault } from './folder-faults'
import { FIRST_PREVIOUS_HASH } from './row-hash'
import { loadSqlite } from './sqlite-module'

/** Why a backup was not made: the owner's chosen folder is gone (a stick unplugged), read-only, or full. */
type BackupFailure = FolderFault | 'backup_failed'

type BackupResult =
  /** `rows` and `head` are the copy's own: its last row and that row's hash. `removed` are older backups pruned. */
  | { ok: true; at: string; path: string; rows: number; head: string; removed: string[] }
  | { ok: false; reason: BackupFailure }

/** A finished backup's file name: the UTC moment it was made, so names sort by age. */
export const BACKUP_NAME = /^books-backup-\d{8}-\d{6}-\d{3}(?:-\d+)?\.sqlite$/
const PARTIAL_NAME = /^\.books-backup-.*\.partial$/

export const KEEP_BACKUPS = 10
const HOUR_MS = 3_600_000

const pad = (value: number, length = 2) => String(value).padStart(length, '0')
const stamp = (at: Date) =>
  `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}-` +
  `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}-${pad(at.getUTCMilliseconds(), 3)}`

/**
 * A consistent copy of the books, made on the app's own open connection with `VACUUM INTO`: SQLite reads one snapshot
 * (rows committed meanwhile by anyone wait for the next backup) and writes a complete, compact database. It is written
 * under a hidden temporary name, synced, then renamed, so the folder never holds a half backup under a backup's name.
 * Then only the newest `keep` backups stay; nothing else in the folder is touched.
 */
export function backupBooks(
  database: DatabaseSync,
  folder: string,
  options: { keep?: number; now?: () => Date } = {}
): BackupResult {
  const fault = folderFault(folder)
  if (fault !== null) return { ok: false, reason: fault }
  const at = (options.now ?? (() => new Date()))()
  const path = freePath(folder, `books-backup-${stamp(at)}`)
  const partial = join(folder, `.books-backup-${stamp(at)}-${process.pid}.partial`)
  try {
    rmSync(partial, { force: true })
    database.prepare('VACUUM INTO ?').run(partial)
    syncFile(partial)
    renameSync(partial, path)
    syncFolder(folder)
  } catch (error) {
    removeQuietly(partial)
    return { ok: false, reason: writeFault(error) ?? 'backup_failed' }
  }
  const { rows, head } = lastRow(path)
  const removed = prune(folder, options.keep ?? KEEP_BACKUPS)
  return { ok: true, at: at.toISOString(), path, rows, head, removed }
}

/** The backup's path, with a counter if a backup of that very millisecond exists already. */
function freePath(folder: string, base: string): string {
  const taken = new Set(readdirSync(folder))
  let name = `${base}.sqlite`
  for (let counter = 2; taken.has(name); counter += 1) name = `${base}-${counter}.sqlite`
  return join(folder, name)
}

function syncFile(path: string): void {
  const descriptor = openSync(path, 'r+')
  try {
    fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
}

function lastRow(path: string): { rows: number; head: string } {
  const copy = new (loadSqlite().DatabaseSync)(path, { readOnly: true })
  try {
    const last = copy.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; hash: string } | undefined
    return { rows: last?.seq ?? 0, head: last?.hash ?? FIRST_PREVIOUS_HASH }
  } finally {
    copy.close()
  }
}

/**
 * Removes all but the newest `keep` backups (and partial copies a crash left), returning the backups removed. A
 * backup that cannot be removed (the folder turned read-only meanwhile) stays, and is tried again next time.
 */
function prune(folder: string, keep: number): string[] {
  const names = readdirSync(folder)
  for (const name of names.filter((entry) => PARTIAL_NAME.test(entry))) {
    // Only a crash's leftover: a partial copy younger than an hour may be another process's backup in progress.
    const path = join(folder, name)
    if (Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > HOUR_MS) removeQuietly(path)
  }
  const backups = names.filter((name) => BACKUP_NAME.test(name)).sort(byAge)
  const surplus = backups.slice(0, Math.max(0, backups.length - Math.max(1, keep))).map((name) => join(folder, name))
  for (const path of surplus) removeQuietly(path)
  return surplus.filter((path) => !existsSync(path))
}

/** Oldest first: by the moment in the name, then by the counter of backups made in the same millisecond. */
function byAge(a: string, b: string): number {
  const key = (name: string) => {
    const [, moment = '', counter = '1'] = /^books-backup-(\d{8}-\d{6}-\d{3})(?:-(\d+))?/.exec(name) ?? []
    return `${moment}-${counter.padStart(6, '0')}`
  }
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
}
