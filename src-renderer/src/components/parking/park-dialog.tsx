import { useEffect, useId, useRef, useState } from 'react'

import { useTranslate } from '../../hooks/use-translate'
import { upToCharacters } from '../../lib/model/characters'
import { useParkingStore } from '../../stores/parking-store'
import { useSettingsStore } from '../../stores/settings-store'
import { ErrorText } from '../shared/error-text'
import { ModalDialog } from '../shared/modal-dialog'
import { Spinner } from '../shared/spinner'

/** Parks the keypad's sale, named ("Table 4") or, without a name, under the next number. */
export function ParkDialog() {
  const t = useTranslate()
  const hintId = useId()
  const [name, setName] = useState('')
  const field = useRef<HTMLInputElement>(null)
  const inFlight = useParkingStore((state) => state.inFlight)
  const error = useParkingStore((state) => state.error)
  const maxLength = useSettingsStore((state) => state.settings?.limits.parkedNameLength.max ?? 30)
  const close = useParkingStore((state) => state.closeDialog)
  useEffect(() => field.current?.focus(), [])

  return (
    <ModalDialog
      title={t('parkTitle')}
      onDismiss={close}
      onSubmit={(event) => {
        event.preventDefault()
        void useParkingStore.getState().park(name)
      }}
      describedBy={hintId}
      testId="park-dialog"
    >
      <label className="note-field">
        <span className="field-label">{t('parkName')}</span>
        <input
          ref={field}
          type="text"
          className="text-input"
          value={name}
          autoComplete="off"
          enterKeyHint="done"
          onChange={(event) => setName(upToCharacters(event.target.value, maxLength))}
          data-testid="park-name"
        />
      </label>
      <p id={hintId} className="field-hint">
        {t('parkNameHint')}
      </p>
      <ErrorText error={error} testId="park-error" />
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={close} data-testid="park-back">
          {t('parkCancel')}
        </button>
        <button type="submit" className="primary-button" disabled={inFlight} data-testid="park-confirm">
          {inFlight && <Spinner />}
          {t('parkConfirm')}
        </button>
      </div>
    </ModalDialog>
  )
}
