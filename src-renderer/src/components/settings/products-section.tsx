import { useState } from 'react'
import type { Product, PublicSettings } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { centsToEuroInput, parseEuroInput } from '../../lib/euro-input'
import { formatCents } from '../../lib/format-money'
import { SectionSaveStatus } from './section-save-status'
import { useSectionSave } from './use-section-save'

/** A product row as typed: the price stays text until it is saved, so typing never jumps. */
interface ProductDraft {
  id: string
  name: string
  price: string
  colour: string
}

const DEFAULT_NEW_COLOUR = '#1546c8'

const newProductId = () => `p-${crypto.randomUUID().slice(0, 8)}`

/**
 * The owner's quick keys: add, edit, reorder and remove up to `limits.products.max`. Every change saves the whole
 * list on its own (a field when the owner leaves it); a refused change stays on screen with the reason.
 */
export function ProductsSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const language = useLanguage()
  const { state, save, refuse } = useSectionSave()
  const { limits } = settings
  const toDraft = (product: Product): ProductDraft => ({
    ...product,
    price: centsToEuroInput(product.priceCents, language)
  })
  const [drafts, setDrafts] = useState<ProductDraft[]>(() => settings.products.map(toDraft))

  /** The rows as products, or the sentence saying which row is not one yet. */
  const checked = (rows: ProductDraft[]): Product[] | string => {
    const products: Product[] = []
    for (const row of rows) {
      const name = row.name.trim()
      if (name.length < limits.productNameLength.min || name.length > limits.productNameLength.max) {
        return t('productNameInvalid', limits.productNameLength)
      }
      const priceCents = parseEuroInput(row.price)
      if (
        priceCents === null ||
        priceCents < limits.productPriceCents.min ||
        priceCents > limits.productPriceCents.max
      ) {
        return t('productPriceInvalid', {
          min: formatCents(limits.productPriceCents.min, language),
          max: formatCents(limits.productPriceCents.max, language)
        })
      }
      products.push({ id: row.id, name, priceCents, colour: row.colour })
    }
    return products
  }

  const saveRows = (rows: ProductDraft[]) => {
    setDrafts(rows)
    const products = checked(rows)
    if (typeof products === 'string') refuse(products)
    else void save({ products })
  }
  const saveIfChanged = () => {
    const products = checked(drafts)
    if (typeof products === 'string') refuse(products)
    else if (JSON.stringify(products) !== JSON.stringify(settings.products)) void save({ products })
  }
  const editRow = (index: number, patch: Partial<ProductDraft>) =>
    setDrafts((rows) => rows.map((row, at) => (at === index ? { ...row, ...patch } : row)))
  const move = (index: number, by: -1 | 1) => {
    const rows = [...drafts]
    const [row] = rows.splice(index, 1)
    if (row === undefined) return
    rows.splice(index + by, 0, row)
    saveRows(rows)
  }
  const full = drafts.length >= limits.products.max

  return (
    <section className="settings-card" aria-labelledby="products-section-title" data-testid="products-section">
      <h2 id="products-section-title">{t('productsSection')}</h2>
      <p className="field-hint">{t('productsHint', { max: limits.products.max })}</p>
      <ol className="product-rows">
        {drafts.map((row, index) => (
          <li key={row.id} className="product-row" data-testid="product-row">
            <label className="form-field">
              <span className="field-label">{t('productName')}</span>
              <input
                className="text-input"
                value={row.name}
                maxLength={limits.productNameLength.max}
                onChange={(event) => editRow(index, { name: event.target.value })}
                onBlur={saveIfChanged}
                data-testid="product-name"
              />
            </label>
            <label className="form-field">
              <span className="field-label">{t('productPrice')}</span>
              <input
                className="text-input"
                inputMode="decimal"
                value={row.price}
                onChange={(event) => editRow(index, { price: event.target.value })}
                onBlur={saveIfChanged}
                data-testid="product-price"
              />
            </label>
            <label className="form-field">
              <span className="field-label">{t('productColour')}</span>
              <input
                type="color"
                className="colour-input"
                value={row.colour === '' ? DEFAULT_NEW_COLOUR : row.colour}
                onChange={(event) =>
                  saveRows(drafts.map((r, at) => (at === index ? { ...r, colour: event.target.value } : r)))
                }
                data-testid="product-colour"
              />
            </label>
            <div className="product-row-actions">
              <button
                type="button"
                className="icon-button"
                aria-label={t('moveProductUp', { name: row.name })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
                data-testid="product-up"
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('moveProductDown', { name: row.name })}
                disabled={index === drafts.length - 1}
                onClick={() => move(index, 1)}
                data-testid="product-down"
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('removeProduct', { name: row.name })}
                onClick={() => saveRows(drafts.filter((_, at) => at !== index))}
                data-testid="product-remove"
              >
                ×
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="secondary-button"
        disabled={full}
        onClick={() =>
          // Saved once the owner has named and priced it: an empty name could not be saved.
          setDrafts([...drafts, { id: newProductId(), name: '', price: '', colour: '' }])
        }
        data-testid="product-add"
      >
        {t('addProduct')}
      </button>
      {full && <p className="field-hint">{t('productsFull', { max: limits.products.max })}</p>}
      <SectionSaveStatus state={state} testId="products-save-status" />
    </section>
  )
}
