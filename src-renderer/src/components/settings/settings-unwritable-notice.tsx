import type { SettingsFileStatus } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'

/** The settings file or its folder is read-only: what is shown runs the counter, but no change can be saved. */
export function SettingsUnwritableNotice({ settingsFile }: { settingsFile: SettingsFileStatus }) {
  const t = useTranslate()
  if (settingsFile.writable) return null
  return (
    <section className="warning-text" role="alert" data-testid="settings-unwritable">
      {t('settingsUnwritable', { errno: settingsFile.errno ?? '?' })}
    </section>
  )
}
