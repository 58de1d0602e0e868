import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

const LIB = 'src-renderer/src/lib'

/** What each room of the renderer's lib/ holds; a file outside them has no kind yet. */
const KINDS = {
  format: 'numbers, dates and CSV as text',
  words: 'every sentence (de, en), error wording, labels',
  model: 'pure rules of what is entered: amount entry, limits, settings patches, PIN',
  browser: 'what needs the browser: frames, sound, QR drawing, keys'
}

describe('the renderer’s lib/ is sorted by kind', () => {
  it('holds only the four kinds, each a folder, and no loose file', () => {
    const entries = readdirSync(LIB).map((name) => ({ name, folder: statSync(join(LIB, name)).isDirectory() }))
    expect(entries.filter((entry) => !entry.folder).map((entry) => entry.name)).toEqual([])
    expect(entries.map((entry) => entry.name).sort()).toEqual(Object.keys(KINDS).sort())
  })
})
