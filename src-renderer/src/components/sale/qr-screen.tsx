import { useCallback, useEffect, useRef, useState } from 'react'

import { useEscapeKey } from '../../hooks/use-escape-key'
import { useFocusOnMount } from '../../hooks/use-focus-on-mount'
import { useLinkWatch } from '../../hooks/use-link-watch'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'
import { useCancelSaleStore } from '../../stores/cancel-sale-store'
import { flushClearedSale } from '../../stores/clear-after-charge'
import { useParkingStore } from '../../stores/parking-store'
import { type ShownLink, useSaleStore } from '../../stores/sale-store'
import { useSettingsStore } from '../../stores/settings-store'
import { ErrorText } from '../shared/error-text'
import { Spinner } from '../shared/spinner'
import { CancelSaleDialog } from './cancel-sale-dialog'
import { CheckNow } from './check-now'
import { LinkAge } from './link-age'
import { LinkExpiryWarning } from './link-expiry-warning'
import { LinkGone } from './link-gone'
import { QrCodeImage } from './qr-code-image'

/**
 * What the customer sees: the shop's name, the QR code as large as the screen allows and the amount in very large
 * type. The cashier's own details (note, reference, the link's age) and controls stay small at the side. While it is
 * shown, paid detection watches the link and switches to the Paid screen by itself; Escape goes back to the keypad.
 */
export function QrScreen({ link }: { link: ShownLink }) {
  const t = useTranslate()
  const language = useLanguage()
  useLinkWatch(link.linkId)
  // Clearing the keypad waits for this screen's first frame; leaving before it comes does it at once.
  useEffect(() => () => flushClearedSale(), [])
  // Cancelled, deleted, or (a sale's link that never came) failed: nothing to pay here any more.
  const gone = link.state !== 'waiting' && link.state !== 'paid'
  const demo = useSettingsStore((state) => state.settings?.demo ?? false)
  const shopName = useSettingsStore((state) => state.settings?.shop.name.trim() ?? '')
  const simulateInFlight = useSaleStore((state) => state.simulateInFlight)
  const simulateError = useSaleStore((state) => state.simulateError)
  const simulated = useSaleStore((state) => state.simulated)
  const cancelling = useCancelSaleStore((state) => state.cancelInFlight === link.linkId)
  const cancelError = useCancelSaleStore((state) =>
    state.cancelError?.linkId === link.linkId ? state.cancelError.error : null
  )
  const backToKeypad = useSaleStore((state) => state.backToKeypad)
  const simulatePayment = useSaleStore((state) => state.simulatePayment)
  const cancelSale = useCancelSaleStore((state) => state.cancelSale)
  const changeSale = useCancelSaleStore((state) => state.changeSale)
  const [confirmingCancel, setConfirmingCancel] = useState(false)
  const backButton = useRef<HTMLButtonElement>(null)
  useFocusOnMount(backButton)
  useEscapeKey(useCallback(() => backToKeypad(), [backToKeypad]))
  const amount = formatCents(link.amountCents, language)

  /** "Change" then the park dialog: the sale comes back on the keypad and is put aside under a name or number. */
  const changeAndPark = async (linkId: number) => {
    await changeSale(linkId)
    if (useSaleStore.getState().shownLink === null) useParkingStore.getState().openDialog()
  }

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
        {shopName !== '' && (
          <p className="qr-shop" data-testid="qr-shop">
            {shopName}
          </p>
        )}
        {!gone && <p className="qr-scan">{t('scanToPay')}</p>}
        <p className="qr-amount" data-testid="qr-amount">
          {amount}
        </p>
      </div>
      <aside className="qr-cashier" aria-label={t('qrCashierSide')} data-testid="qr-cashier">
        {link.recovered && (
          <p className="qr-notice" data-testid="recovered-notice">
            {t('recoveredNotice')}
          </p>
        )}
        {link.note !== '' && (
          <p className="qr-note" data-testid="qr-note">
            {link.note}
          </p>
        )}
        {link.reference !== null && (
          <p className="qr-reference" data-testid="qr-reference">
            {link.reference}
          </p>
        )}
        <LinkAge createdAt={link.createdAt} />
        {link.reference !== null && <LinkExpiryWarning linkId={link.linkId} />}
        {!gone && link.reference !== null && <CheckNow reference={link.reference} />}
        <ErrorText error={cancelError ?? simulateError} testId="error-message" />
        <div className="qr-controls">
          <button
            type="button"
            ref={backButton}
            className={gone ? 'primary-button' : 'secondary-button'}
            onClick={backToKeypad}
            data-testid="back-to-keypad"
          >
            {t('backToKeypad')}
          </button>
          {demo && !gone && (
            <button
              type="button"
              className="secondary-button"
              onClick={() => void simulatePayment()}
              disabled={simulateInFlight || simulated}
              data-testid="simulate-payment"
            >
              {(simulateInFlight || simulated) && <Spinner />}
              {simulated ? t('simulatedWaiting') : t('simulatePayment')}
            </button>
          )}
          {!gone && link.reference !== null && (
            <button
              type="button"
              className="secondary-button"
              onClick={() => void changeSale(link.linkId)}
              disabled={cancelling}
              title={t('changeSaleHint')}
              data-testid="change-sale"
            >
              {cancelling && <Spinner />}
              {t('changeSale')}
            </button>
          )}
          {!gone && link.reference !== null && (
            <button
              type="button"
              className="secondary-button"
              onClick={() => void changeAndPark(link.linkId)}
              disabled={cancelling}
              aria-label={t('parkFromQrLabel')}
              data-testid="park-from-qr"
            >
              {t('parkFromQr')}
            </button>
          )}
          {!gone && (
            <button
              type="button"
              className="danger-outline-button"
              onClick={() => setConfirmingCancel(true)}
              disabled={cancelling}
              data-testid="cancel-sale"
            >
              {cancelling && <Spinner />}
              {cancelling ? t('cancellingSale') : t('cancelSale')}
            </button>
          )}
        </div>
      </aside>
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
