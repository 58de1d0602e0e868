import type { PublicSettings } from '../../src-preload/contract'
import { fail, type Result } from '../result'
import type { SettingsService } from '../settings/settings-service'

/**
 * Marks a product sold out for `today` (the local day), or available again. Kept as the day rather than a flag, so it
 * ends by itself: on the next local day the product sells again, without anyone resetting it.
 */
export function markSoldOut(
  settings: Pick<SettingsService, 'getStored' | 'update'>,
  productId: string,
  soldOut: boolean,
  today: string
): Result<PublicSettings> {
  const { products } = settings.getStored()
  if (!products.some((product) => product.id === productId)) return fail({ code: 'unknown_product', productId })
  return settings.update({
    products: products.map((product) =>
      product.id === productId ? { ...product, soldOutOn: soldOut ? today : '' } : product
    )
  })
}
