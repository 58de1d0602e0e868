import type { PublicSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { LinkExpiryChoice } from './link-expiry-choice'
import { SavedCheckbox, SavedWholeNumber } from './saved-fields'

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
      <SavedWholeNumber
        label={t('paidScreenSeconds')}
        hint={t('paidScreenSecondsHint', limits.paidScreenSeconds)}
        field="paidScreenSeconds"
        settings={settings}
        testId="settings-paid-seconds"
      />
      <SavedWholeNumber
        label={t('slowCheckAfterHours')}
        hint={t('slowCheckAfterHoursHint', limits.slowCheckAfterHours)}
        field="slowCheckAfterHours"
        settings={settings}
        testId="settings-slow-check-hours"
      />
      <SavedWholeNumber
        label={t('tillsOnKey')}
        hint={t('tillsOnKeyHint', limits.tillsOnKey)}
        field="tillsOnKey"
        settings={settings}
        maxLength={2}
        testId="settings-tills-on-key"
      />
      <LinkExpiryChoice settings={settings} />
    </section>
  )
}
