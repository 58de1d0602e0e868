import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Locator, Page } from '@playwright/test'
import type { SimulatedLink, Simulator } from '../../src-main/simulator'

/**
 * SecPaid's pay_link for a link id, written out here rather than imported from the simulator,
 * so a change to the link format shows up as a failing test.
 */
export const expectedPayLink = (linkId: number): string =>
  `https://app.secpaid.com/payment?link_id=${Buffer.from(String(linkId)).toString('base64')}`

/** What a phone camera would read: the element as rendered on screen, decoded with jsQR. */
export async function decodeQr(image: Locator): Promise<string> {
  const png = PNG.sync.read(await image.screenshot())
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length)
  const code = jsQR(pixels, png.width, png.height)
  if (code === null) throw new Error(`no QR code could be read from the ${png.width}×${png.height} px image`)
  return code.data
}

/** Taps keypad keys with the mouse, e.g. `['1', '2', 'decimal', '5']`. */
export async function tapKeys(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) await page.getByTestId(`key-${key}`).click()
}

/** The link the simulator created last; fails when it has none. */
export function newestLink(simulator: Simulator): SimulatedLink {
  const link = simulator.links().toSorted((a, b) => a.id - b.id).at(-1)
  if (link === undefined) throw new Error('the simulator holds no link')
  return link
}

export const createLinkRequests = (simulator: Simulator) =>
  simulator.requestLog().filter((request) => request.endpoint === 'createLink')

/** Intl writes "12,34 €" with a no-break (U+00A0) or narrow no-break (U+202F) space: compare with plain ones. */
export const plainSpaces = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()
