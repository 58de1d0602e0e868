import { useState } from 'react'
import type { PublicSettings, TipSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { CheckboxField } from './form-fields'
import { SectionSaveStatus } from './section-save-status'
import { useSectionSave } from './use-section-save'

/** "5, 10, 15" → [5, 10, 15]; null for anything that is not a list of whole numbers. */
export function parsePercentPresets(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (!parts.every((part) => /^\d{1,3}$/.test(part))) return null
  return parts.map((part) => Number.parseInt(part, 10))
}

/** Whether tips are offered before Charge, which percents, and rounding up; each change saves on its own. */
export function TipsSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const { state, save, refuse } = useSectionSave()
  const [tips, setTips] = useState<TipSettings>(settings.tips)
  const [presetsText, setPresetsText] = useState(settings.tips.percentPresets.join(', '))
  const { tipPercent, tipPresets } = settings.limits
  const saveNow = (next: TipSettings) => {
    setTips(next)
    void save({ tips: next })
  }
  const savePresets = () => {
    const presets = parsePercentPresets(presetsText)
    const valid =
      presets !== null &&
      presets.length <= tipPresets.max &&
      presets.every((percent) => percent >= tipPercent.min && percent <= tipPercent.max)
    if (!valid) {
      refuse(t('tipsPresetsInvalid', { max: tipPresets.max, min: tipPercent.min, maxPercent: tipPercent.max }))
      return
    }
    if (presets.join(',') !== settings.tips.percentPresets.join(',')) saveNow({ ...tips, percentPresets: presets })
  }

  return (
    <section className="settings-card" aria-labelledby="tips-section-title" data-testid="tips-section">
      <h2 id="tips-section-title">{t('tipsSection')}</h2>
      <CheckboxField
        label={t('tipsEnabled')}
        checked={tips.enabled}
        onChange={(enabled) => saveNow({ ...tips, enabled })}
        testId="tips-enabled"
      />
      <label className="form-field">
        <span className="field-label">{t('tipsPresets')}</span>
        <input
          className="text-input"
          inputMode="numeric"
          value={presetsText}
          onChange={(event) => setPresetsText(event.target.value)}
          onBlur={savePresets}
          data-testid="tips-presets"
        />
      </label>
      <CheckboxField
        label={t('tipsRoundUp')}
        checked={tips.roundUp}
        onChange={(roundUp) => saveNow({ ...tips, roundUp })}
        testId="tips-round-up"
      />
      <SectionSaveStatus state={state} testId="tips-save-status" />
    </section>
  )
}
