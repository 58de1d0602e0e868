/**
 * What the owner's care of the books answers (Settings → Books): the chain check, the export for a tax audit and the
 * backups. Reason codes only; the renderer words them in the owner's language.
 */

/** Why the chain check failed, as `src-main/journal/verify-books.ts` finds it (SQLite's own words stay in main's log). */
export type BooksProblemView =
  | { code: 'no_database' }
  | { code: 'damaged' }
  | { code: 'row_mismatch'; seq: number; what: 'seq' | 'prev_hash' | 'hash'; rowsBefore: number }
  | { code: 'tail_cut'; lastSeq: number; witnessSeq: number }
  | { code: 'head_mismatch'; seq: number }
  | { code: 'witness_missing'; rows: number }
  | { code: 'witness_unreadable'; rows: number }

/** The check of the data folder's books: every row chains, and the end is where the head witness saw it. */
export type BooksCheckView = { ok: true; rows: number; head: string } | { ok: false; problem: BooksProblemView }

/** Why an export or a backup wrote nothing: the folder (gone, read-only, full), no books yet, or another failure. */
export type BooksFileFailure =
  'folder_missing' | 'folder_read_only' | 'disk_full' | 'no_database' | 'invalid_period' | 'failed'

/** `exported: false` when the owner cancelled the folder dialog. */
export type AuditExportView = { exported: false } | { exported: true; folder: string; rows: number }

/** Why no backup was made: no folder chosen yet, or what `BooksFileFailure` says. */
export type BackupFailure = 'no_folder' | BooksFileFailure

/** What started a backup: the owner's button, a day close, or quitting. */
export type BackupCause = 'owner' | 'day_close' | 'quit'

export type LastBackup =
  | { ok: true; at: string; cause: BackupCause; rows: number; head: string }
  | { ok: false; at: string; cause: BackupCause; reason: BackupFailure }

/** The backups' setting and how the last one went (also one that failed at quit, shown at the next start). */
export interface BackupStatus {
  /** The folder the owner chose (a USB stick, a synced folder); null until chosen. */
  folder: string | null
  /** How many backups stay in the folder; older ones are removed after each new one. */
  keep: number
  last: LastBackup | null
}
