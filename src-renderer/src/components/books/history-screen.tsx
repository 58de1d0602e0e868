import { useEffect } from 'react'

import type { HistorySale } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatDay } from '../../lib/format/format-date'
import { errorMessage } from '../../lib/words/error-messages'
import { useHistoryStore } from '../../stores/history-store'
import { useViewStore } from '../../stores/view-store'
import { HistoryRow } from './history-row'
import { SaleDetailView } from './sale-detail'

/** Sales grouped by their day, in the order main sent them (newest first). */
function byDay(sales: readonly HistorySale[]): [string, HistorySale[]][] {
  const groups: [string, HistorySale[]][] = []
  for (const sale of sales) {
    const last = groups.at(-1)
    if (last?.[0] === sale.day) last[1].push(sale)
    else groups.push([sale.day, [sale]])
  }
  return groups
}

/** Every sale of every day: a day picker, a search, and a sale opens to its status history. */
export function HistoryScreen() {
  const t = useTranslate()
  const language = useLanguage()
  const { day, search, sales, nextCursor, loading, error, detail, detailError } = useHistoryStore()
  const { setDay, setSearch, loadMore, reload, openSale } = useHistoryStore.getState()
  const show = useViewStore((state) => state.show)

  useEffect(() => {
    void reload()
  }, [reload])

  return (
    <div className="books-screen" data-testid="history-screen">
      <header className="top-bar">
        <button type="button" className="secondary-button" onClick={() => show('keypad')}>
          {t('booksBack')}
        </button>
        <h1>{t('historyTitle')}</h1>
      </header>
      {detail !== null ? (
        <SaleDetailView detail={detail} />
      ) : (
        <div className="books-body">
          <div className="history-filters">
            <label>
              {t('historyDay')}
              <input
                type="date"
                value={day ?? ''}
                onChange={(event) => setDay(event.target.value === '' ? null : event.target.value)}
                data-testid="history-day"
              />
            </label>
            {day !== null && (
              <button type="button" className="secondary-button" onClick={() => setDay(null)}>
                {t('historyAllDays')}
              </button>
            )}
            <input
              type="search"
              value={search}
              placeholder={t('historySearch')}
              aria-label={t('historySearch')}
              onChange={(event) => setSearch(event.target.value)}
              data-testid="history-search"
            />
          </div>
          {error !== null && <p role="alert">{errorMessage(error, language)}</p>}
          {detailError !== null && <p role="alert">{errorMessage(detailError, language)}</p>}
          {!loading && sales.length === 0 && error === null && (
            <p data-testid="history-empty">
              {search.trim() === '' ? t('historyEmpty') : t('historyNoMatch', { search: search.trim() })}
            </p>
          )}
          {byDay(sales).map(([saleDay, daySales]) => (
            <section key={saleDay} className="history-day" data-testid={`history-day-${saleDay}`}>
              <h2>{formatDay(saleDay, language) ?? saleDay}</h2>
              <ul>
                {daySales.map((sale) => (
                  <li key={sale.reference}>
                    <HistoryRow sale={sale} onOpen={() => void openSale(sale.reference)} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {nextCursor !== null && (
            <button type="button" className="secondary-button" onClick={() => void loadMore()} disabled={loading}>
              {t('historyMore')}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
