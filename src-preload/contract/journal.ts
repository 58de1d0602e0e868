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
   * Lines that failed validation when the journal was opened, and the file that holds them now: the quarantine
   * file beside the journal, or the journal itself when they could not be moved (a read-only folder). Null if none.
   */
  quarantined: { count: number; file: string } | null
}
