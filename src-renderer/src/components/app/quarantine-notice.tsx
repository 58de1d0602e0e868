import { useTranslate } from '../../hooks/use-translate'
import { useJournalStore } from '../../stores/journal-store'

/** Once per start that set lines aside: how many, and the file the owner finds them in. */
export function QuarantineNotice() {
  const t = useTranslate()
  const quarantined = useJournalStore((state) => state.status?.quarantined ?? null)
  const dismissed = useJournalStore((state) => state.quarantineNoticeDismissed)
  const dismiss = useJournalStore((state) => state.dismissQuarantineNotice)
  if (quarantined === null || dismissed) return null
  return (
    <div className="banner banner-demo banner-notice" role="status" data-testid="quarantine-notice">
      <span>{t.count('journalQuarantined', quarantined.count, { file: quarantined.file })}</span>
      <button type="button" className="secondary-button" onClick={dismiss} data-testid="dismiss-quarantine-notice">
        {t('dismissNotice')}
      </button>
    </div>
  )
}
