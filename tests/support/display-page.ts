import { fileURLToPath } from 'node:url'

import { type DisplayPage, loadDisplayPage } from '../../src-main/customer-display/display-page-files'

/** Where `electron-vite build` leaves the customer display page; `npm test` builds before it runs the tests. */
export const BUILT_DISPLAY_PAGE = fileURLToPath(new URL('../../out/customer-display/', import.meta.url))

/** The built page as a display server serves it; a missing build fails with what to do instead of skipping. */
export async function builtDisplayPage(): Promise<DisplayPage> {
  try {
    return await loadDisplayPage(BUILT_DISPLAY_PAGE)
  } catch (error) {
    throw new Error('The customer display page is not built: run `npm run build` first.', { cause: error })
  }
}
