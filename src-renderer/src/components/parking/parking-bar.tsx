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
 * Beside the note: Park puts the sale aside (a queue at a stand, a table at a café), and the parked sales of this till
 * are one tap away. In the note's row, so the side column holds no more rows than before.
 */
export function ParkingBar() {
  const t = useTranslate()
  const typed = useKeypadStore((state) => selectAmountCents(state) > 0)
  const composed = useOrderStore((state) => isComposed(state))
  const held = useKeypadStore((state) => state.held)
  const { sales, dialogOpen, listOpen } = useParkingStore(
    useShallow((state) => ({ sales: state.sales, dialogOpen: state.dialogOpen, listOpen: state.listOpen }))
  )
  const environment = useSettingsStore((state) => state.settings?.environment)
  useEffect(() => {
    void useParkingStore.getState().refresh()
  }, [environment])

  return (
    <div className="parking-buttons" data-testid="parking-bar">
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
          {t('parkedOpen', { count: sales.length })}
        </button>
      )}
      {dialogOpen && <ParkDialog />}
      {listOpen && <ParkedListDialog />}
    </div>
  )
}

/** What the last park or resume came to; a product no longer offered is said, not dropped silently. */
export function ParkingNotice() {
  const t = useTranslate()
  const notice = useParkingStore((state) => state.notice)
  if (notice === null) return null
  return (
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
  )
}
