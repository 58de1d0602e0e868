import { useLanguage, useTranslate } from '../hooks/use-translate'
import { formatCents } from '../lib/format-money'
import { useSaleStore, type ShownLink } from '../stores/sale-store'
import { useSettingsStore } from '../stores/settings-store'
import { ErrorText } from './error-text'
import { QrCodeImage } from './qr-code-image'
import { Spinner } from './spinner'

/** What the customer sees: the QR code as large as the screen allows and the amount in very large type. */
export function QrScreen({ link }: { link: ShownLink }) {
  const t = useTranslate()
  const language = useLanguage()
  const demo = useSettingsStore((state) => state.settings?.demo ?? false)
  const simulateInFlight = useSaleStore((state) => state.simulateInFlight)
  const simulateError = useSaleStore((state) => state.simulateError)
  const backToKeypad = useSaleStore((state) => state.backToKeypad)
  const simulatePayment = useSaleStore((state) => state.simulatePayment)
  const amount = formatCents(link.amountCents, language)
  const details = [link.note, link.reference].filter((detail) => detail !== '').join(' · ')

  return (
    <main className="qr-screen" data-testid="qr-screen">
      <div className="qr-frame">
        <QrCodeImage payLink={link.payLink} qrImg={link.qrImg} alt={t('qrAlt', { amount })} />
      </div>
      <div className="qr-info">
        <p className="qr-scan">{t('scanToPay')}</p>
        <p className="qr-amount" data-testid="qr-amount">
          {amount}
        </p>
        {details !== '' && <p className="qr-details">{details}</p>}
        <ErrorText error={simulateError} testId="error-message" />
        <div className="qr-controls">
          <button type="button" className="quiet-button" onClick={backToKeypad} data-testid="back-to-keypad">
            {t('backToKeypad')}
          </button>
          {demo && (
            <button
              type="button"
              className="quiet-button"
              onClick={() => void simulatePayment()}
              disabled={simulateInFlight}
              data-testid="simulate-payment"
            >
              {simulateInFlight && <Spinner />}
              {t('simulatePayment')}
            </button>
          )}
        </div>
      </div>
    </main>
  )
}
