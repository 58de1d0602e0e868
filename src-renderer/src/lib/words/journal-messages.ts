import type { JournalImportFailure, JournalProblem, JournalStatus } from '../../../../src-preload/contract'
import type { MessageKey, Translate } from './i18n'

/** What the owner can do something about, from the operating system's name for the failure. */
const CAUSE_OF_ERRNO: ReadonlyMap<string, MessageKey> = new Map([
  ['ENOSPC', 'journalCauseDiskFull'],
  ['EDQUOT', 'journalCauseDiskFull'],
  ['EROFS', 'journalCauseReadOnly'],
  ['EACCES', 'journalCauseReadOnly'],
  ['EPERM', 'journalCauseReadOnly'],
  ['EMFILE', 'journalCauseTooManyFiles'],
  ['ENFILE', 'journalCauseTooManyFiles'],
  ['EFBIG', 'journalCauseFileTooLarge']
])

/** Why sales cannot be recorded, and what main keeps meanwhile: the banner's sentences. */
const IMPORT_FAILURE: Readonly<Record<JournalImportFailure, MessageKey>> = {
  unreadable: 'journalImportUnreadable',
  totals_differ: 'journalImportTotalsDiffer',
  not_written: 'journalImportNotWritten'
}

/** Why the books take no sales at all (a failed import, a file that is not a database, damage found at start). */
function journalProblemMessage(problem: JournalProblem, t: Translate): string {
  switch (problem.code) {
    case 'import_failed':
      return t('journalProblemImportFailed', { file: problem.file, reason: t(IMPORT_FAILURE[problem.reason]) })
    case 'not_a_database':
      return t('journalProblemNotADatabase', { file: problem.file })
    case 'damaged':
      return t('journalProblemDamaged', { file: problem.file, findings: problem.findings })
  }
}

export function journalBannerMessage(status: JournalStatus, t: Translate): string {
  if (status.problem !== null) return journalProblemMessage(status.problem, t)
  const errno = status.errno ?? '?'
  const cause = t(CAUSE_OF_ERRNO.get(errno) ?? 'journalCauseOther')
  const banner = t('journalBanner', { cause, errno })
  return status.unwrittenLines === 0 ? banner : `${banner} ${t.count('journalBannerUnwritten', status.unwrittenLines)}`
}
