import { useMemo, useRef, useState } from 'react'

import type { Product } from '../../../../src-preload/contract'
import { localDay } from '../../../../src-preload/contract/locale'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { indexCatalogue, searchCatalogue } from '../../lib/model/catalogue-search'
import { useCatalogueStore } from '../../stores/catalogue-store'
import { useOrderStore } from '../../stores/order-store'
import { useSettingsStore } from '../../stores/settings-store'
import { CatalogueSearchField, useSearchFromAnywhere } from './catalogue-search'
import { CatalogueTabs, catalogueTabs, productsOfTab } from './catalogue-tabs'
import { ProductDialog } from './product-dialog'
import { ProductKey } from './product-key'
import { useKeyPresses } from './use-key-presses'

const NO_PRODUCTS: readonly Product[] = []

/**
 * The owner's catalogue on the keypad screen: category tabs, a grid of big keys that scrolls, and a search by name,
 * short code or price. A tap adds one; a tap on a product already in the sale, or a long press, asks how many (and
 * can mark it sold out for today). A sold-out key says so and adds nothing.
 */
export function Catalogue() {
  const t = useTranslate()
  const language = useLanguage()
  const products = useSettingsStore((state) => state.settings?.products) ?? NO_PRODUCTS
  const categories = useSettingsStore((state) => state.settings?.categories)
  const lines = useOrderStore((state) => state.lines)
  const search = useCatalogueStore((state) => state.search)
  const chosenTab = useCatalogueStore((state) => state.tab)
  const setTab = useCatalogueStore((state) => state.setTab)
  const input = useRef<HTMLInputElement>(null)
  const [soldOutNotice, setSoldOutNotice] = useState<string | null>(null)
  const today = localDay(new Date())
  const { asking, actions, closeDialog, setAskedQuantity } = useKeyPresses(setSoldOutNotice)
  useSearchFromAnywhere(input)

  const index = useMemo(() => indexCatalogue(products), [products])
  const tabs = useMemo(() => catalogueTabs(categories ?? [], products), [categories, products])
  const tab = tabs.find((candidate) => candidate.id === chosenTab) ?? tabs[0]
  const hits = useMemo(() => searchCatalogue(index, search), [index, search])
  const shown = useMemo(
    () =>
      search.trim() !== '' ? hits : tab === undefined ? products : productsOfTab(tab.id, categories ?? [], products),
    [search, hits, tab, categories, products]
  )
  const quantities = useMemo(() => {
    const byProduct = new Map<string, number>()
    for (const line of lines) if (line.kind === 'product') byProduct.set(line.productId, line.quantity)
    return byProduct
  }, [lines])

  if (products.length === 0) return null
  const searching = search.trim() !== ''
  const addFirstHit = () => {
    const first = hits[0]
    if (first === undefined) return
    actions.tap(first)
    useCatalogueStore.getState().setSearch('')
    input.current?.blur()
  }

  return (
    <section className="catalogue" aria-label={t('quickKeysLabel')} data-testid="catalogue">
      <CatalogueSearchField input={input} onEnter={addFirstHit} />
      {!searching && tabs.length > 1 && tab !== undefined && (
        <CatalogueTabs tabs={tabs} chosen={tab.id} onChoose={setTab} />
      )}
      <div
        id="catalogue-grid"
        className="quick-keys"
        role={!searching && tabs.length > 1 ? 'tabpanel' : 'group'}
        aria-labelledby={!searching && tabs.length > 1 && tab !== undefined ? `catalogue-tab-${tab.id}` : undefined}
        aria-label={searching ? t('catalogueHitsLabel') : tabs.length > 1 ? undefined : t('quickKeysLabel')}
        title={t('quickKeyHint')}
        data-testid="catalogue-grid"
      >
        {shown.map((product) => (
          <ProductKey
            key={product.id}
            product={product}
            quantity={quantities.get(product.id) ?? 0}
            soldOut={product.soldOutOn === today}
            soldOutLabel={t('soldOut')}
            language={language}
            actions={actions}
          />
        ))}
      </div>
      {searching && hits.length === 0 && (
        <p className="field-hint" data-testid="catalogue-no-hits">
          {t('catalogueNoHits')}
        </p>
      )}
      {soldOutNotice !== null && (
        <p className="error-text" role="status" data-testid="catalogue-sold-out-notice">
          {t('productSoldOut', { name: soldOutNotice })}
        </p>
      )}
      {asking !== null && (
        <ProductDialog
          product={asking}
          quantity={Math.max(quantities.get(asking.id) ?? 0, 1)}
          soldOut={asking.soldOutOn === today}
          onSet={setAskedQuantity}
          onClose={closeDialog}
        />
      )}
    </section>
  )
}
