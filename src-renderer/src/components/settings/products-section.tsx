import type { Product, PublicSettings } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { centsToEuroInput } from '../../lib/format/euro-input'
import { type ProductDraft, productsPatch } from '../../lib/model/setting-patches'
import { ChoiceField, TextField } from './form-fields'
import { movedRow, RowActions } from './row-actions'
import { refusedField, SaveStatus, TYPING_PAUSE_MS, useSavedSetting } from './saved-fields'

const DEFAULT_NEW_COLOUR = '#1546c8'

const newProductId = () => `p-${crypto.randomUUID().slice(0, 8)}`

/**
 * The owner's products: name, short code, category, price and colour; add, edit, reorder and remove up to
 * `limits.products.max`. The whole list saves on every
 * change: a tap at once, typing once it pauses or the field is left. A row that is not a product yet (no name, no
 * valid price) is refused on screen with the reason, so it is never dropped without a word.
 */
export function ProductsSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const language = useLanguage()
  const { limits } = settings
  const toDraft = (product: Product): ProductDraft => ({
    ...product,
    price: centsToEuroInput(product.priceCents, language)
  })
  const products = useSavedSetting(
    'products-save',
    settings.products.map(toDraft),
    productsPatch(limits),
    TYPING_PAUSE_MS
  )
  const rows = products.value
  const refused = refusedField(products.status)

  const typeInRow = (index: number, typed: Partial<ProductDraft>) =>
    products.change(rows.map((row, at) => (at === index ? { ...row, ...typed } : row)))
  const move = (index: number, by: -1 | 1) => {
    const moved = movedRow(rows, index, by)
    if (moved !== null) products.changeNow(moved)
  }
  const full = rows.length >= limits.products.max

  return (
    <section className="settings-card" aria-labelledby="products-section-title" data-testid="products-section">
      <h2 id="products-section-title">{t('productsSection')}</h2>
      <p className="field-hint">{t('productsHint', { max: limits.products.max })}</p>
      <ol className="product-rows">
        {rows.map((row, index) => (
          <li key={row.id} className="product-row" data-testid="product-row">
            <TextField
              label={t('productName')}
              value={row.name}
              maxCharacters={limits.productNameLength.max}
              onChange={(name) => typeInRow(index, { name })}
              onBlur={products.commit}
              invalid={refused === `products.${index}.name`}
              testId="product-name"
            />
            <TextField
              label={t('productCode')}
              value={row.code}
              maxCharacters={limits.productCodeLength.max}
              onChange={(code) => typeInRow(index, { code })}
              onBlur={products.commit}
              invalid={refused === `products.${index}.code`}
              testId="product-code"
            />
            <label className="form-field">
              <span className="field-label">{t('productCategory')}</span>
              <select
                className="text-input"
                value={settings.categories.some((category) => category.id === row.categoryId) ? row.categoryId : ''}
                onChange={(event) =>
                  products.changeNow(rows.map((r, at) => (at === index ? { ...r, categoryId: event.target.value } : r)))
                }
                data-testid="product-category"
              >
                {settings.categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.name}
                  </option>
                ))}
                <option value="">{t('productNoCategory')}</option>
              </select>
            </label>
            <TextField
              label={t('productPrice')}
              inputMode="decimal"
              value={row.price}
              onChange={(price) => typeInRow(index, { price })}
              onBlur={products.commit}
              invalid={refused === `products.${index}.priceCents`}
              testId="product-price"
            />
            <label className="form-field">
              <span className="field-label">{t('productColour')}</span>
              <input
                type="color"
                className="colour-input"
                value={row.colour === '' ? DEFAULT_NEW_COLOUR : row.colour}
                onChange={(event) =>
                  products.changeNow(rows.map((r, at) => (at === index ? { ...r, colour: event.target.value } : r)))
                }
                data-testid="product-colour"
              />
            </label>
            {!settings.tax.smallBusiness && (
              <ChoiceField
                label={t('productVatRate')}
                value={String(row.vatRate ?? settings.tax.defaultRate)}
                options={settings.tax.rates.map((rate) => ({
                  value: String(rate),
                  label: t('vatRateOption', { rate })
                }))}
                onChange={(rate) => typeInRow(index, { vatRate: Number(rate) })}
                testId={`product-vat-rate-${index}`}
              />
            )}
            <RowActions
              index={index}
              count={rows.length}
              labels={{
                up: t('moveProductUp', { name: row.name }),
                down: t('moveProductDown', { name: row.name }),
                remove: t('removeProduct', { name: row.name })
              }}
              testIdPrefix="product"
              onMove={move}
              onRemove={() => products.changeNow(rows.filter((_, at) => at !== index))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="secondary-button"
        disabled={full}
        onClick={() =>
          // Like typing: the empty row is checked once the owner pauses, by then with a name and price, or refused.
          products.change([
            ...rows,
            {
              id: newProductId(),
              name: '',
              price: '',
              colour: '',
              categoryId: settings.categories[0]?.id ?? '',
              code: '',
              soldOutOn: ''
            }
          ])
        }
        data-testid="product-add"
      >
        {t('addProduct')}
      </button>
      {full && <p className="field-hint">{t('productsFull', { max: limits.products.max })}</p>}
      <SaveStatus status={products.status} testId="products-save" />
    </section>
  )
}
