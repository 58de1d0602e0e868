import type { Product } from '../../../../src-preload/contract'
import { parseEuroInput } from '../format/euro-input'

/** At most this many hits are shown: the first is what Enter adds, the rest are for a tap. */
export const MAX_HITS = 24

interface IndexedProduct {
  product: Product
  /** The name lower-cased, without accents ("Crème" → "creme"), and its words' starts. */
  name: string
  words: string[]
  code: string
}

/** Lower case without accents, so "creme" finds "Crème" and "kase" finds "Käse". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss')

export interface CatalogueIndex {
  readonly products: readonly IndexedProduct[]
}

/** Built once per catalogue (the settings), so a keystroke only compares prepared strings. */
export function indexCatalogue(products: readonly Product[]): CatalogueIndex {
  return {
    products: products.map((product) => {
      const name = fold(product.name)
      return { product, name, words: name.split(/[^\p{L}\p{N}]+/u).filter(Boolean), code: fold(product.code) }
    })
  }
}

/**
 * The prices a query can mean: "2,50" and "2.50" are 2.50 €, "2" is 2.00 €, and digits alone are also read as the
 * keypad reads them in cents ("250" is 2.50 €).
 */
function pricesOf(query: string): Set<number> {
  const prices = new Set<number>()
  const euros = parseEuroInput(query)
  if (euros !== null) prices.add(euros)
  if (/^\d{1,9}$/.test(query)) prices.add(Number.parseInt(query, 10))
  return prices
}

/**
 * The products a query finds, best first: the code typed exactly, then codes starting with it, then names whose
 * words start with it, then names containing it, then prices it can mean. Each product once; at most `MAX_HITS`.
 */
export function searchCatalogue(index: CatalogueIndex, query: string): Product[] {
  const folded = fold(query.trim())
  if (folded === '') return []
  const prices = pricesOf(query.trim())
  const ranks: Product[][] = [[], [], [], [], []]
  for (const { product, name, words, code } of index.products) {
    const rank =
      code === folded
        ? 0
        : code !== '' && code.startsWith(folded)
          ? 1
          : words.some((word) => word.startsWith(folded)) || name.startsWith(folded)
            ? 2
            : name.includes(folded)
              ? 3
              : prices.has(product.priceCents)
                ? 4
                : -1
    if (rank >= 0) ranks[rank]?.push(product)
  }
  return ranks.flat().slice(0, MAX_HITS)
}
