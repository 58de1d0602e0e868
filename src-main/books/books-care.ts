import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'

import type {
  BackupCause,
  BackupFailure,
  BackupStatus,
  BooksCheckView,
  BooksFileFailure
} from '../../src-preload/contract'
import type { ChannelHandlers } from '../channel-handler'
import { backupBooks } from '../journal/books-backup'
import { BOOKS_DATABASE_FILE } from '../journal/books-database'
import { FIRST_PREVIOUS_HASH } from '../journal/row-hash'
import { loadSqlite } from '../journal/sqlite-module'
import type { BooksCheck } from '../journal/verify-books'
import { fail, succeed } from '../result'
import { readBackupState, writeBackupState } from './backup-state'
import { type BooksJobRunner, runOnThisThread } from './books-job-runner'

/** What only Electron can do here (window/books-output.ts): ask the owner for a folder. Null when cancelled. */
export type ChooseFolder = (purpose: 'backup' | 'audit_export') => Promise<string | null>

export interface BooksCareDeps {
  /** The data folder, where `books.sqlite` and its head witness live. */
  dataFolder: string
  chooseFolder?: ChooseFolder | undefined
  /** Where verify and export run: a worker thread in the app (`runOnWorker`); this thread by default. */
  runJob?: BooksJobRunner | undefined
  /** The shop as the export's index.xml names its supplier. */
  supplier?: () => { name: string; location: string }
  now?: () => Date
  /** A defect met while backing up in the background (a day close, quitting): the app logs it. */
  reportDefect?: (error: unknown) => void
}

/** The channels `createBooksCare` answers: the owner's chain check, audit export and backups. */
export type BooksCareHandlers = Pick<ChannelHandlers, keyof ReturnType<typeof createBooksCare>['handlers']>

/** The chain check as the renderer words it: SQLite's own words about a damaged file stay in main. */
export function checkView(check: BooksCheck): BooksCheckView {
  if (check.ok) return { ok: true, rows: check.rows, head: check.head }
  const problem = check.problem
  switch (problem.code) {
    case 'no_database':
    case 'damaged':
      return { ok: false, problem: { code: problem.code } }
    case 'head_mismatch':
      return { ok: false, problem: { code: 'head_mismatch', seq: problem.seq } }
    default:
      return { ok: false, problem }
  }
}

const fileFailure = (reason: string): BooksFileFailure =>
  reason === 'folder_missing' || reason === 'folder_read_only' || reason === 'disk_full' || reason === 'invalid_period'
    ? reason
    : 'failed'

/**
 * The owner's care of the books: verify the chain, export days for a tax audit, back up (by hand, after each day
 * close, at quit) into the folder the owner chose, keeping the newest N. Each opens its own read-only connection to
 * `books.sqlite`, so it reads one snapshot and never disturbs the store writing sales.
 */
export function createBooksCare(deps: BooksCareDeps) {
  const now = deps.now ?? (() => new Date())
  const runJob = deps.runJob ?? runOnThisThread
  const databasePath = join(deps.dataFolder, BOOKS_DATABASE_FILE)
  let state: BackupStatus = readBackupState(deps.dataFolder)
  const remember = (next: BackupStatus): BackupStatus => {
    state = next
    writeBackupState(deps.dataFolder, state)
    return state
  }

  const withBooks = <T>(work: (database: DatabaseSync) => T): T | 'no_database' => {
    if (!existsSync(databasePath)) return 'no_database'
    const database = new (loadSqlite().DatabaseSync)(databasePath, { readOnly: true })
    try {
      return work(database)
    } finally {
      database.close()
    }
  }

  /** One backup into the chosen folder; its outcome is remembered (across a restart) whatever it was. */
  const backup = (cause: BackupCause): BackupStatus => {
    const at = now()
    const failed = (reason: BackupFailure) =>
      remember({ ...state, last: { ok: false, at: at.toISOString(), cause, reason } })
    const folder = state.folder
    if (folder === null) return failed('no_folder')
    try {
      const made = withBooks((database) => backupBooks(database, folder, { keep: state.keep, now: () => at }))
      if (made === 'no_database') return failed('no_database')
      if (!made.ok) return failed(fileFailure(made.reason))
      return remember({ ...state, last: { ok: true, at: made.at, cause, rows: made.rows, head: made.head } })
    } catch (error) {
      deps.reportDefect?.(error)
      return failed('failed')
    }
  }

  /** The chain's head now (rows and last hash), read on its own connection; null without a books database. */
  function chainHead(): { rows: number; head: string } | null {
    try {
      const head = withBooks(
        (database) =>
          database.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as
            { seq: number; hash: string } | undefined
      )
      if (head === 'no_database') return null
      return head === undefined ? { rows: 0, head: FIRST_PREVIOUS_HASH } : { rows: head.seq, head: head.hash }
    } catch (error) {
      deps.reportDefect?.(error)
      return null
    }
  }

  const handlers = {
    verifyBooks: async () => {
      const done = await runJob({ kind: 'verify', dataFolder: deps.dataFolder })
      if (done.kind !== 'verify') throw new Error('the books job answered another kind')
      return succeed(checkView(done.check))
    },
    exportForAudit: async ({ from, to }: { from: string; to: string }) => {
      if (to < from) return fail({ code: 'audit_export_failed', reason: 'invalid_period' })
      if (!existsSync(databasePath)) return fail({ code: 'audit_export_failed', reason: 'no_database' })
      if (deps.chooseFolder === undefined) return fail({ code: 'output_failed', errno: null })
      const folder = await deps.chooseFolder('audit_export')
      if (folder === null) return succeed({ exported: false as const })
      const supplier = deps.supplier?.()
      const done = await runJob({
        kind: 'export',
        dataFolder: deps.dataFolder,
        from,
        to,
        folder,
        at: now().toISOString(),
        ...(supplier ? { supplier } : {})
      })
      if (done.kind !== 'export') throw new Error('the books job answered another kind')
      const made = done.result
      if (made === 'no_database') return fail({ code: 'audit_export_failed', reason: 'no_database' })
      if (!made.ok) return fail({ code: 'audit_export_failed', reason: fileFailure(made.reason) })
      return succeed({ exported: true as const, folder: made.folder, rows: made.rows })
    },
    backupStatus: async () => succeed(state),
    backupNow: async () => succeed(backup('owner')),
    chooseBackupFolder: async () => {
      if (deps.chooseFolder === undefined) return fail({ code: 'output_failed', errno: null })
      const folder = await deps.chooseFolder('backup')
      return succeed(folder === null ? state : remember({ ...state, folder }))
    },
    setBackupKeep: async ({ keep }: { keep: number }) => succeed(remember({ ...state, keep }))
  } satisfies Partial<ChannelHandlers>

  return {
    handlers,
    chainHead,
    /** The backups' folder, number kept and last outcome, as remembered now. */
    status: (): BackupStatus => state,
    /**
     * After a day close and at quit: a backup when a folder is chosen, nothing otherwise. Never throws. At quit it is
     * skipped when the last backup already holds the books as they are (same head): quitting after a day close, or
     * twice in a row, does not wait for a copy that changes nothing.
     */
    autoBackup(cause: Exclude<BackupCause, 'owner'>): BackupStatus {
      if (state.folder === null) return state
      if (cause === 'quit' && state.last?.ok === true && state.last.head === chainHead()?.head) return state
      return backup(cause)
    }
  }
}

export type BooksCare = ReturnType<typeof createBooksCare>
