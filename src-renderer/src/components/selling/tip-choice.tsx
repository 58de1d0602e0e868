import { useShallow } from 'zustand/react/shallow'

import type { TipChoice as Tip } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { selectAmountCents, useKeypadStore } from '../../stores/keypad-store'
import { useOrderStore } from '../../stores/order-store'
import { useSettingsStore } from '../../stores/settings-store'

const sameTip = (a: Tip, b: Tip) => JSON.stringify(a) === JSON.stringify(b)

/** The customer's tip, chosen before Charge among those the owner offers: none, a preset percent, or rounding up. */
export function TipChoice() {
  const t = useTranslate()
  const tips = useSettingsStore((state) => state.settings?.tips)
  const hasSomething = useKeypadStore((state) => selectAmountCents(state) > 0)
  const { hasLines, tip, setTip } = useOrderStore(
    useShallow((state) => ({ hasLines: state.lines.length > 0, tip: state.tip, setTip: state.setTip }))
  )
  // A tip chosen before the owner turned tips off stays choosable as "No tip": main refuses the one chosen.
  const shown = tips !== undefined && (tips.enabled || tip.kind !== 'none')
  if (!shown || !(hasSomething || hasLines)) return null

  const offered = tips.enabled
  const choices: { tip: Tip; label: string; id: string }[] = [
    { tip: { kind: 'none' }, label: t('tipNone'), id: 'none' },
    ...(offered ? tips.percentPresets : []).map((percent) => ({
      tip: { kind: 'percent', percent } as const,
      label: t('tipPercent', { percent }),
      id: `percent-${percent}`
    })),
    ...(offered && tips.roundUp ? [{ tip: { kind: 'round_up' } as const, label: t('tipRoundUp'), id: 'round-up' }] : [])
  ]

  return (
    <div className="tip-choice" role="radiogroup" aria-label={t('tipChoiceLabel')}>
      {choices.map((choice) => (
        <button
          key={choice.id}
          type="button"
          role="radio"
          aria-checked={sameTip(choice.tip, tip)}
          className="tip-option"
          onClick={() => setTip(choice.tip)}
          data-testid={`tip-${choice.id}`}
        >
          {choice.label}
        </button>
      ))}
    </div>
  )
}
