import type { MoneyWay, MoneyWayDay, PayoutLine } from '../../src-preload/contract'
import type { SaleRecord } from '../journal/sale-record'
import type { PayInTransaction, PayOutTransaction } from '../secpaid/types'
import { daysFromTo, localDay } from './local-day'
import { isPayment, paidAtMs } from './pay-in-sale'
import { payInTime } from './secpaid-dates'

export interface MoneyWayInput {
  from: string
  to: string
  /** Every sale the journal knows. */
  allSales: readonly SaleRecord[]
  /** SecPaid's pay-ins of the range (already trimmed to its local days). */
  payIns: readonly PayInTransaction[]
  payouts: readonly PayOutTransaction[]
  paging: MoneyWay['paging']
}

/** What SecPaid's pay-in says of its own payout, where it says it (its `payout_status`). */
const payInPayout = (payIn: PayInTransaction): 'approved' | 'in_progress' | null => {
  const word = (payIn.payoutStatus ?? '').replace(/[\s_-]/g, '').toLowerCase()
  return word === 'approved' ? 'approved' : word === 'inprogress' ? 'in_progress' : null
}

/** The Berlin date a pay-in is filed under: its timestamp's date (SecPaid writes Berlin wall time). */
const berlinDateOf = (payIn: PayInTransaction): string | null =>
  /^\d{4}-\d{2}-\d{2}/.exec(payIn.createdAt ?? '')?.[0] ?? null

const feeOf = (payIn: PayInTransaction) => (payIn.serviceFeeCents ?? 0) + (payIn.serviceFeePspCents ?? 0)

const netOf = (payIn: PayInTransaction) => payIn.netAmountCents ?? payIn.amountCents - feeOf(payIn)

const payoutLine = (payout: PayOutTransaction): PayoutLine => ({
  id: payout.key,
  transactionId: payout.transactionId,
  day: payout.requestDate,
  amountCents: payout.amountCents,
  feeCents: payout.serviceFeeCents,
  netCents: payout.netAmountCents,
  status: payout.status,
  statusText: payout.statusText
})

/**
 * Each day of the range from the counter to the bank, in integer cents: sold here (paid sales by the moment of
 * payment), paid by customers and SecPaid's fees (its pay-ins), paid out (its Approved payouts of the day) and what is
 * still on its way (payments no Approved payout covers). A payment counts as covered where SecPaid says so: its own
 * `payout_status`, or a payout of its day (a payout gathers all of one day's successful payments).
 */
export function buildMoneyWay(input: MoneyWayInput): MoneyWay {
  const days = new Map<string, MoneyWayDay>(
    daysFromTo(input.from, input.to).map((day) => [
      day,
      { day, soldCents: 0, paidCents: 0, feeCents: 0, paidOutCents: 0, onItsWayCents: 0, inProgressCents: 0 }
    ])
  )
  for (const sale of input.allSales) {
    const paid = paidAtMs(sale)
    const row = paid === undefined ? undefined : days.get(localDay(new Date(paid)))
    if (row !== undefined) row.soldCents += sale.amountCents
  }

  const payoutOfDay = new Map<string, 'approved' | 'in_progress'>()
  for (const payout of input.payouts) {
    if (payout.requestDate === null || payout.status === 'unknown') continue
    if (payoutOfDay.get(payout.requestDate) !== 'approved') payoutOfDay.set(payout.requestDate, payout.status)
    const row = days.get(payout.requestDate)
    if (row !== undefined && payout.status === 'approved') row.paidOutCents += payout.netAmountCents
  }

  for (const payIn of input.payIns.filter(isPayment)) {
    const filedUnder = berlinDateOf(payIn)
    const row = days.get(localDay(new Date(payInTime(payIn, filedUnder ?? input.from).atMs)))
    if (row === undefined) continue
    row.paidCents += payIn.amountCents
    row.feeCents += feeOf(payIn)
    const payout = payInPayout(payIn) ?? (filedUnder === null ? undefined : payoutOfDay.get(filedUnder))
    if (payout === 'approved') continue
    row.onItsWayCents += netOf(payIn)
    if (payout === 'in_progress') row.inProgressCents += netOf(payIn)
  }

  // Payouts of SecPaid's dates beside the range (asked for the payments they cover) are not the range's to list.
  const payouts = input.payouts
    .filter((payout) => payout.requestDate === null || days.has(payout.requestDate))
    .map(payoutLine)
    .sort((a, b) => (a.day ?? '').localeCompare(b.day ?? '') || a.id.localeCompare(b.id))
  return { days: [...days.values()], payouts, paging: input.paging }
}
