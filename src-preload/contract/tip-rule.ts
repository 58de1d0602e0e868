import type { TipChoice } from './selling'
import type { TipSettings } from './settings'

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

/** Integer division rounding half up, for non-negative integers: exact, no float in between. */
const divideHalfUp = (dividend: number, divisor: number): number => {
  const shifted = dividend + Math.floor(divisor / 2)
  return (shifted - (shifted % divisor)) / divisor
}

/** The tip on a subtotal: a percent rounded half up to a whole cent, or up to the next whole euro (0 when whole). */
export function tipCentsFor(subtotalCents: number, tip: TipChoice): number {
  switch (tip.kind) {
    case 'none':
      return 0
    case 'percent':
      return divideHalfUp(subtotalCents * tip.percent, 100)
    case 'round_up':
      return (100 - (subtotalCents % 100)) % 100
  }
}
