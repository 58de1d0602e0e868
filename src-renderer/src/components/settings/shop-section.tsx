import type { PublicSettings, ShopDetails } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { TextField } from './form-fields'
import { refusedField, SaveStatus, TYPING_PAUSE_MS, useSavedSetting } from './saved-fields'

/** The shop's name, address and VAT id, printed on receipts; saved as one, once typing pauses or a field is left. */
export function ShopSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const shop = useSavedSetting(
    'shop-save',
    settings.shop,
    (details: ShopDetails) => ({ patch: { shop: details } }),
    TYPING_PAUSE_MS
  )
  const { limits } = settings
  const refused = refusedField(shop.status)
  const field = (key: keyof ShopDetails) => ({
    value: shop.value[key],
    onChange: (text: string) => shop.change({ ...shop.value, [key]: text }),
    onBlur: shop.commit,
    invalid: refused === `shop.${key}`
  })

  return (
    <section className="settings-card" aria-labelledby="shop-section-title" data-testid="shop-section">
      <h2 id="shop-section-title">{t('shopSection')}</h2>
      <TextField
        label={t('shopName')}
        maxCharacters={limits.shopNameLength.max}
        {...field('name')}
        testId="shop-name"
      />
      <TextField
        label={t('shopAddress')}
        rows={3}
        maxCharacters={limits.shopAddressLength.max}
        {...field('address')}
        testId="shop-address"
      />
      <TextField
        label={t('shopVatId')}
        maxCharacters={limits.vatIdLength.max}
        {...field('vatId')}
        testId="shop-vat-id"
      />
      <SaveStatus status={shop.status} testId="shop-save" />
    </section>
  )
}
