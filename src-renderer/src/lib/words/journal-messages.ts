import type { JournalStatus } from '../../../../src-preload/contract'
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
export function journalBannerMessage(status: JournalStatus, t: Translate): string {
  const errno = status.errno ?? '?'
  const cause = t(CAUSE_OF_ERRNO.get(errno) ?? 'journalCauseOther')
  const banner = t('journalBanner', { cause, errno })
  return status.unwrittenLines === 0 ? banner : `${banner} ${t.count('journalBannerUnwritten', status.unwrittenLines)}`
}
