import type { TipChoice, TipSettings } from '../../src-preload/contract'

/**
 * Whether the owner offers this tip now: no tip always; a percent only while tips are on and it is one of the
 * presets; rounding up only while tips are on and it is enabled. Checked at every quote and again at Charge, so a
 * tip the owner withdrew in between is refused rather than charged.
 */
export function tipOffered(tip: TipChoice, tips: TipSettings): boolean {
  switch (tip.kind) {
    case 'none':
      return true
    case 'percent':
      return tips.enabled && tips.percentPresets.includes(tip.percent)
    case 'round_up':
      return tips.enabled && tips.roundUp
  }
}
