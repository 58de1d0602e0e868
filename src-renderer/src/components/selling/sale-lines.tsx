import { useShallow } from 'zustand/react/shallow'

import type { QuotedLine } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'
import { errorMessage } from '../../lib/words/error-messages'
import { currentQuote, isComposed, useOrderStore } from '../../stores/order-store'
import { useSettingsStore } from '../../stores/settings-store'

/**
 * The running list of a sale of several lines, with main's figures: each line's total, subtotal, tip and total. The
 * amount still being typed shows as a last line without a remove button until "+" adds it.
 */
export function SaleLines() {
  const t = useTranslate()
  const language = useLanguage()
  const tax = useSettingsStore((state) => state.settings?.tax)
  const { composed, addedCount, quote, quoteError, removeLine, clear } = useOrderStore(
    useShallow((state) => ({
      composed: isComposed(state),
      addedCount: state.lines.length,
      quote: currentQuote(state) ?? state.quote,
      quoteError: state.quoteError,
      removeLine: state.removeLine,
      clear: state.clear
    }))
  )
  if (!composed) return null

  // A rate other than the shop's default is named on its line, so the cashier sees what was picked before Charge.
  const rateNote = (line: QuotedLine) =>
    tax === undefined || tax.smallBusiness || line.vatRate === tax.defaultRate
      ? ''
      : ` (${t('vatRateOption', { rate: line.vatRate })})`
  const describe = (line: QuotedLine) =>
    (line.kind === 'amount' ? t('amountLine') : `${line.quantity} × ${line.name}`) + rateNote(line)

  return (
    <section className="sale-lines" aria-label={t('saleLinesLabel')} data-testid="sale-lines">
      {quote !== null && (
        <ul className="sale-lines-list">
          {quote.lines.map((line, index) => (
            <li key={index} className="sale-line" data-testid="sale-line">
              <span className="sale-line-name">{describe(line)}</span>
              <span className="sale-line-total">{formatCents(line.totalCents, language)}</span>
              {index < addedCount ? (
                <button
                  type="button"
                  className="sale-line-remove"
                  aria-label={t('removeLine', { line: describe(line) })}
                  onClick={() => removeLine(index)}
                  data-testid="sale-line-remove"
                >
                  ×
                </button>
              ) : (
                <span className="sale-line-remove" aria-hidden="true" />
              )}
            </li>
          ))}
        </ul>
      )}
      {quote !== null && (
        <dl className="sale-figures">
          <dt>{t('subtotal')}</dt>
          <dd data-testid="sale-subtotal">{formatCents(quote.subtotalCents, language)}</dd>
          {quote.tipCents > 0 && (
            <>
              <dt>{t('tip')}</dt>
              <dd data-testid="sale-tip">{formatCents(quote.tipCents, language)}</dd>
            </>
          )}
          <dt>{t('total')}</dt>
          <dd data-testid="sale-total">{formatCents(quote.totalCents, language)}</dd>
        </dl>
      )}
      {quoteError !== null && (
        <p className="error-text" role="alert" data-testid="sale-quote-error">
          {errorMessage(quoteError, language)}
        </p>
      )}
      <button type="button" className="secondary-button" onClick={clear} data-testid="sale-clear">
        {t('clearSale')}
      </button>
    </section>
  )
}
