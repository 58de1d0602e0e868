import type { ParkedSaleView } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'
import { type Translate } from '../../lib/words/i18n'
import { useParkingStore } from '../../stores/parking-store'
import { ErrorText } from '../shared/error-text'
import { ModalDialog } from '../shared/modal-dialog'

/** A parked sale's label: its name, or its number. */
export const parkedLabel = (sale: ParkedSaleView, t: Translate): string =>
  sale.name !== '' ? sale.name : t('parkedNumber', { number: sale.number })

/** The parked sales of this till, oldest first: each one resumed onto the keypad or thrown away. */
export function ParkedListDialog() {
  const t = useTranslate()
  const language = useLanguage()
  const sales = useParkingStore((state) => state.sales)
  const inFlight = useParkingStore((state) => state.inFlight)
  const error = useParkingStore((state) => state.error)
  const close = useParkingStore((state) => state.closeList)

  return (
    <ModalDialog title={t('parkedTitle')} onDismiss={close} testId="parked-list" className="dialog parked-dialog">
      <ul className="parked-list">
        {sales.map((sale) => {
          const label = parkedLabel(sale, t)
          return (
            <li key={sale.id} className="parked-sale" data-testid="parked-sale">
              <div className="parked-sale-text">
                <span className="parked-sale-name">{label}</span>
                <span className="parked-sale-detail">
                  {t.count('parkedLines', sale.lineCount, { amount: formatCents(sale.totalCents, language) })}
                  {sale.note !== '' && ` · ${sale.note}`}
                </span>
                {sale.restored && <span className="parked-sale-detail">{t('parkedRestored')}</span>}
              </div>
              <button
                type="button"
                className="secondary-button"
                onClick={() => void useParkingStore.getState().discard(sale.id)}
                disabled={inFlight}
                aria-label={t('parkedDiscardLabel', { name: label })}
                data-testid="parked-discard"
              >
                {t('parkedDiscard')}
              </button>
              <button
                type="button"
                className="primary-button"
                onClick={() => void useParkingStore.getState().resume(sale.id)}
                disabled={inFlight}
                aria-label={t('parkedResumeLabel', { name: label })}
                data-testid="parked-resume"
              >
                {t('parkedResume')}
              </button>
            </li>
          )
        })}
      </ul>
      <ErrorText error={error} testId="parked-error" />
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={close} data-testid="parked-close">
          {t('parkCancel')}
        </button>
      </div>
    </ModalDialog>
  )
}
