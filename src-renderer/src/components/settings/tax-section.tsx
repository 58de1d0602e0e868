import type { PublicSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { parseRates, type TaxDraft, taxPatch } from '../../lib/model/tax-patch'
import { CheckboxField, ChoiceField, TextField } from './form-fields'
import { refusedField, SaveStatus, TYPING_PAUSE_MS, useSavedSetting } from './saved-fields'

/** The shop's VAT rates, the default for typed amounts, Kleinunternehmer and the tax number; each change saves. */
export function TaxSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const { rates, defaultRate, smallBusiness, taxNumber } = settings.tax
  const saved: TaxDraft = { rates: rates.join(', '), defaultRate, smallBusiness, taxNumber }
  const tax = useSavedSetting('tax-save', saved, taxPatch(settings.limits), TYPING_PAUSE_MS)
  const refused = refusedField(tax.status)
  const typedRates = parseRates(tax.value.rates) ?? rates

  return (
    <section className="settings-card" aria-labelledby="tax-section-title" data-testid="tax-section">
      <h2 id="tax-section-title">{t('taxSection')}</h2>
      <p className="field-hint">{t('taxHint')}</p>
      <CheckboxField
        label={t('taxSmallBusiness')}
        checked={tax.value.smallBusiness}
        onChange={(checked) => tax.changeNow({ ...tax.value, smallBusiness: checked })}
        testId="tax-small-business"
      />
      <TextField
        label={t('taxRates')}
        inputMode="numeric"
        value={tax.value.rates}
        onChange={(typed) => tax.change({ ...tax.value, rates: typed })}
        onBlur={tax.commit}
        invalid={refused?.startsWith('tax.rates') === true}
        testId="tax-rates"
      />
      {refused?.startsWith('tax.rates') === true && (
        <p className="field-hint">{t('taxRatesInvalid', { max: settings.limits.vatRates.max })}</p>
      )}
      <ChoiceField
        label={t('taxDefaultRate')}
        value={String(tax.value.defaultRate)}
        options={typedRates.map((rate) => ({ value: String(rate), label: t('vatRateOption', { rate }) }))}
        onChange={(rate) => tax.changeNow({ ...tax.value, defaultRate: Number(rate) })}
        testId="tax-default-rate"
      />
      <TextField
        label={t('taxNumber')}
        maxCharacters={settings.limits.taxNumberLength.max}
        value={tax.value.taxNumber}
        onChange={(typed) => tax.change({ ...tax.value, taxNumber: typed })}
        onBlur={tax.commit}
        invalid={refused === 'tax.taxNumber'}
        testId="tax-number"
      />
      <SaveStatus status={tax.status} testId="tax-save" />
    </section>
  )
}
