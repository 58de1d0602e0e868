import { useLanguage, useTranslate } from '../hooks/use-translate'
import { repairNoteMessage } from '../lib/error-messages'

/** Settings main found unreadable at start-up and reset: the owner should look at them again. */
export function RepairedSettingsNotice({ notes }: { notes: readonly string[] }) {
  const t = useTranslate()
  const language = useLanguage()
  if (notes.length === 0) return null
  return (
    <section className="warning-text repaired-settings" role="status" data-testid="settings-repaired">
      <p>{t('repairedTitle')}</p>
      <ul>
        {notes.map((note) => (
          <li key={note}>{repairNoteMessage(note, language)}</li>
        ))}
      </ul>
    </section>
  )
}
