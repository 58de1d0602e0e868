import type { DayCloseDifference, DayCloseReport, SecPaidDayRecord } from '../../src-preload/contract'
import type { SaleRecord } from '../journal/sale-record'
import { berlinWallTime } from '../secpaid/berlin-time'
import type { PayInTransaction } from '../secpaid/types'
import { journalDayClose } from './day-close-journal'
import { dayCloseVat } from './day-close-vat'
import { buildMoneyWay } from './money-way'
import { isPayment, isRefund, paidAtMs, type SaleLookUps, saleOfPayIn } from './pay-in-sale'
import { isWithin, localSpanOf } from './secpaid-dates'
import type { DayPayIns } from './secpaid-day-record'
import type { RangePayouts } from './secpaid-payouts'

function secPaidRecord(transactions: readonly PayInTransaction[]): SecPaidDayRecord {
  const record: SecPaidDayRecord = { count: 0, grossCents: 0, feeCents: 0, netCents: 0, refundCount: 0, refundCents: 0 }
  for (const transaction of transactions) {
    if (isRefund(transaction)) {
      record.refundCount += 1
      record.refundCents += Math.abs(transaction.amountCents)
    } else if (isPayment(transaction)) {
      const feeCents = (transaction.serviceFeeCents ?? 0) + (transaction.serviceFeePspCents ?? 0)
      record.count += 1
      record.grossCents += transaction.amountCents
      record.feeCents += feeCents
      record.netCents += transaction.netAmountCents ?? transaction.amountCents - feeCents
    }
  }
  return record
}

interface DayCloseInput extends SaleLookUps {
  from: string
  to: string
  /** Sales that started in the range. */
  salesStarted: readonly SaleRecord[]
  /** Every sale the journal knows, to tell which were paid in the range and to match SecPaid's pay-ins. */
  allSales: readonly SaleRecord[]
  payIns: DayPayIns
  /** SecPaid's payouts of the range; null when they were not asked for (the pay-ins could not be read). */
  payouts: RangePayouts | null
}

/** Where SecPaid's payments of the range and this journal's differ: each payment on one day in both, or listed. */
function differencesOf(input: DayCloseInput, transactions: readonly PayInTransaction[]): DayCloseDifference[] {
  const span = localSpanOf(input.from, input.to)
  const differences: DayCloseDifference[] = []
  const matched = new Set<string>()
  for (const payment of transactions.filter(isPayment)) {
    const sale = saleOfPayIn(payment, input)
    if (sale === undefined) {
      differences.push({
        kind: 'unknown_here',
        linkId: payment.payId,
        amountCents: payment.amountCents,
        recipientNote: payment.recipientNote
      })
      continue
    }
    matched.add(sale.reference)
    const paid = paidAtMs(sale)
    if (paid === undefined || !isWithin(paid, span)) {
      differences.push({
        kind: 'paid_day_differs',
        reference: sale.reference,
        linkId: payment.payId,
        amountCents: payment.amountCents,
        herePaidAt: paid === undefined ? null : new Date(paid).toISOString(),
        secpaidPaidAt: payment.createdAt
      })
    }
    if (sale.amountCents !== payment.amountCents) {
      differences.push({
        kind: 'amount_differs',
        reference: sale.reference,
        linkId: payment.payId,
        hereCents: sale.amountCents,
        secpaidCents: payment.amountCents
      })
    }
  }
  for (const sale of input.allSales) {
    const paid = paidAtMs(sale)
    if (paid === undefined || matched.has(sale.reference) || !isWithin(paid, span)) continue
    differences.push({
      kind: 'missing_at_secpaid',
      reference: sale.reference,
      linkId: sale.linkId,
      amountCents: sale.amountCents
    })
  }
  return differences
}

/** Counts and sums by status and till, beside SecPaid's record of the same days, and where the two differ. */
export function buildDayClose(input: DayCloseInput): DayCloseReport {
  const span = localSpanOf(input.from, input.to)
  const here = journalDayClose(input.allSales, input.salesStarted, span)
  const shared = { from: input.from, to: input.to, ...here, vat: dayCloseVat(input.allSales, span) }
  if (!input.payIns.ok) {
    return {
      ...shared,
      secpaid: null,
      secpaidFailure: input.payIns.failure,
      secpaidPaging: [],
      differences: [],
      moneyWay: null,
      payoutFailure: null
    }
  }
  const { payouts } = input
  const ambiguous = input.payIns.ambiguous.map(({ transaction, readings }): DayCloseDifference => ({
    kind: 'time_ambiguous',
    linkId: transaction.payId,
    amountCents: transaction.amountCents,
    secpaidTime: transaction.createdAt ?? berlinWallTime(new Date(readings[1])),
    readings: [new Date(readings[0]).toISOString(), new Date(readings[1]).toISOString()]
  }))
  return {
    ...shared,
    secpaid: secPaidRecord(input.payIns.transactions),
    secpaidFailure: null,
    secpaidPaging: input.payIns.paging,
    differences: [...differencesOf(input, input.payIns.transactions), ...ambiguous],
    moneyWay:
      payouts?.ok === true
        ? buildMoneyWay({
            from: input.from,
            to: input.to,
            allSales: input.allSales,
            payIns: input.payIns.transactions,
            payouts: payouts.payouts,
            paging: payouts.paging
          })
        : null,
    payoutFailure: payouts?.ok === false ? payouts.failure : null
  }
}
