import type { EntryMode, Language, PublicSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { centsToEuroInput } from '../../lib/format/euro-input'
import { maxAmountPatch } from '../../lib/model/setting-patches'
import { SavedChoice, SavedTextField } from './saved-fields'

/** How the counter behaves: the largest charge, how amounts are typed, its language and device name. */
export function CounterSettings({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const { limits } = settings
  const entryModes: { value: EntryMode; label: string }[] = [
    { value: 'cents', label: t('entryModeCents') },
    { value: 'decimal', label: t('entryModeDecimal') }
  ]
  // Each language in its own words, so whoever cannot read the current one still finds theirs.
  const languages: { value: Language; label: string }[] = [
    { value: 'de', label: 'Deutsch' },
    { value: 'en', label: 'English' }
  ]
  return (
    <section className="settings-card" data-testid="settings-counter">
      <h2>{t('sectionCounter')}</h2>
      <SavedTextField
        label={t('maxAmount')}
        saved={centsToEuroInput(settings.maxAmountCents, settings.language)}
        toPatch={maxAmountPatch(limits.maxAmountCents)}
        inputMode="decimal"
        maxLength={12}
        testId="settings-max-amount"
      />
      <SavedChoice
        label={t('entryMode')}
        saved={settings.entryMode}
        options={entryModes}
        toPatch={(entryMode) => ({ patch: { entryMode } })}
        testId="settings-entry-mode"
      />
      <SavedChoice
        label={t('language')}
        saved={settings.language}
        options={languages}
        toPatch={(language) => ({ patch: { language } })}
        testId="settings-language"
      />
      <SavedTextField
        label={t('deviceName')}
        saved={settings.deviceName}
        toPatch={(deviceName) => ({ patch: { deviceName } })}
        maxLength={limits.deviceNameLength.max}
        testId="settings-device-name"
      />
    </section>
  )
}
