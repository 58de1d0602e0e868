/** The sales journal's health, as main reports it: data only, the renderer words it. */

/** Whether sales can be recorded now, and what the owner must know about the journal. */
export interface JournalStatus {
  /** False while a line cannot be written: main refuses every charge until it can. */
  writable: boolean
  /** The operating system's name for the last failure (ENOSPC, EROFS, EACCES, EMFILE, …); null while writable. */
  errno: string | null
  /** Status changes of sales main holds in memory but could not write yet; retried every few seconds. */
  unwrittenLines: number
  /**
   * Lines that failed validation when the journal was opened, and the file that holds them now: the quarantine file
   * beside the JSONL journal of an earlier version (lines set aside at its import), that JSONL journal itself while
   * it cannot be imported (a read-only folder), or `books.sqlite` for rows changed from outside (never removed).
   * Null if none.
   */
  quarantined: { count: number; file: string } | null
  /** Why the books take no sales although the folder could be written (see `JournalProblem`); null if nothing. */
  problem: JournalProblem | null
}

/** Why importing the JSONL journal of an earlier version failed; it stays untouched, nothing is imported. */
export type JournalImportFailure =
  /** The file could not be read. */
  | 'unreadable'
  /** The imported rows did not add up to the same sales and sums as the file: rolled back. */
  | 'totals_differ'
  /** The database refused the rows (a full disk, an I/O error): rolled back. */
  | 'not_written'

/** The books database cannot be trusted with sales: charges are refused, and nothing in the file is changed. */
export type JournalProblem =
  | { code: 'import_failed'; reason: JournalImportFailure; file: string }
  /** `books.sqlite` is not a SQLite database (or damaged past opening). */
  | { code: 'not_a_database'; file: string }
  /** `PRAGMA quick_check` found damage at start; its first findings, as SQLite wrote them. */
  | { code: 'damaged'; file: string; findings: string }
