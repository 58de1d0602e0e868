import type { PublicSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { SavedChoice } from './saved-fields'

/** The minutes a shop may choose (main accepts any whole number from its limits, or 0 for never). */
const OFFERED = ['0', '5', '10', '15', '30', '60'] as const
type Offered = (typeof OFFERED)[number]

/** Links that do not wait forever: off, or cancelled after some minutes on the QR screen (main owns the time). */
export function LinkExpiryChoice({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const saved = String(settings.linkExpiry.minutes)
  return (
    <div className="settings-group">
      <SavedChoice<Offered>
        label={t('linkExpiryLabel')}
        saved={(OFFERED as readonly string[]).includes(saved) ? (saved as Offered) : '0'}
        options={OFFERED.map((value) => ({
          value,
          label: value === '0' ? t('linkExpiryNever') : t('linkExpiryMinutes', { minutes: value })
        }))}
        toPatch={(value) => ({ patch: { linkExpiry: { minutes: Number(value) } } })}
        testId="settings-link-expiry"
      />
      <p className="field-hint">{t('linkExpiryHint')}</p>
    </div>
  )
}
