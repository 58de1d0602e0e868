import type { PublicSettings } from '../../../../src-preload/contract'
import { ProductsSection } from './products-section'
import { ReceiptSection } from './receipt-section'
import { ShopSection } from './shop-section'
import { TipsSection } from './tips-section'

/** Quick keys, shop, receipts and tips: sections that each save every change on their own. */
export function SellingSettingsSections({ settings }: { settings: PublicSettings }) {
  return (
    <>
      <ProductsSection settings={settings} />
      <ShopSection settings={settings} />
      <ReceiptSection settings={settings} />
      <TipsSection settings={settings} />
    </>
  )
}
