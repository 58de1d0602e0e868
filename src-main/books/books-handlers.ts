import { OWNER_ID } from '../../src-preload/contract/staff'
import type { ChannelHandlers } from '../channel-handler'
import { errnoOf } from '../journal/durable-file'
import type { SaleJournal } from '../journal/sale-journal'
import type { SaleRecord } from '../journal/sale-record'
import { startedMsOf } from '../journal/sales-table'
import { fail, type Result, succeed } from '../result'
import { saleLinkView } from '../sale/link-view'
import { saleHere } from '../sale/sale-here'
import type { SecPaidClient } from '../secpaid/types'
import type { SettingsLock } from '../settings/settings-lock'
import { cashierTotals, namesCashiers, rowCashier } from './cashier-totals'
import { buildDayClose } from './day-close'
import { type FileOutput, fileRefusal, MAX_OPENED_BYTES, openedText, pdfFileNameRefused } from './file-output'
import type { HistoryIndex } from './history-index'
import { historySale } from './history-sale'
import { daysFromTo } from './local-day'
import { isPayment, paidAtMs, saleOfPayIn } from './pay-in-sale'
import type { RefundService } from './refund-service'
import { salesRows } from './sales-rows'
import { isWithin, type LocalSpan, localSpanOf, secPaidDatesOf } from './secpaid-dates'
import { fetchLocalDaysPayIns } from './secpaid-day-record'
import { fetchPayouts } from './secpaid-payouts'

/** The channels `createBooksHandlers` answers: history, refunds, the day close and the files it saves. */
export type BooksHandlers = Pick<ChannelHandlers, keyof ReturnType<typeof createBooksHandlers>>

/**
 * A day close asks SecPaid once per Berlin date it overlaps (and page), one more than its days away from Berlin's
 * zone: a month stays well inside the rate limit.
 */
const MAX_RANGE_DAYS = 31
/** The CSV reads only the journal: a year at a time. */
const MAX_ROWS_RANGE_DAYS = 366

interface BooksDeps {
  journal: SaleJournal
  history: HistoryIndex
  refunds: RefundService
  getClient: () => SecPaidClient
  settingsLock: SettingsLock
  pinSet: () => boolean
  /**
   * The cashiers' names by id once the shop has cashiers, else null: the day close and CSV then go per cashier (as
   * they do when the range's lines name cashiers).
   */
  cashierNames?: () => Readonly<Record<string, string>> | null
  /** Electron's dialogs and printing; absent where there is no window (tests without the glue). */
  output?: FileOutput | undefined
}

/** The days of a valid range, or null. */
function rangeDays(from: string, to: string, maxDays: number): string[] | null {
  if (to < from) return null
  const days = daysFromTo(from, to)
  return days.length > maxDays ? null : days
}

/** The sales of `sales` (in the order they first appeared) that started in the span, by start: History's order. */
const startedAmong = (sales: readonly SaleRecord[], span: LocalSpan): SaleRecord[] =>
  sales
    .map((sale) => ({ sale, startMs: startedMsOf(sale) }))
    .filter(({ startMs }) => isWithin(startMs, span))
    .sort((a, b) => a.startMs - b.startMs)
    .map(({ sale }) => sale)

/** Main's answers for the books: history, refunds, the day close, its CSV rows and the files it saves. */
export function createBooksHandlers(deps: BooksDeps) {
  const { journal, history } = deps

  /**
   * Each refund needs the owner's PIN when one is set, also while Settings are open: an unlocked Settings is no
   * licence to move money. The check opens nothing.
   */
  const pinRefusal = (pin: string | undefined) => {
    if (!deps.pinSet()) return null
    if (pin === undefined) return fail({ code: 'refund_pin_required' })
    const answer = deps.settingsLock.check(pin)
    if (answer.unlocked) return null
    return fail({
      code: 'refund_pin_wrong',
      retryInSeconds: answer.reason === 'too_many_attempts' ? answer.retryInSeconds : null
    })
  }

  const output = () => deps.output ?? null
  /** Saving or printing that the operating system refused is answered with its reason, not as a defect. */
  const guarded = async <T>(work: (glue: FileOutput) => Promise<T>): Promise<Result<T>> => {
    const glue = output()
    if (glue === null) return fail({ code: 'output_failed', errno: null })
    try {
      return succeed(await work(glue))
    } catch (error) {
      return fail({ code: 'output_failed', errno: errnoOf(error) })
    }
  }

  return {
    salesHistory: async (request) => succeed(history.page(request)),
    saleDetail: async ({ reference }) => {
      const found = saleHere(journal, reference)
      if (!found.ok) return found
      const sale = found.value
      const view = historySale(sale)
      return succeed({
        sale: view,
        history: sale.history.map((change) => ({ step: change.status, at: change.at })),
        failure: sale.failure,
        link: view.status === 'waiting' && sale.linkId !== null && sale.payLink ? saleLinkView(sale) : null,
        refundableCents: view.status === 'paid' && sale.refund?.state !== 'sent' ? sale.amountCents : 0,
        outOfOrder: sale.outOfOrder ?? []
      })
    },
    refundSale: async ({ reference, amountCents, pin }) =>
      pinRefusal(pin) ?? deps.refunds.refund(reference, amountCents),
    dayClose: async ({ from, to }) => {
      if (rangeDays(from, to, MAX_RANGE_DAYS) === null) return fail({ code: 'range_invalid', maxDays: MAX_RANGE_DAYS })
      const lookUps = {
        byLinkId: (linkId: number) => journal.byLinkId(linkId),
        // A pay-in's note names a sale of this environment's books, or none.
        byReference: (reference: string) => {
          const found = saleHere(journal, reference)
          return found.ok ? found.value : undefined
        }
      }
      const payIns = await fetchLocalDaysPayIns(deps.getClient(), from, to, {
        // The journal's own moment of payment tells which of Berlin's two October hours SecPaid's time means.
        hintOf: (transaction) => {
          const sale = isPayment(transaction) ? saleOfPayIn(transaction, lookUps) : undefined
          return sale === undefined ? undefined : paidAtMs(sale)
        }
      })
      // Payouts are filed under SecPaid's (Berlin) dates, as the pay-ins they gather.
      const dates = secPaidDatesOf(localSpanOf(from, to))
      const payouts = payIns.ok ? await fetchPayouts(deps.getClient(), dates[0] ?? from, dates.at(-1) ?? to) : null
      // What happened in the range (started, paid, refunds), not every sale kept: the close costs what its days hold.
      const active = journal.activeIn(localSpanOf(from, to))
      const report = buildDayClose({
        from,
        to,
        salesStarted: startedAmong(active, localSpanOf(from, to)),
        allSales: active,
        ...lookUps,
        payIns,
        payouts
      })
      const names = deps.cashierNames?.() ?? null
      const cashiers = cashierTotals(active, localSpanOf(from, to), names ?? {})
      const perCashier = names !== null || cashiers.some((totals) => totals.cashier !== OWNER_ID)
      const withCashiers = perCashier ? { ...report, cashiers } : report
      // The closing row: the close's own totals appended to the chain; its hash is the head it shows and prints.
      const closing = journal.appendClosingRow({
        from,
        to,
        at: new Date().toISOString(),
        environment: journal.currentEnvironment() ?? null,
        totals: report.totals,
        refunds: report.refunds
      })
      return succeed(
        closing.ok ? { ...withCashiers, chainHead: { rows: closing.head.seq, head: closing.head.hash } } : withCashiers
      )
    },
    salesRows: async ({ from, to }) => {
      if (rangeDays(from, to, MAX_ROWS_RANGE_DAYS) === null) {
        return fail({ code: 'range_invalid', maxDays: MAX_ROWS_RANGE_DAYS })
      }
      const sales = history.salesIn(from, to)
      const names = deps.cashierNames?.() ?? null
      const rows = salesRows(sales)
      if (names === null && !namesCashiers(sales)) return succeed({ rows })
      return succeed({ rows: rows.map((row, index) => ({ ...row, cashier: rowCashier(sales[index]!, names ?? {}) })) })
    },
    saveFile: async (request) => {
      const refusal = fileRefusal(request)
      if (refusal !== null) return fail(refusal)
      return guarded((glue) => glue.saveWithDialog(request.fileName, Buffer.from(request.content, 'utf8')))
    },
    openCsvFile: async () => {
      const opened = await guarded(async (glue) => {
        if (glue.openWithDialog === undefined) throw new Error('no open dialog here')
        return glue.openWithDialog(MAX_OPENED_BYTES)
      })
      if (!opened.ok) return opened
      if (opened.value === null) return succeed({ content: null })
      const text = openedText(opened.value)
      return text.ok ? succeed({ content: text.text }) : fail(text.error)
    },
    printPage: () => guarded((glue) => glue.print()),
    savePageAsPdf: async ({ fileName }) => {
      if (pdfFileNameRefused(fileName)) return fail({ code: 'file_refused', reason: 'name' })
      return guarded(async (glue) => glue.saveWithDialog(fileName, await glue.pageAsPdf()))
    }
  } satisfies Partial<ChannelHandlers>
}
