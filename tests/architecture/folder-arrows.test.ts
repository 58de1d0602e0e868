import { dirname, relative } from 'node:path'

import { describe, expect, it } from 'vitest'

import { importsOf, sourceFiles } from '../../scripts/check-import-cycles'

const ROOTS = ['src-main', 'src-preload', 'src-renderer']

/** Every import between two different folders, as `from → to` folder paths (each pair once). */
function folderArrows(): Map<string, Set<string>> {
  const folderOf = (file: string) => dirname(relative(process.cwd(), file))
  const arrows = new Map<string, Set<string>>()
  for (const file of ROOTS.flatMap((root) => sourceFiles(root))) {
    for (const imported of importsOf(file)) {
      const [from, to] = [folderOf(file), folderOf(imported)]
      if (from === to) continue
      arrows.set(from, (arrows.get(from) ?? new Set()).add(to))
    }
  }
  return arrows
}

/** The folders that import each other both ways, as `a ⇄ b` with `a` before `b`. */
function twoWayPairs(arrows: Map<string, Set<string>>): string[] {
  return [...arrows].flatMap(([from, targets]) =>
    [...targets].filter((to) => from < to && arrows.get(to)?.has(from) === true).map((to) => `${from} ⇄ ${to}`)
  )
}

/**
 * Pairs still tied both ways; a new pair fails. The loose files of src-main/ are both its top floor (index.ts,
 * backend.ts: the wiring) and its ground floor (result, clock, is-record, one-per-key, channel-handler), so every
 * room they wire and that stands on them is tied to src-main/ both ways until those two kinds live apart.
 */
const KNOWN_TWO_WAY = [
  /^src-main ⇄ src-main\/[a-z-]+$/,
  // the renderer's lib/: dates and CSV text take the language from words/, whose error wording formats money
  /^src-renderer\/src\/lib\/format ⇄ src-renderer\/src\/lib\/words$/
]

describe('folders point one way', () => {
  const arrows = folderArrows()

  it('basket/ (lines, quotes, tips, the note) knows nothing of sale/ (one sale’s life with SecPaid)', () => {
    expect(arrows.get('src-main/sale')?.has('src-main/basket')).toBe(true)
    expect([...(arrows.get('src-main/basket') ?? [])].filter((to) => to === 'src-main/sale')).toEqual([])
  })

  it('no two folders import each other both ways beyond the known pairs', () => {
    expect(twoWayPairs(arrows).filter((pair) => !KNOWN_TWO_WAY.some((known) => known.test(pair)))).toEqual([])
  })
})
