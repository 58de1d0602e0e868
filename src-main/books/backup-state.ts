import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { z } from 'zod'

import type { BackupStatus } from '../../src-preload/contract'
import { SETTINGS_LIMITS } from '../../src-preload/contract/settings-limits'
import { KEEP_BACKUPS } from '../journal/books-backup'
import { syncFolder } from '../journal/durable-file'

/** Beside the books in the data folder: the backups' folder, how many to keep, and how the last backup went. */
export const BACKUP_STATE_FILE = 'books-backup.json'

const failure = z.enum(['no_folder', 'folder_missing', 'folder_read_only', 'disk_full', 'no_database', 'failed'])
const cause = z.enum(['owner', 'day_close', 'quit'])

const backupStatusSchema = z.strictObject({
  folder: z.string().min(1).nullable(),
  keep: z.number().int().min(SETTINGS_LIMITS.backupKeep.min).max(SETTINGS_LIMITS.backupKeep.max),
  last: z
    .discriminatedUnion('ok', [
      z.strictObject({ ok: z.literal(true), at: z.string(), cause, rows: z.number().int(), head: z.string() }),
      z.strictObject({ ok: z.literal(false), at: z.string(), cause, reason: failure })
    ])
    .nullable()
}) satisfies z.ZodType<BackupStatus>

export const NO_BACKUP_YET: BackupStatus = { folder: null, keep: KEEP_BACKUPS, last: null }

/** The state in `dataFolder`: a fresh one when there is none or it cannot be read (the next backup writes it anew). */
export function readBackupState(dataFolder: string): BackupStatus {
  try {
    const parsed = backupStatusSchema.safeParse(JSON.parse(readFileSync(join(dataFolder, BACKUP_STATE_FILE), 'utf8')))
    return parsed.success ? parsed.data : NO_BACKUP_YET
  } catch {
    return NO_BACKUP_YET
  }
}

/** Replaces the state whole; false when the data folder cannot be written (the state still holds for this run). */
export function writeBackupState(dataFolder: string, state: BackupStatus): boolean {
  try {
    const path = join(dataFolder, BACKUP_STATE_FILE)
    writeFileSync(`${path}.tmp`, `${JSON.stringify(state)}\n`, { flush: true })
    renameSync(`${path}.tmp`, path)
    syncFolder(dataFolder)
    return true
  } catch {
    return false
  }
}
