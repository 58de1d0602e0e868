import type { PublicSettings, TipKind } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { type TipsDraft, tipsPatch } from '../../lib/model/setting-patches'
import { CheckboxField, TextField } from './form-fields'
import { refusedField, SavedChoice, SaveStatus, TYPING_PAUSE_MS, useSavedSetting } from './saved-fields'

/**
 * Whether tips are offered before Charge, which percents, rounding up, and whom tips belong to (the staff or the
 * shop); each change saves on its own.
 */
export function TipsSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const { enabled, percentPresets, roundUp } = settings.tips
  const saved: TipsDraft = { enabled, presets: percentPresets.join(', '), roundUp }
  const tips = useSavedSetting('tips-save', saved, tipsPatch(settings.limits), TYPING_PAUSE_MS)

  return (
    <section className="settings-card" aria-labelledby="tips-section-title" data-testid="tips-section">
      <h2 id="tips-section-title">{t('tipsSection')}</h2>
      <CheckboxField
        label={t('tipsEnabled')}
        checked={tips.value.enabled}
        onChange={(checked) => tips.changeNow({ ...tips.value, enabled: checked })}
        testId="tips-enabled"
      />
      <TextField
        label={t('tipsPresets')}
        inputMode="numeric"
        value={tips.value.presets}
        onChange={(presets) => tips.change({ ...tips.value, presets })}
        onBlur={tips.commit}
        invalid={refusedField(tips.status)?.startsWith('tips.percentPresets') === true}
        testId="tips-presets"
      />
      <CheckboxField
        label={t('tipsRoundUp')}
        checked={tips.value.roundUp}
        onChange={(checked) => tips.changeNow({ ...tips.value, roundUp: checked })}
        testId="tips-round-up"
      />
      <SaveStatus status={tips.status} testId="tips-save" />
      <SavedChoice<TipKind>
        label={t('tipKind')}
        saved={settings.tipKind}
        options={[
          { value: 'staff', label: t('tipKindStaff') },
          { value: 'shop', label: t('tipKindShop') }
        ]}
        toPatch={(tipKind) => ({ patch: { tipKind } })}
        testId="tip-kind"
      />
      <p className="field-hint">{t('tipKindHint')}</p>
    </section>
  )
}
