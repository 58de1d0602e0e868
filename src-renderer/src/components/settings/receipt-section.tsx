import { useState } from 'react'
import type { PublicSettings, ReceiptPaper, ReceiptSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { CheckboxField, ChoiceField } from './form-fields'
import { SectionSaveStatus } from './section-save-status'
import { useSectionSave } from './use-section-save'

/** Paper, printer and when to print; choices save at once, the printer's name when the owner leaves the field. */
export function ReceiptSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const { state, save } = useSectionSave()
  const [draft, setDraft] = useState<ReceiptSettings>(settings.receipt)
  const saveNow = (next: ReceiptSettings) => {
    setDraft(next)
    void save({ receipt: next })
  }
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
        value={draft.paper}
        options={papers}
        onChange={(paper) => saveNow({ ...draft, paper })}
        testId="receipt-paper"
      />
      <label className="form-field">
        <span className="field-label">{t('receiptPrinter')}</span>
        <input
          className="text-input"
          value={draft.printerName}
          maxLength={settings.limits.printerNameLength.max}
          onChange={(event) => setDraft({ ...draft, printerName: event.target.value })}
          onBlur={() => {
            if (draft.printerName !== settings.receipt.printerName) void save({ receipt: draft })
          }}
          data-testid="receipt-printer"
        />
      </label>
      <CheckboxField
        label={t('receiptSilentPrint')}
        checked={draft.silentPrint}
        onChange={(silentPrint) => saveNow({ ...draft, silentPrint })}
        testId="receipt-silent-print"
      />
      <CheckboxField
        label={t('receiptPrintOnPaid')}
        checked={draft.printOnPaid}
        onChange={(printOnPaid) => saveNow({ ...draft, printOnPaid })}
        testId="receipt-print-on-paid"
      />
      <SectionSaveStatus state={state} testId="receipt-save-status" />
    </section>
  )
}
