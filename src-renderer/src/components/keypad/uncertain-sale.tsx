import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'
import { errorMessage, isOfflineError } from '../../lib/words/error-messages'
import { type UncertainSale as UncertainSaleValue, useUncertainSaleStore } from '../../stores/uncertain-sale-store'
import { Spinner } from '../shared/spinner'

/** Stands in for the charge error while a lost charge answer is unsettled; Charge stays disabled meanwhile. */
export function UncertainSale() {
  const uncertainSale = useUncertainSaleStore((state) => state.uncertainSale)
  if (uncertainSale === null) return null
  return <UncertainSaleWarning sale={uncertainSale} />
}

function UncertainSaleWarning({ sale }: { sale: UncertainSaleValue }) {
  const t = useTranslate()
  const language = useLanguage()
  const resolveInFlight = useUncertainSaleStore((state) => state.resolveInFlight)
  const resolveError = useUncertainSaleStore((state) => state.resolveError)
  const resolveUncertainSale = useUncertainSaleStore((state) => state.resolveUncertainSale)

  // While main still cannot tell, what matters is why: SecPaid out of reach, or something it answered.
  const cause = resolveError?.code === 'outcome_unknown' ? resolveError.cause : resolveError
  const failure =
    resolveError === null || cause === null
      ? null
      : isOfflineError(cause)
        ? t('uncertainSaleStillUnknown')
        : errorMessage(resolveError, language, { retrying: true })

  return (
    <div className="uncertain-sale" role="alert" data-testid="uncertain-sale">
      <p className="uncertain-sale-title">{t('uncertainSale')}</p>
      <p className="uncertain-sale-detail">
        {t('uncertainSaleDetail', { reference: sale.reference, amount: formatCents(sale.amountCents, language) })}
      </p>
      {failure !== null && (
        <p className="error-text" data-testid="error-message">
          {failure}
        </p>
      )}
      <button
        type="button"
        className="primary-button"
        onClick={() => void resolveUncertainSale()}
        disabled={resolveInFlight}
        aria-busy={resolveInFlight}
        data-testid="resolve-sale"
      >
        {resolveInFlight && <Spinner />}
        {resolveInFlight ? t('checkingSale') : t('checkAgain')}
      </button>
    </div>
  )
}
