import { useState } from 'react'

import type { IpcError } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/words/error-messages'
import { useReceiptStore } from '../../stores/receipt-store'

/** Prints a paid sale's receipt again, on the paper and printer chosen in Settings; says why when it cannot. */
export function PrintReceiptButton({ reference }: { reference: string }) {
  const t = useTranslate()
  const language = useLanguage()
  const [printing, setPrinting] = useState(false)
  const [failure, setFailure] = useState<IpcError | null>(null)
  const print = async () => {
    setPrinting(true)
    setFailure(await useReceiptStore.getState().print(reference))
    setPrinting(false)
  }
  return (
    <>
      <button
        type="button"
        className="secondary-button"
        disabled={printing}
        onClick={() => void print()}
        data-testid="sale-print-receipt"
      >
        {t('printReceipt')}
      </button>
      {failure !== null && (
        <p role="alert" className="error-text" data-testid="sale-print-error">
          {errorMessage(failure, language)}
        </p>
      )}
    </>
  )
}
