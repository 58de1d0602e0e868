import { useState } from 'react'
import { useLinkWatch } from '../../hooks/use-link-watch'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format-money'
import { useSaleStore, type ShownLink } from '../../stores/sale-store'
import { useSettingsStore } from '../../stores/settings-store'
import { CancelSaleDialog } from './cancel-sale-dialog'
import { ErrorText } from '../shared/error-text'
import { LinkGone } from './link-gone'
import { QrCodeImage } from './qr-code-image'
import { Spinner } from '../shared/spinner'

/**
 * What the customer sees: the QR code as large as the screen allows and the amount in very large type.
 * While it is shown, paid detection watches the link and switches to the Paid screen by itself.
 */
export function QrScreen({ link }: { link: ShownLink }) {
  const t = useTranslate()
  const language = useLanguage()
  useLinkWatch(link.linkId)
  const gone = link.state === 'gone'
  const demo = useSettingsStore((state) => state.settings?.demo ?? false)
  const simulateInFlight = useSaleStore((state) => state.simulateInFlight)
  const simulateError = useSaleStore((state) => state.simulateError)
  const simulated = useSaleStore((state) => state.simulated)
  const cancelling = useSaleStore((state) => state.cancelInFlight === link.linkId)
  const cancelError = useSaleStore((state) =>
    state.cancelError?.linkId === link.linkId ? state.cancelError.error : null
  )
  const backToKeypad = useSaleStore((state) => state.backToKeypad)
  const simulatePayment = useSaleStore((state) => state.simulatePayment)
  const cancelSale = useSaleStore((state) => state.cancelSale)
  const [confirmingCancel, setConfirmingCancel] = useState(false)
  const amount = formatCents(link.amountCents, language)
  const details = [link.note, link.reference ?? ''].filter((detail) => detail !== '').join(' · ')

  const confirmCancel = () => {
    setConfirmingCancel(false)
    void cancelSale(link.linkId)
  }

  return (
    <main className="qr-screen" data-testid="qr-screen">
      <div className="qr-frame">
        {gone ? <LinkGone /> : <QrCodeImage payLink={link.payLink} qrImg={link.qrImg} alt={t('qrAlt', { amount })} />}
      </div>
      <div className="qr-info">
        {link.recovered && (
          <p className="qr-notice" data-testid="recovered-notice">
            {t('recoveredNotice')}
          </p>
        )}
        {!gone && <p className="qr-scan">{t('scanToPay')}</p>}
        <p className="qr-amount" data-testid="qr-amount">
          {amount}
        </p>
        {details !== '' && <p className="qr-details">{details}</p>}
        <ErrorText error={cancelError ?? simulateError} testId="error-message" />
        <div className="qr-controls">
          <button
            type="button"
            className={gone ? 'primary-button' : 'quiet-button'}
            onClick={backToKeypad}
            data-testid="back-to-keypad"
          >
            {t('backToKeypad')}
          </button>
          {demo && !gone && (
            <button
              type="button"
              className="quiet-button"
              onClick={() => void simulatePayment()}
              disabled={simulateInFlight || simulated}
              data-testid="simulate-payment"
            >
              {(simulateInFlight || simulated) && <Spinner />}
              {simulated ? t('simulatedWaiting') : t('simulatePayment')}
            </button>
          )}
        </div>
        {!gone && (
          <button
            type="button"
            className="link-button qr-cancel"
            onClick={() => setConfirmingCancel(true)}
            disabled={cancelling}
            data-testid="cancel-sale"
          >
            {cancelling && <Spinner />}
            {cancelling ? t('cancellingSale') : t('cancelSale')}
          </button>
        )}
      </div>
      {confirmingCancel && (
        <CancelSaleDialog
          amountCents={link.amountCents}
          onConfirm={confirmCancel}
          onKeep={() => setConfirmingCancel(false)}
        />
      )}
    </main>
  )
}
