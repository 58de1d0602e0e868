import type { BackupFailure, BooksCheckView, BooksFileFailure, Language } from '../../../../src-preload/contract'
import { type MessageKey, translate } from './i18n'

/** The short form of a chain hash the day close prints and the export's chain_heads.csv carries (`shortHash`). */
export const shortHead = (hash: string): string => hash.slice(0, 12)

const ROW_PROBLEM: Record<'seq' | 'prev_hash' | 'hash', MessageKey> = {
  seq: 'booksProblemRowSeq',
  prev_hash: 'booksProblemRowPrev',
  hash: 'booksProblemRowHash'
}

/** The chain check's answer in the owner's language: ok with rows and short head, or the first thing that is wrong. */
export function booksCheckMessage(check: BooksCheckView, language: Language): string {
  const say = (key: MessageKey, params: Record<string, string | number> = {}) => translate(language, key, params)
  if (check.ok) return say('booksVerifyOk', { rows: check.rows, head: shortHead(check.head) })
  const problem = check.problem
  switch (problem.code) {
    case 'no_database':
      return say('booksProblemNoDatabase')
    case 'damaged':
      return say('booksProblemDamaged')
    case 'row_mismatch':
      return say(ROW_PROBLEM[problem.what], { seq: problem.seq, before: problem.rowsBefore })
    case 'tail_cut':
      return say('booksProblemTailCut', { last: problem.lastSeq, witness: problem.witnessSeq })
    case 'head_mismatch':
      return say('booksProblemHeadMismatch', { seq: problem.seq })
    case 'witness_missing':
      return say('booksProblemWitnessMissing', { rows: problem.rows })
    case 'witness_unreadable':
      return say('booksProblemWitnessUnreadable', { rows: problem.rows })
  }
}

const FAILURE: Record<BackupFailure, MessageKey> = {
  no_folder: 'booksFailNoFolder',
  folder_missing: 'booksFailFolderMissing',
  folder_read_only: 'booksFailReadOnly',
  disk_full: 'booksFailDiskFull',
  no_database: 'booksFailNoDatabase',
  invalid_period: 'booksFailInvalidPeriod',
  failed: 'booksFailFailed'
}

/** Why a backup or an export wrote nothing, as the end of a sentence. */
export function booksFailureText(reason: BackupFailure | BooksFileFailure, language: Language): string {
  return translate(language, FAILURE[reason])
}
