import type { Category, Product } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { OTHER_TAB } from '../../stores/catalogue-store'

export interface CatalogueTab {
  id: string
  name: string | null
  colour: string
}

/**
 * The owner's categories in their order, then "Other" for products without one (or of one that is gone) when there
 * are any. A catalogue without categories has one tab, which is not shown.
 */
export function catalogueTabs(categories: readonly Category[], products: readonly Product[]): CatalogueTab[] {
  const known = new Set(categories.map((category) => category.id))
  const tabs: CatalogueTab[] = categories.map(({ id, name, colour }) => ({ id, name, colour }))
  if (products.some((product) => !known.has(product.categoryId))) tabs.push({ id: OTHER_TAB, name: null, colour: '' })
  return tabs
}

/** The products a tab shows, in the catalogue's order. */
export function productsOfTab(tab: string, categories: readonly Category[], products: readonly Product[]): Product[] {
  if (tab !== OTHER_TAB) return products.filter((product) => product.categoryId === tab)
  const known = new Set(categories.map((category) => category.id))
  return products.filter((product) => !known.has(product.categoryId))
}

export function CatalogueTabs({
  tabs,
  chosen,
  onChoose
}: {
  tabs: readonly CatalogueTab[]
  chosen: string
  onChoose: (tab: string) => void
}) {
  const t = useTranslate()
  return (
    <div className="catalogue-tabs" role="tablist" aria-label={t('catalogueTabsLabel')}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`catalogue-tab-${tab.id}`}
          aria-selected={tab.id === chosen}
          aria-controls="catalogue-grid"
          className="catalogue-tab"
          style={tab.colour === '' ? undefined : { borderBottomColor: tab.colour }}
          onClick={() => onChoose(tab.id)}
          data-testid={`catalogue-tab-${tab.id}`}
        >
          {tab.name ?? t('catalogueOther')}
        </button>
      ))}
    </div>
  )
}
