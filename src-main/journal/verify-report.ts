import { shortHash } from './row-hash'
import type { BooksCheck, BooksProblem } from './verify-books'

const ROW_PROBLEM = {
  seq: 'its number does not follow the row before (a row is missing or was inserted)',
  prev_hash: 'it does not name the hash of the row before (a row before it was changed, removed or inserted)',
  hash: 'its content does not match its hash (the row was changed)'
} as const

function problemText(problem: BooksProblem): string {
  switch (problem.code) {
    case 'no_database':
      return `no books database at ${problem.path}`
    case 'damaged':
      return `the books database cannot be read (${problem.detail})`
    case 'row_mismatch':
      return `row ${problem.seq} does not match: ${ROW_PROBLEM[problem.what]}; the ${problem.rowsBefore} rows before it verify`
    case 'tail_cut':
      return `the journal ends at row ${problem.lastSeq}, but the head beside it saw row ${problem.witnessSeq}: rows were cut from its end`
    case 'head_mismatch':
      return `row ${problem.seq} has hash ${shortHash(problem.rowHash)}, but the head beside the database saw ${shortHash(problem.witnessHash)}: the chain was rewritten`
    case 'witness_missing':
      return `the ${problem.rows} rows chain correctly, but the head file (books.head) is missing, so a cut end cannot be ruled out`
    case 'witness_unreadable':
      return `the ${problem.rows} rows chain correctly, but the head file (books.head) is unreadable, so a cut end cannot be ruled out`
  }
}

/**
 * The one-line answer of `npm run verify-journal`, in English like every developer and owner script: the app's screens
 * say it in the owner's language from the same `BooksCheck` (the renderer owns those sentences).
 */
export function verifyReport(check: BooksCheck): string {
  if (!check.ok) return `NOT OK: ${problemText(check.problem)}`
  const ok = `ok: ${check.rows} rows, head ${check.head} (short ${shortHash(check.head)})`
  return check.witnessSeq === null
    ? `${ok}; a single file: compare this head with the one recorded when it was made, to rule out a cut end`
    : ok
}
