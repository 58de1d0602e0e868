import { useShallow } from 'zustand/react/shallow'

import type { QuotedLine, SaleLine, SaleQuote } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'
import { errorMessage } from '../../lib/words/error-messages'
import { useKeypadStore } from '../../stores/keypad-store'
import { currentQuote, effectiveComposition, isComposed, useOrderStore } from '../../stores/order-store'
import { useSettingsStore } from '../../stores/settings-store'

/** Main's figure for the line at `index` when main's last quote has that very line there; null while it is asked. */
function quotedTotal(quote: SaleQuote | null, line: SaleLine, index: number): number | null {
  const quoted: QuotedLine | undefined = quote?.lines[index]
  if (quoted === undefined || quoted.kind !== line.kind) return null
  if (quoted.kind === 'amount' && line.kind === 'amount') {
    return quoted.amountCents === line.amountCents ? quoted.totalCents : null
  }
  if (quoted.kind === 'product' && line.kind === 'product') {
    return quoted.productId === line.productId && quoted.quantity === line.quantity ? quoted.totalCents : null
  }
  return null
}

/**
 * The running list of a sale of several lines, with main's figures: each line's total, subtotal, tip and total. A
 * line shows the moment it is added (its name and quantity are the cashier's choice); its total, like every figure,
 * is main's and shows once main has priced it. The amount still being typed shows as a last line without a remove
 * button until "+" adds it.
 */
const formatTotal = (cents: number | null, language: Parameters<typeof formatCents>[1]) =>
  cents === null ? '…' : formatCents(cents, language)

export function SaleLines() {
  const t = useTranslate()
  const language = useLanguage()
  const products = useSettingsStore((state) => state.settings?.products)
  const tax = useSettingsStore((state) => state.settings?.tax)
  // The amount on the keypad is the last line: the list follows it as it is typed.
  useKeypadStore((state) => state.entry)
  const { composed, lines, typedRate, addedCount, quote, quoteError, removeLine, clear } = useOrderStore(
    useShallow((state) => ({
      composed: isComposed(state),
      lines: state.lines,
      typedRate: state.typedRate,
      addedCount: state.lines.length,
      quote: currentQuote(state) ?? state.quote,
      quoteError: state.quoteError,
      removeLine: state.removeLine,
      clear: state.clear
    }))
  )
  if (!composed) return null

  const shown = effectiveComposition({ lines, tip: { kind: 'none' }, typedRate }).lines
  // The owner's name for it; main's (from the last quote) for a product the owner removed since.
  const nameOf = (productId: string): string => {
    const known = products?.find((product) => product.id === productId)
    if (known !== undefined) return known.name
    const quoted = quote?.lines.find((line) => line.kind === 'product' && line.productId === productId)
    return quoted?.kind === 'product' ? quoted.name : ''
  }
  // A rate other than the shop's default is named on its line (main's, once quoted), so the cashier sees what was
  // picked before Charge.
  const rateNote = (line: SaleLine, index: number): string => {
    const quoted = quotedTotal(quote, line, index) === null ? undefined : quote?.lines[index]
    if (quoted === undefined || tax === undefined || tax.smallBusiness || quoted.vatRate === tax.defaultRate) return ''
    return ` (${t('vatRateOption', { rate: quoted.vatRate })})`
  }
  const describe = (line: SaleLine, index: number) =>
    (line.kind === 'amount' ? t('amountLine') : `${line.quantity} × ${nameOf(line.productId)}`) + rateNote(line, index)

  return (
    <section className="sale-lines" aria-label={t('saleLinesLabel')} data-testid="sale-lines">
      {shown.length > 0 && (
        <ul className="sale-lines-list">
          {shown.map((line, index) => (
            <li key={index} className="sale-line" data-testid="sale-line">
              <span className="sale-line-name">{describe(line, index)}</span>
              <span className="sale-line-total">{formatTotal(quotedTotal(quote, line, index), language)}</span>
              {index < addedCount ? (
                <button
                  type="button"
                  className="sale-line-remove"
                  aria-label={t('removeLine', { line: describe(line, index) })}
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
