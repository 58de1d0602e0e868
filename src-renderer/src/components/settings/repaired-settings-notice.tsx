import type { SettingsRepair } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { repairNoteMessage } from '../../lib/words/error-messages'

/** Settings main found unreadable at start-up and reset: the owner should look at them again. */
export function RepairedSettingsNotice({ repairs }: { repairs: readonly SettingsRepair[] }) {
  const t = useTranslate()
  const language = useLanguage()
  if (repairs.length === 0) return null
  return (
    <section className="warning-text repaired-settings" role="status" data-testid="settings-repaired">
      <p>{t('repairedTitle')}</p>
      <ul>
        {repairs.map((repair, index) => (
          <li key={index}>{repairNoteMessage(repair, language)}</li>
        ))}
      </ul>
    </section>
  )
}
