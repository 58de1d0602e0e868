import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'

import { drawIcon, ICNS_TYPES, ICO_SIZES } from '../../scripts/make-icons'
import { PROJECT_ROOT } from './built-output'
import { readIcnsEntries, readIcoEntries } from './icon-files'

const readBuildFile = (name: string) => readFileSync(join(PROJECT_ROOT, 'build', name))
const alphaAt = (png: PNG, x: number, y: number) => png.data[(y * png.width + x) * 4 + 3]

const drawn = new Map<number, PNG>()
/** The script's drawing at `size`, drawn once per size for all the comparisons below. */
function drawnAt(size: number): PNG {
  const png = drawn.get(size) ?? drawIcon(size)
  drawn.set(size, png)
  return png
}

/** True when a committed image has exactly the pixels scripts/make-icons.ts draws today. */
const matchesScript = (png: PNG) => Buffer.compare(png.data, drawnAt(png.width).data) === 0

describe('app icons in build/', () => {
  it('icon.png decodes as a 1024×1024 RGBA image: transparent corners, opaque middle', () => {
    const png = PNG.sync.read(readBuildFile('icon.png'))
    expect([png.width, png.height]).toEqual([1024, 1024])
    expect(alphaAt(png, 0, 0)).toBe(0)
    expect(alphaAt(png, 1023, 1023)).toBe(0)
    expect(alphaAt(png, 512, 512)).toBe(255)
    expect(alphaAt(png, 512, 100)).toBe(255)
  })

  it('icon.ico holds a 32-bit PNG image for every size from 16 to 256 px', () => {
    const entries = readIcoEntries(readBuildFile('icon.ico'))
    expect(entries.map((entry) => entry.declaredSize)).toEqual([...ICO_SIZES])
    for (const entry of entries) {
      expect(entry.bitCount).toBe(32)
      expect([entry.png.width, entry.png.height]).toEqual([entry.declaredSize, entry.declaredSize])
    }
  })

  it('icon.icns holds PNG entries ic07–ic10 (128–1024 px) and the smaller ones, each at its size', () => {
    const entries = readIcnsEntries(readBuildFile('icon.icns'))
    expect(entries.map((entry) => entry.type)).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']))
    const expectedSize = new Map<string, number>(ICNS_TYPES)
    for (const entry of entries) {
      expect([entry.type, entry.png.width, entry.png.height]).toEqual([
        entry.type,
        expectedSize.get(entry.type),
        expectedSize.get(entry.type)
      ])
    }
  })

  it('are what scripts/make-icons.ts draws, so the committed files and the script agree', () => {
    const images = [
      PNG.sync.read(readBuildFile('icon.png')),
      ...readIcoEntries(readBuildFile('icon.ico')).map((entry) => entry.png),
      ...readIcnsEntries(readBuildFile('icon.icns')).map((entry) => entry.png)
    ]
    const stale = images.filter((png) => !matchesScript(png)).map((png) => `${png.width} px`)
    expect(stale, 'run: node --experimental-strip-types scripts/make-icons.ts').toEqual([])
  }, 30_000)
})
