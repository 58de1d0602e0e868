import type { SaleVat, TaxSettings, VatRateTotal } from './tax'

/**
 * The one VAT rounding rule (README, "VAT"): per rate on the sale's total, never per line. A rate's gross is the sum
 * of its lines; its net is gross·100/(100+rate) rounded half-up to the cent; its VAT is gross − net. So the rates'
 * gross always add up to the sale's, and net + VAT is each rate's gross to the cent.
 */
export function netOfGross(grossCents: number, ratePercent: number): number {
  const divisor = 100 + ratePercent
  // Half-up on a non-negative quotient, in integers: floor((2·gross·100 + divisor) / (2·divisor)).
  return Math.floor((2 * grossCents * 100 + divisor) / (2 * divisor))
}

export const rateTotal = (ratePercent: number, grossCents: number): VatRateTotal => {
  const netCents = netOfGross(grossCents, ratePercent)
  return { ratePercent, grossCents, netCents, vatCents: grossCents - netCents }
}

/** A line's part in the split: its total at its rate. */
export interface VatLine {
  vatRate: number
  totalCents: number
}

interface SplitInput {
  lines: readonly VatLine[]
  tipCents: number
  /**
   * Whether the tip is the shop's revenue (taxed at the default rate) or the staff's (passed on, outside the split).
   * Sales record no tip kind yet, so every caller passes false: a tip stays outside the VAT split.
   */
  tipIsRevenue: boolean
  tax: Pick<TaxSettings, 'defaultRate' | 'smallBusiness'>
}

/** A sale's VAT: gross per rate (highest rate first) with net and VAT by the rule above, or exempt as a whole. */
export function vatSplit({ lines, tipCents, tipIsRevenue, tax }: SplitInput): SaleVat {
  const grossByRate = new Map<number, number>()
  const add = (rate: number, cents: number) => grossByRate.set(rate, (grossByRate.get(rate) ?? 0) + cents)
  for (const line of lines) add(line.vatRate, line.totalCents)
  if (tipIsRevenue && tipCents > 0) add(tax.defaultRate, tipCents)
  if (tax.smallBusiness) {
    return { exempt: true, grossCents: [...grossByRate.values()].reduce((sum, cents) => sum + cents, 0) }
  }
  const rates = [...grossByRate.entries()].sort(([a], [b]) => b - a).map(([rate, gross]) => rateTotal(rate, gross))
  return { exempt: false, rates }
}

/**
 * `totalCents` shared out in proportion to `weights` in whole cents, by largest remainder: each share is rounded
 * down, the cents left go one each to the largest remainders (the earlier weight on a tie). The shares add up to
 * the total exactly, none is negative, and a total equal to the weights' sum gives back the weights.
 */
export function shareOut(totalCents: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((total, weight) => total + weight, 0)
  if (sum === 0) return weights.map(() => 0)
  const exact = weights.map((weight) => (BigInt(totalCents) * BigInt(weight)) / BigInt(sum))
  const shares = exact.map(Number)
  const remainders = weights.map((weight, index) => ({
    index,
    remainder: (BigInt(totalCents) * BigInt(weight)) % BigInt(sum)
  }))
  let left = totalCents - shares.reduce((total, share) => total + share, 0)
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))
  for (const { index } of remainders) {
    if (left === 0) break
    shares[index] = (shares[index] ?? 0) + 1
    left -= 1
  }
  return shares
}

/**
 * A refund's VAT: the refunded amount shared out over the sale's rates and what lay outside the split (a staff tip)
 * in proportion to their gross (`shareOut`), each rate's share then split into net and VAT by the same rule as a
 * sale. A full refund gives back the sale's split exactly. Null for a sale journaled without VAT.
 */
export function refundVat(saleVat: SaleVat | null, saleCents: number, refundCents: number): SaleVat | null {
  if (saleVat === null) return null
  if (saleVat.exempt) {
    const [exemptShare = 0] = shareOut(refundCents, [saleVat.grossCents, saleCents - saleVat.grossCents])
    return { exempt: true, grossCents: exemptShare }
  }
  const taxed = saleVat.rates.reduce((sum, rate) => sum + rate.grossCents, 0)
  const shares = shareOut(refundCents, [...saleVat.rates.map((rate) => rate.grossCents), saleCents - taxed])
  return {
    exempt: false,
    rates: saleVat.rates.map((rate, index) => rateTotal(rate.ratePercent, shares[index] ?? 0))
  }
}
