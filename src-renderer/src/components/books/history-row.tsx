import type { HistorySale } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'
import { formatTime, refundAsked, statusLabel } from '../../lib/words/books-labels'
import { LOCALES } from '../../lib/words/i18n'

export function HistoryRow({ sale, onOpen }: { sale: HistorySale; onOpen: () => void }) {
  const t = useTranslate()
  const language = useLanguage()
  return (
    <button type="button" className="history-row" onClick={onOpen} data-testid={`history-sale-${sale.reference}`}>
      <span className="history-time">{formatTime(sale.at, LOCALES[language])}</span>
      <span className="history-amount">{formatCents(sale.amountCents, language)}</span>
      <span className="history-note">{sale.note === '' ? t('historyNoNote') : sale.note}</span>
      <span className="history-reference">{sale.reference}</span>
      <span className={`status-badge status-${sale.status}`} data-testid="history-status">
        {t(statusLabel(sale.status, refundAsked(sale.refund)))}
      </span>
    </button>
  )
}
