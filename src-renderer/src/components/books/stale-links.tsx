import { useEffect, useId, useState } from 'react'

import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatDateTime } from '../../lib/format/format-date-time'
import { formatCents } from '../../lib/format/format-money'
import { useSettingsStore } from '../../stores/settings-store'
import { useStaleLinksStore } from '../../stores/stale-links-store'
import { ErrorText } from '../shared/error-text'
import { ModalDialog } from '../shared/modal-dialog'
import { Spinner } from '../shared/spinner'

/** The day close's "still waiting": links older than a day, cancelled all at once, safely, behind the PIN. */
export function StaleLinks() {
  const t = useTranslate()
  const language = useLanguage()
  const links = useStaleLinksStore((state) => state.links)
  const result = useStaleLinksStore((state) => state.result)
  const [asking, setAsking] = useState(false)
  useEffect(() => {
    void useStaleLinksStore.getState().load()
  }, [])

  return (
    <section className="stale-links no-print" aria-labelledby="stale-links-title" data-testid="stale-links">
      <h2 id="stale-links-title">{t('staleTitle')}</h2>
      {links.length === 0 ? (
        <p>{t('staleNone')}</p>
      ) : (
        <>
          <ul className="stale-links-list">
            {links.map((link) => (
              <li key={link.reference} data-testid="stale-link">
                <span>{link.reference}</span> <span>{formatCents(link.amountCents, language)}</span>{' '}
                <span>{formatDateTime(link.createdAt, language)}</span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="danger-outline-button"
            onClick={() => setAsking(true)}
            data-testid="stale-cancel-all"
          >
            {t('staleCancelAll', { count: links.length })}
          </button>
        </>
      )}
      {result !== null && (
        <p role="status" data-testid="stale-result">
          {t('staleDone', { cancelled: result.cancelled, paid: result.paid, failed: result.failed })}
        </p>
      )}
      {asking && <CancelAllDialog count={links.length} onClose={() => setAsking(false)} />}
    </section>
  )
}

function CancelAllDialog({ count, onClose }: { count: number; onClose: () => void }) {
  const t = useTranslate()
  const textId = useId()
  const pinSet = useSettingsStore((state) => state.settings?.pinSet ?? false)
  const busy = useStaleLinksStore((state) => state.busy)
  const error = useStaleLinksStore((state) => state.error)
  const [pin, setPin] = useState('')
  const confirm = async () => {
    if (await useStaleLinksStore.getState().cancelAll(pinSet ? pin : undefined)) onClose()
  }
  return (
    <ModalDialog
      title={t('staleCancelAll', { count })}
      onDismiss={onClose}
      onSubmit={(event) => {
        event.preventDefault()
        void confirm()
      }}
      describedBy={textId}
      testId="stale-dialog"
    >
      <p id={textId}>{t('staleConfirm')}</p>
      {pinSet && (
        <label>
          {t('stalePin')}
          <input
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={(event) => setPin(event.target.value)}
            data-testid="stale-pin"
          />
        </label>
      )}
      <ErrorText error={error} testId="stale-error" />
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={onClose} data-testid="stale-keep">
          {t('parkCancel')}
        </button>
        <button
          type="submit"
          className="danger-button"
          disabled={busy || (pinSet && pin === '')}
          data-testid="stale-confirm"
        >
          {busy && <Spinner />}
          {t('staleCancelAll', { count })}
        </button>
      </div>
    </ModalDialog>
  )
}
