import { useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { useTranslate } from '../../hooks/use-translate'
import { selectAmountCents, useKeypadStore } from '../../stores/keypad-store'
import { isComposed, useOrderStore } from '../../stores/order-store'
import { useParkingStore } from '../../stores/parking-store'
import { useSettingsStore } from '../../stores/settings-store'
import { ParkDialog } from './park-dialog'
import { parkedLabel, ParkedListDialog } from './parked-list-dialog'

/**
 * Beside the sale being rung up: Park puts it aside (a queue at a stand, a table at a café), and the parked sales of
 * this till are one tap away. What the last park or resume came to is said here, a product no longer offered too.
 */
export function ParkingBar() {
  const t = useTranslate()
  const typed = useKeypadStore((state) => selectAmountCents(state) > 0)
  const composed = useOrderStore((state) => isComposed(state))
  const held = useKeypadStore((state) => state.held)
  const { sales, dialogOpen, listOpen, notice } = useParkingStore(
    useShallow((state) => ({
      sales: state.sales,
      dialogOpen: state.dialogOpen,
      listOpen: state.listOpen,
      notice: state.notice
    }))
  )
  const environment = useSettingsStore((state) => state.settings?.environment)
  useEffect(() => {
    void useParkingStore.getState().refresh()
  }, [environment])

  return (
    <div className="parking-bar" data-testid="parking-bar">
      <div className="parking-buttons">
        <button
          type="button"
          className="secondary-button"
          onClick={() => useParkingStore.getState().openDialog()}
          disabled={held || !(typed || composed)}
          aria-label={t('parkLabel')}
          data-testid="park-sale"
        >
          {t('park')}
        </button>
        {sales.length > 0 && (
          <button
            type="button"
            className="secondary-button"
            onClick={() => useParkingStore.getState().openList()}
            data-testid="parked-open"
          >
            {`${t('parkedTitle')} (${sales.length})`}
          </button>
        )}
      </div>
      {notice !== null && (
        <p className="parking-notice" role="status" data-testid="parking-notice">
          {notice.kind === 'parked'
            ? t('parkedDone', { name: parkedLabel(notice.sale, t) })
            : t('parkedResumed', { name: parkedLabel(notice.sale, t) })}
          {notice.kind === 'resumed' && notice.missing.length > 0 && (
            <span className="error-text" data-testid="resumed-missing">
              {' '}
              {t('resumedMissing', {
                items: notice.missing.map((line) => `${line.quantity} × ${line.name}`).join(', ')
              })}
            </span>
          )}
          {notice.kind === 'resumed' && notice.tipDropped && <span> {t('resumedTipDropped')}</span>}
        </p>
      )}
      {dialogOpen && <ParkDialog />}
      {listOpen && <ParkedListDialog />}
    </div>
  )
}
