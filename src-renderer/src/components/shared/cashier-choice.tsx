import type { CashierView } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { useStaffStore } from '../../stores/staff-store'

/** The name main keeps for a cashier; the owner's is the app's own word. */
export function useCashierName(): (cashier: CashierView) => string {
  const t = useTranslate()
  return (cashier) => cashier.name ?? t('staffOwner')
}

/** The lock screen's "who is at the counter?": one big button per cashier; the PIN pad below takes their PIN. */
export function CashierChoice() {
  const t = useTranslate()
  const nameOf = useCashierName()
  const cashiers = useStaffStore((state) => state.view?.cashiers ?? [])
  const chosen = useStaffStore((state) => state.chosen)
  const choose = useStaffStore((state) => state.choose)
  return (
    <div className="cashier-choice" role="group" aria-label={t('staffSignInTitle')} data-testid="cashier-choice">
      {cashiers.map((cashier) => (
        <button
          key={cashier.id}
          type="button"
          className={chosen === cashier.id ? 'primary-button' : 'secondary-button'}
          aria-pressed={chosen === cashier.id}
          onClick={() => choose(cashier.id)}
          data-testid={`cashier-${cashier.id}`}
        >
          {nameOf(cashier)}
        </button>
      ))}
    </div>
  )
}
