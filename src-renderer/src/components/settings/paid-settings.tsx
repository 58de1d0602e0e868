import type { PublicSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { wholeNumberPatch } from '../../lib/setting-patches'
import { SavedCheckbox, SavedTextField } from './saved-fields'

/** What happens once a customer paid, or did not: the chime, how long Paid stays, when old links are checked slower. */
export function PaidSettings({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const { limits } = settings
  return (
    <section className="settings-card" data-testid="settings-paid">
      <h2>{t('sectionAfterPayment')}</h2>
      <SavedCheckbox
        label={t('paidSound')}
        saved={settings.paidSound}
        toPatch={(paidSound) => ({ patch: { paidSound } })}
        testId="settings-paid-sound"
      />
      <SavedTextField
        label={t('paidScreenSeconds')}
        hint={t('paidScreenSecondsHint', limits.paidScreenSeconds)}
        saved={String(settings.paidScreenSeconds)}
        toPatch={wholeNumberPatch('paidScreenSeconds', limits.paidScreenSeconds)}
        inputMode="numeric"
        maxLength={9}
        testId="settings-paid-seconds"
      />
      <SavedTextField
        label={t('slowCheckAfterHours')}
        hint={t('slowCheckAfterHoursHint', limits.slowCheckAfterHours)}
        saved={String(settings.slowCheckAfterHours)}
        toPatch={wholeNumberPatch('slowCheckAfterHours', limits.slowCheckAfterHours)}
        inputMode="numeric"
        maxLength={9}
        testId="settings-slow-check-hours"
      />
      <SavedTextField
        label={t('tillsOnKey')}
        hint={t('tillsOnKeyHint', limits.tillsOnKey)}
        saved={String(settings.tillsOnKey)}
        toPatch={wholeNumberPatch('tillsOnKey', limits.tillsOnKey)}
        inputMode="numeric"
        maxLength={2}
        testId="settings-tills-on-key"
      />
    </section>
  )
}
