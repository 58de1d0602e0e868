import { create } from 'zustand'

interface CatalogueState {
  /** What is typed in the catalogue's search field; empty shows the chosen category. */
  search: string
  /** The category tab chosen (a category's id, or `OTHER_TAB`); null for the first one. */
  tab: string | null
  setSearch: (search: string) => void
  setTab: (tab: string) => void
}

/** The tab of products without a category (or of one that is gone). */
export const OTHER_TAB = '__other'

export const useCatalogueStore = create<CatalogueState>()((set) => ({
  search: '',
  tab: null,
  setSearch: (search) => set({ search }),
  setTab: (tab) => set({ tab, search: '' })
}))
