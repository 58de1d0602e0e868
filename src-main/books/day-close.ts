import type {
  DayCloseDifference,
  DayCloseReport,
  HistoryStatus,
  SecPaidDayRecord,
  StatusTotals
} from '../../src-preload/contract'
import type { SaleRecord } from '../sale/sale-record'
import type { PayInTransaction } from '../secpaid/types'
import { historyStatusOf } from './history-sale'
import { localDay } from './local-day'
import type { DayPayIns } from './secpaid-day-record'

const STATUSES: readonly HistoryStatus[] = ['waiting', 'paid', 'cancelled', 'failed', 'refund_requested']

const emptyTotals = (): StatusTotals =>
  Object.fromEntries(STATUSES.map((status) => [status, { count: 0, cents: 0 }])) as StatusTotals

function addTo(totals: StatusTotals, sale: SaleRecord) {
  const total = totals[historyStatusOf(sale)]
  total.count += 1
  total.cents += sale.amountCents
}

const isPayment = (transaction: PayInTransaction) =>
  !transaction.isRefund && transaction.transactionType !== 'Refund' && transaction.status === 'Success'

const isRefund = (transaction: PayInTransaction) => transaction.isRefund || transaction.transactionType === 'Refund'

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

const paidAt = (sale: SaleRecord) => sale.history.find((change) => change.status === 'paid')?.at

/** The sale a pay-in belongs to: by link id, else by the reference that starts its recipient_note. */
function saleOfPayIn(
  transaction: PayInTransaction,
  byLinkId: (linkId: number) => SaleRecord | undefined,
  byReference: (reference: string) => SaleRecord | undefined
): SaleRecord | undefined {
  const linked = byLinkId(transaction.payId)
  if (linked !== undefined) return linked
  const firstWord = transaction.recipientNote?.trim().split(/\s+/)[0]
  return firstWord ? byReference(firstWord) : undefined
}

export interface DayCloseInput {
  from: string
  to: string
  /** Sales that started in the range. */
  salesStarted: readonly SaleRecord[]
  /** Every sale the journal knows, to tell which were paid in the range and to match SecPaid's pay-ins. */
  allSales: readonly SaleRecord[]
  byLinkId: (linkId: number) => SaleRecord | undefined
  byReference: (reference: string) => SaleRecord | undefined
  payIns: DayPayIns
}

/** Counts and sums by status and till, beside SecPaid's record of the same days, and where the two differ. */
export function buildDayClose(input: DayCloseInput): DayCloseReport {
  const totals = emptyTotals()
  const byTill = new Map<string | null, StatusTotals>()
  for (const sale of input.salesStarted) {
    addTo(totals, sale)
    const till = sale.sequence?.till ?? null
    const tillTotals = byTill.get(till) ?? emptyTotals()
    addTo(tillTotals, sale)
    byTill.set(till, tillTotals)
  }
  const tills = [...byTill].map(([till, tillTotals]) => ({ till, totals: tillTotals }))
  tills.sort((a, b) => (a.till ?? '').localeCompare(b.till ?? ''))

  if (!input.payIns.ok) {
    return {
      from: input.from,
      to: input.to,
      totals,
      tills,
      secpaid: null,
      secpaidFailure: input.payIns.failure,
      differences: []
    }
  }
  const payments = input.payIns.transactions.filter(isPayment)
  const differences: DayCloseDifference[] = []
  const matched = new Set<string>()
  for (const payment of payments) {
    const sale = saleOfPayIn(payment, input.byLinkId, input.byReference)
    if (sale === undefined) {
      differences.push({
        kind: 'unknown_here',
        linkId: payment.payId,
        amountCents: payment.amountCents,
        recipientNote: payment.recipientNote,
        paidAt: payment.createdAt
      })
      continue
    }
    matched.add(sale.reference)
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
    const paid = paidAt(sale)
    if (paid === undefined || matched.has(sale.reference)) continue
    const day = localDay(new Date(paid))
    if (day < input.from || day > input.to) continue
    differences.push({
      kind: 'missing_at_secpaid',
      reference: sale.reference,
      linkId: sale.linkId,
      amountCents: sale.amountCents
    })
  }
  return {
    from: input.from,
    to: input.to,
    totals,
    tills,
    secpaid: secPaidRecord(input.payIns.transactions),
    secpaidFailure: null,
    differences
  }
}
