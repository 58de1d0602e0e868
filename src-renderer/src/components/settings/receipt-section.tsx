import type { PublicSettings, ReceiptPaper, ReceiptSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { CheckboxField, ChoiceField, TextField } from './form-fields'
import { refusedField, SaveStatus, TYPING_PAUSE_MS, useSavedSetting } from './saved-fields'

/** Paper, printer and when to print; a choice saves at once, the printer's name once typing pauses or it is left. */
export function ReceiptSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const receipt = useSavedSetting(
    'receipt-save',
    settings.receipt,
    (next: ReceiptSettings) => ({ patch: { receipt: next } }),
    TYPING_PAUSE_MS
  )
  const choose = (change: Partial<ReceiptSettings>) => receipt.changeNow({ ...receipt.value, ...change })
  const papers: { value: ReceiptPaper; label: string }[] = [
    { value: 'mm58', label: t('paperMm58') },
    { value: 'mm80', label: t('paperMm80') },
    { value: 'a4', label: t('paperA4') }
  ]

  return (
    <section className="settings-card" aria-labelledby="receipt-section-title" data-testid="receipt-section">
      <h2 id="receipt-section-title">{t('receiptSection')}</h2>
      <ChoiceField
        label={t('receiptPaper')}
        value={receipt.value.paper}
        options={papers}
        onChange={(paper) => choose({ paper })}
        testId="receipt-paper"
      />
      <TextField
        label={t('receiptPrinter')}
        value={receipt.value.printerName}
        maxLength={settings.limits.printerNameLength.max}
        onChange={(printerName) => receipt.change({ ...receipt.value, printerName })}
        onBlur={receipt.commit}
        invalid={refusedField(receipt.status) === 'receipt.printerName'}
        testId="receipt-printer"
      />
      <CheckboxField
        label={t('receiptSilentPrint')}
        checked={receipt.value.silentPrint}
        onChange={(silentPrint) => choose({ silentPrint })}
        testId="receipt-silent-print"
      />
      <CheckboxField
        label={t('receiptPrintOnPaid')}
        checked={receipt.value.printOnPaid}
        onChange={(printOnPaid) => choose({ printOnPaid })}
        testId="receipt-print-on-paid"
      />
      <SaveStatus status={receipt.status} testId="receipt-save" />
    </section>
  )
}
