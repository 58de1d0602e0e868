import type { DayCloseReport } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'

/**
 * The tips of the sales paid in the range, apart by whom they belong to: the staff's (to be paid out at the end of
 * the day, not the shop's revenue) and the shop's (revenue). Shown only when there were tips.
 */
export function DayCloseTips({ report }: { report: DayCloseReport }) {
  const t = useTranslate()
  const language = useLanguage()
  const tips = report.tips
  if (tips === undefined || tips.staff.count + tips.shop.count === 0) return null
  const rows = [
    ['staff', 'dayCloseTipsStaff', tips.staff],
    ['shop', 'dayCloseTipsShop', tips.shop]
  ] as const
  return (
    <table className="day-close-table" data-testid="day-close-tips">
      <caption>{t('dayCloseTips')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tipKind')}</th>
          <th scope="col">{t('dayCloseCount')}</th>
          <th scope="col">{t('dayCloseSum')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([kind, label, total]) => (
          <tr key={kind} data-testid={`day-close-tips-${kind}`}>
            <th scope="row">{t(label)}</th>
            <td>{total.count}</td>
            <td>{formatCents(total.cents, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
