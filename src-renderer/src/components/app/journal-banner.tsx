import { useTranslate } from '../../hooks/use-translate'
import { journalBannerMessage } from '../../lib/words/journal-messages'
import { useJournalStore } from '../../stores/journal-store'

/** Stays while sales cannot be recorded: main refuses every charge meanwhile, and the owner must free the disk. */
export function JournalBanner() {
  const t = useTranslate()
  const status = useJournalStore((state) => state.status)
  if (status === null || status.writable) return null
  return (
    <div className="banner banner-offline" role="alert" data-testid="journal-banner">
      {journalBannerMessage(status, t)}
    </div>
  )
}
