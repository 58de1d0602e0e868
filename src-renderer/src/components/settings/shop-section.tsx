import { useState } from 'react'
import type { PublicSettings, ShopDetails } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { SectionSaveStatus } from './section-save-status'
import { useSectionSave } from './use-section-save'

/** The shop's name, address and VAT id, printed on receipts; each field saves when the owner leaves it. */
export function ShopSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const { state, save } = useSectionSave()
  const [draft, setDraft] = useState<ShopDetails>(settings.shop)
  const { limits } = settings
  const saveIfChanged = () => {
    if (JSON.stringify(draft) !== JSON.stringify(settings.shop)) void save({ shop: draft })
  }
  const edit = (key: keyof ShopDetails) => (value: string) => setDraft((current) => ({ ...current, [key]: value }))

  return (
    <section className="settings-card" aria-labelledby="shop-section-title" data-testid="shop-section">
      <h2 id="shop-section-title">{t('shopSection')}</h2>
      <label className="form-field">
        <span className="field-label">{t('shopName')}</span>
        <input
          className="text-input"
          value={draft.name}
          maxLength={limits.shopNameLength.max}
          onChange={(event) => edit('name')(event.target.value)}
          onBlur={saveIfChanged}
          data-testid="shop-name"
        />
      </label>
      <label className="form-field">
        <span className="field-label">{t('shopAddress')}</span>
        <textarea
          className="text-input"
          rows={3}
          value={draft.address}
          maxLength={limits.shopAddressLength.max}
          onChange={(event) => edit('address')(event.target.value)}
          onBlur={saveIfChanged}
          data-testid="shop-address"
        />
      </label>
      <label className="form-field">
        <span className="field-label">{t('shopVatId')}</span>
        <input
          className="text-input"
          value={draft.vatId}
          maxLength={limits.vatIdLength.max}
          onChange={(event) => edit('vatId')(event.target.value)}
          onBlur={saveIfChanged}
          data-testid="shop-vat-id"
        />
      </label>
      <SectionSaveStatus state={state} testId="shop-save-status" />
    </section>
  )
}
