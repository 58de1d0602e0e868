import { useShallow } from 'zustand/react/shallow'

import { useTranslate } from '../../hooks/use-translate'
import { selectAmountCents, useKeypadStore } from '../../stores/keypad-store'
import { useOrderStore } from '../../stores/order-store'
import { useSettingsStore } from '../../stores/settings-store'

/**
 * The VAT rate of the amount being typed, among the shop's rates (the default chosen until the cashier picks
 * another); "+" gives the line that rate. Not shown for a Kleinunternehmer or a shop with one rate.
 */
export function VatRateChoice() {
  const t = useTranslate()
  const tax = useSettingsStore((state) => state.settings?.tax)
  const typing = useKeypadStore((state) => selectAmountCents(state) > 0)
  const { typedRate, setTypedRate } = useOrderStore(
    useShallow((state) => ({ typedRate: state.typedRate, setTypedRate: state.setTypedRate }))
  )
  if (tax === undefined || tax.smallBusiness || tax.rates.length < 2 || !typing) return null
  const chosen = typedRate ?? tax.defaultRate

  return (
    <div className="tip-choice vat-rate-choice" role="radiogroup" aria-label={t('lineVatRate')}>
      {tax.rates.map((rate) => (
        <button
          key={rate}
          type="button"
          role="radio"
          aria-checked={rate === chosen}
          className="tip-option"
          onClick={() => setTypedRate(rate === tax.defaultRate ? null : rate)}
          data-testid={`vat-rate-${rate}`}
        >
          {t('vatRateOption', { rate })}
        </button>
      ))}
    </div>
  )
}
