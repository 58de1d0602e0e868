/** Why an amount cannot be charged, or null when it can. */
export type ChargeBlock = 'empty' | 'above-max' | null

export function chargeBlock(amountCents: number, maxAmountCents: number): ChargeBlock {
  if (amountCents <= 0) return 'empty'
  if (amountCents > maxAmountCents) return 'above-max'
  return null
}
