import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

interface DisplayPageFile {
  contentType: string
  body: Buffer
}

/** The built page by the path it is served at: exactly these three files, held in memory. */
export type DisplayPage = ReadonlyMap<string, DisplayPageFile>

/** What vite.customer-display.config.ts builds into out/customer-display, and nothing else. */
const PAGE_FILES = [
  { path: '/', file: 'index.html', contentType: 'text/html; charset=utf-8' },
  { path: '/display.js', file: 'display.js', contentType: 'text/javascript; charset=utf-8' },
  { path: '/display.css', file: 'display.css', contentType: 'text/css; charset=utf-8' }
]

/** The installation lacks the built page (or it cannot be read). */
export class DisplayPageMissing extends Error {
  override name = 'DisplayPageMissing'
}

/**
 * Reads the built page from its folder. Requests are answered from memory, so no request path ever reaches the
 * file system, and nothing else in the folder's parent (the cashier's renderer) can be served.
 */
export async function loadDisplayPage(folder: string | undefined): Promise<DisplayPage> {
  if (folder === undefined) throw new DisplayPageMissing('no folder was given for the customer display page')
  try {
    const files = await Promise.all(
      PAGE_FILES.map(async ({ path, file, contentType }) => {
        const body = await readFile(join(folder, file))
        return [path, { contentType, body }] as const
      })
    )
    return new Map(files)
  } catch (error) {
    throw new DisplayPageMissing(`the customer display page could not be read from ${folder}`, { cause: error })
  }
}
