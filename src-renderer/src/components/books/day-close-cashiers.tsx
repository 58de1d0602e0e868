import type { CashierTotals } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'

/** The day close per cashier: paid sales, gross, tips (to pay out) and refunds, once the shop has cashiers. */
export function DayCloseCashiers({ cashiers }: { cashiers: readonly CashierTotals[] | undefined }) {
  const t = useTranslate()
  const language = useLanguage()
  if (cashiers === undefined) return null
  const euros = (cents: number) => formatCents(cents, language)
  return (
    <table className="day-close-table" data-testid="day-close-cashiers">
      <caption>{t('dayCloseCashiers')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dayCloseCashier')}</th>
          <th scope="col">{t('dayCloseCashierCount')}</th>
          <th scope="col">{t('dayCloseCashierGross')}</th>
          <th scope="col">{t('dayCloseCashierTips')}</th>
          <th scope="col">{t('dayCloseCashierRefunds')}</th>
        </tr>
      </thead>
      <tbody>
        {cashiers.map((totals) => (
          <tr key={totals.cashier} data-testid={`day-close-cashier-${totals.cashier}`}>
            <th scope="row">{totals.name ?? (totals.cashier === 'owner' ? t('staffOwner') : totals.cashier)}</th>
            <td>{totals.count}</td>
            <td>{euros(totals.grossCents)}</td>
            <td>{euros(totals.tipCents)}</td>
            <td>
              {totals.refundCount} · {euros(totals.refundCents)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
