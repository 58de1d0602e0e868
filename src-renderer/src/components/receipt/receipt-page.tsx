import { useEffect } from 'react'

import { useLanguage } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/words/error-messages'
import { useReceiptStore } from '../../stores/receipt-store'
import { useSettingsStore } from '../../stores/settings-store'
import { ReceiptLayout } from './receipt-layout'

/** What the print window's title becomes once the receipt is laid out (src-main/window/receipt-print-window.ts). */
const READY_TITLE = 'receipt-ready'
const FAILED_TITLE = 'receipt-failed'

/** The reference in `#receipt=<reference>`, or null when the page is not the receipt page. */
export function receiptReferenceOf(hash: string): string | null {
  const match = /^#receipt=(.+)$/.exec(hash)
  if (match === null) return null
  try {
    return decodeURIComponent(match[1] ?? '')
  } catch {
    return null
  }
}

/** The page the print window opens: asks main for the receipt and lays it out for the paper chosen in Settings. */
export function ReceiptPage({ reference }: { reference: string }) {
  const language = useLanguage()
  const receipt = useReceiptStore((state) => state.receipt)
  const error = useReceiptStore((state) => state.error)
  const settingsLoaded = useSettingsStore((state) => state.settings !== null)

  useEffect(() => {
    void useSettingsStore.getState().load()
    void useReceiptStore.getState().load(reference)
  }, [reference])

  useEffect(() => {
    if (!settingsLoaded) return
    if (receipt !== null) document.title = READY_TITLE
    else if (error !== null) document.title = FAILED_TITLE
  }, [receipt, error, settingsLoaded])

  if (!settingsLoaded) return null
  if (error !== null) {
    return (
      <p className="error-text" role="alert" data-testid="receipt-error">
        {errorMessage(error, language)}
      </p>
    )
  }
  return receipt === null ? null : <ReceiptLayout receipt={receipt} language={language} />
}
