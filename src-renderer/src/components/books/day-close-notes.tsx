import type { DayCloseReport, PayInPagingNote, RefundTotals } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatDay } from '../../lib/format/format-date'
import { formatCents } from '../../lib/format/format-money'
import { formatTime, STEP_LABEL } from '../../lib/words/books-labels'
import { LOCALES } from '../../lib/words/i18n'

/** The refunds rows of a totals table: each refund with its own amount, beside the sales that stay paid. */
export function RefundRows({ refunds }: { refunds: RefundTotals }) {
  const t = useTranslate()
  const language = useLanguage()
  const rows = [
    ['refundsRequested', refunds.requested, 'requested'],
    ['refundsSent', refunds.sent, 'sent']
  ] as const
  return (
    <>
      {rows.map(([label, total, state]) => (
        <tr key={state} data-testid={`day-close-refunds-${state}`}>
          <th scope="row">{t(label)}</th>
          <td>{total.count}</td>
          <td>{total.cents === 0 ? formatCents(0, language) : `−${formatCents(total.cents, language)}`}</td>
        </tr>
      ))}
    </>
  )
}

/** Sales still waiting when the range ended: listed one by one, not counted as paid. */
export function OpenAtCloseList({ report }: { report: DayCloseReport }) {
  const t = useTranslate()
  const language = useLanguage()
  if (report.openAtClose.length === 0) return null
  return (
    <section data-testid="day-close-open">
      <h3>{t('dayCloseOpenAtClose')}</h3>
      <ul>
        {report.openAtClose.map((sale) => (
          <li key={sale.reference}>
            {t('dayCloseOpenSale', {
              reference: sale.reference,
              amount: formatCents(sale.amountCents, language),
              day: formatDay(sale.at.slice(0, 10), language) ?? sale.at.slice(0, 10),
              time: formatTime(sale.at, LOCALES[language])
            })}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Journal lines kept but ignored because they cannot have come after the ones before them. */
export function OutOfOrderList({ report }: { report: DayCloseReport }) {
  const t = useTranslate()
  const language = useLanguage()
  if (report.outOfOrder.length === 0) return null
  return (
    <section data-testid="day-close-out-of-order">
      <h3>{t('dayCloseOutOfOrder')}</h3>
      <p>{t('dayCloseOutOfOrderText')}</p>
      <ul>
        {report.outOfOrder.map((line, index) => (
          <li key={`${line.reference}-${index}`}>
            {t('outOfOrderLine', {
              reference: line.reference,
              step: t(STEP_LABEL[line.step]),
              time: formatTime(line.at, LOCALES[language])
            })}
          </li>
        ))}
      </ul>
    </section>
  )
}

const PAGING_LABEL = {
  pages_repeated: 'pagingRepeated',
  page_cap: 'pagingCap',
  short_pages: 'pagingShort'
} as const satisfies Record<PayInPagingNote['kind'], string>

/** What went wrong reading SecPaid's pages: its record may be incomplete. */
export function PagingNotes({ notes }: { notes: readonly PayInPagingNote[] }) {
  const t = useTranslate()
  const language = useLanguage()
  if (notes.length === 0) return null
  return (
    <ul role="alert" data-testid="day-close-paging">
      {notes.map((note) => (
        <li key={`${note.date}-${note.kind}`}>
          {t(PAGING_LABEL[note.kind], { date: formatDay(note.date, language) ?? note.date })}
        </li>
      ))}
    </ul>
  )
}
