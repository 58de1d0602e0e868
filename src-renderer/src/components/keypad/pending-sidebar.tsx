import { useCallback, useState } from 'react'

import type { LinkView } from '../../../../src-preload/contract'
import { useNow } from '../../hooks/use-now'
import { useTranslate } from '../../hooks/use-translate'
import { isOfflineError } from '../../lib/words/error-messages'
import { useCancelSaleStore } from '../../stores/cancel-sale-store'
import { usePendingStore } from '../../stores/pending-store'
import { useSettingsStore } from '../../stores/settings-store'
import { useViewStore } from '../../stores/view-store'
import { CancelSaleDialog } from '../sale/cancel-sale-dialog'
import { ErrorText } from '../shared/error-text'
import { WindowedList } from '../shared/windowed-list'
import { PendingItem } from './pending-item'

/** The height of one pending row and the gap below it (styles/pending.css: .pending-item 76 px + 8 px). */
const PENDING_ROW_HEIGHT = 84
import { Spinner } from '../shared/spinner'

export function PendingSidebar() {
  const t = useTranslate()
  const pendingLinks = usePendingStore((state) => state.pendingLinks)
  const complete = usePendingStore((state) => state.complete)
  const now = useNow()
  const search = usePendingStore((state) => state.search)
  const loading = usePendingStore((state) => state.loading)
  const loaded = usePendingStore((state) => state.loaded)
  // An outage is the offline banner's to say; the list only speaks of its own troubles.
  const error = usePendingStore((state) => (state.error !== null && isOfflineError(state.error) ? null : state.error))
  const setSearch = usePendingStore((state) => state.setSearch)
  const refresh = usePendingStore((state) => state.refresh)
  const searchMaxLength = useSettingsStore((state) => state.settings?.limits.searchLength.max)
  const pendingOpen = useViewStore((state) => state.pendingOpen)
  const togglePending = useViewStore((state) => state.togglePending)
  const cancelError = useCancelSaleStore((state) => state.cancelError?.error ?? null)
  const cancelSale = useCancelSaleStore((state) => state.cancelSale)
  const [confirmingCancel, setConfirmingCancel] = useState<LinkView | null>(null)
  // Stable, so the memoized items do not re-render whenever the sidebar does.
  const askToCancel = useCallback((link: LinkView) => setConfirmingCancel(link), [])

  const confirmCancel = (linkId: number) => {
    setConfirmingCancel(null)
    void cancelSale(linkId)
  }

  // More links than SecPaid sends in one answer: the count is a lower bound, and says so.
  const pendingCount = complete ? String(pendingLinks.length) : `${pendingLinks.length}+`
  const emptyText = search.trim() === '' ? t('pendingEmpty') : t('pendingNoMatch', { search: search.trim() })

  return (
    <aside className={`pending${pendingOpen ? ' is-open' : ''}`} aria-label={t('pendingTitle')}>
      <button
        type="button"
        className="pending-toggle"
        aria-expanded={pendingOpen}
        onClick={togglePending}
        data-testid="pending-toggle"
      >
        {t('pendingToggle', { count: pendingCount })}
        <span className="pending-toggle-chevron" aria-hidden="true" />
      </button>
      <div className="pending-body" data-testid="pending-list">
        <h2 className="pending-title">
          {t('pendingTitle')} <span data-testid="pending-count">({pendingCount})</span>
        </h2>
        <div className="pending-tools">
          <input
            type="search"
            className="text-input"
            value={search}
            maxLength={searchMaxLength}
            placeholder={t('pendingSearch')}
            aria-label={t('pendingSearch')}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="pending-search"
          />
          <button
            type="button"
            className="icon-button"
            onClick={() => void refresh()}
            disabled={loading}
            aria-label={t('pendingRefresh')}
            title={t('pendingRefresh')}
            data-testid="pending-refresh"
          >
            {loading ? <Spinner /> : <span aria-hidden="true">⟳</span>}
          </button>
        </div>
        <ErrorText error={error} testId="pending-error" retrying />
        <ErrorText error={cancelError} testId="error-message" />
        {!loaded && loading && <p className="pending-state">{t('loading')}</p>}
        {loaded && pendingLinks.length === 0 && (
          <p className="pending-state" data-testid="pending-empty">
            {emptyText}
          </p>
        )}
        <WindowedList
          className="pending-items"
          items={pendingLinks}
          rowHeight={PENDING_ROW_HEIGHT}
          keyOf={(link) => link.linkId}
          renderItem={(link) => <PendingItem link={link} now={now} onCancel={askToCancel} />}
          testId="pending-items"
        />
      </div>
      {confirmingCancel !== null && (
        <CancelSaleDialog
          amountCents={confirmingCancel.amountCents}
          onConfirm={() => confirmCancel(confirmingCancel.linkId)}
          onKeep={() => setConfirmingCancel(null)}
        />
      )}
    </aside>
  )
}
