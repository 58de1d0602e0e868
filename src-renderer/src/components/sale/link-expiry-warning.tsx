import { useEffect } from 'react'

import { useNow } from '../../hooks/use-now'
import { useTranslate } from '../../hooks/use-translate'
import { useLinkExpiryStore } from '../../stores/link-expiry-store'
import { ErrorText } from '../shared/error-text'
import { Spinner } from '../shared/spinner'

/** The warning comes this long before main cancels the link. */
const WARN_MS = 60_000

/**
 * Links that do not wait forever, on the QR screen: main owns the time (a reload asks it again); a minute before the
 * link is cancelled the cashier is warned and can wait longer. What main did when the time ran out is said here.
 */
export function LinkExpiryWarning({ linkId }: { linkId: number }) {
  const t = useTranslate()
  const deadline = useLinkExpiryStore((state) => (state.expiry?.linkId === linkId ? state.expiry.deadline : null))
  const expired = useLinkExpiryStore((state) => (state.expired?.linkId === linkId ? state.expired : null))
  const error = useLinkExpiryStore((state) => state.error)
  useEffect(() => {
    void useLinkExpiryStore.getState().load(linkId)
    return () => useLinkExpiryStore.getState().clear()
  }, [linkId])

  return (
    <>
      {expired?.outcome === 'cancelled' && (
        <p className="qr-notice" role="status" data-testid="link-expired">
          {t('expiryCancelled', { reference: expired.reference })}
        </p>
      )}
      {expired?.outcome === 'not_confirmed' && (
        <p className="error-text" role="alert" data-testid="link-expiry-unconfirmed">
          {t('expiryNotConfirmed', { reference: expired.reference })}
        </p>
      )}
      {deadline !== null && expired?.outcome !== 'cancelled' && <Countdown deadline={deadline} />}
      <ErrorText error={error} testId="link-expiry-error" />
    </>
  )
}

/** Ticks only while a link may expire, so a QR screen without it keeps no timer. */
function Countdown({ deadline }: { deadline: number }) {
  const t = useTranslate()
  const now = useNow(1000)
  const extendMinutes = useLinkExpiryStore((state) => state.expiry?.extendMinutes ?? 0)
  const extending = useLinkExpiryStore((state) => state.extendInFlight)
  const leftMs = deadline - now
  if (leftMs > WARN_MS) return null
  const seconds = Math.max(0, Math.ceil(leftMs / 1000))
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
  return (
    <div className="link-expiry-warning" role="alert" data-testid="link-expiry-warning">
      <p>{t('expiryWarning', { time })}</p>
      <button
        type="button"
        className="primary-button"
        onClick={() => void useLinkExpiryStore.getState().extend()}
        disabled={extending}
        data-testid="link-expiry-extend"
      >
        {extending && <Spinner />}
        {t('expiryExtend', { minutes: extendMinutes })}
      </button>
    </div>
  )
}
