// Draws the app icon and writes what electron-builder packages from build/:
//   node --experimental-strip-types scripts/make-icons.ts
// icon.png (1024 px, Linux), icon.ico (16–256 px, Windows), icon.icns (16–1024 px, macOS).
// Every size is drawn from the shapes themselves rather than scaled down, so small icons stay sharp.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { PNG } from 'pngjs'

/** Deep blue at the top fading to deep green at the bottom. */
const TOP_COLOUR = [12, 58, 110] as const
const BOTTOM_COLOUR = [10, 112, 96] as const

/** The tile leaves a transparent margin and has rounded corners, in fractions of the canvas. */
const TILE_MARGIN = 0.07
const TILE_RADIUS = 0.19

/**
 * The white mark, on an 18-unit grid centred on the tile: three QR finder patterns (8 units, in QR's 1:1:3:1:1
 * ring, gap and centre proportions) and a checkerboard of 2-unit data modules in the fourth corner.
 */
const MARK_SIZE = 0.54
const MARK_UNITS = 18
const FINDER_UNITS = 8
const FINDER_CORNERS: readonly (readonly [x: number, y: number])[] = [
  [0, 0],
  [10, 0],
  [0, 10]
]
const DATA_MODULE_UNITS = 2
const DATA_MODULES: readonly (readonly [x: number, y: number])[] = [
  [10, 10],
  [14, 10],
  [12, 12],
  [16, 12],
  [10, 14],
  [14, 14],
  [12, 16],
  [16, 16]
]

/** An axis-aligned box in canvas fractions; `sign` -1 cuts it out of the boxes before it (a finder's hole). */
interface Box {
  left: number
  top: number
  right: number
  bottom: number
  sign: 1 | -1
}

function markBox(left: number, top: number, side: number, sign: 1 | -1 = 1): Box {
  const origin = (1 - MARK_SIZE) / 2
  const scale = MARK_SIZE / MARK_UNITS
  return {
    left: origin + left * scale,
    top: origin + top * scale,
    right: origin + (left + side) * scale,
    bottom: origin + (top + side) * scale,
    sign
  }
}

/** The mark as boxes that add and subtract exactly: finder ring = outer − hole, plus its centre; then data modules. */
const MARK_BOXES: readonly Box[] = [
  ...FINDER_CORNERS.flatMap(([left, top]) => {
    const step = FINDER_UNITS / 7
    return [
      markBox(left, top, FINDER_UNITS),
      markBox(left + step, top + step, FINDER_UNITS - 2 * step, -1),
      markBox(left + 2 * step, top + 2 * step, FINDER_UNITS - 4 * step)
    ]
  }),
  ...DATA_MODULES.map(([left, top]) => markBox(left, top, DATA_MODULE_UNITS))
]

const span = (from: number, to: number, low: number, high: number) =>
  Math.max(0, Math.min(to, high) - Math.max(from, low))
const overlap = (box: Box, x0: number, y0: number, x1: number, y1: number) =>
  span(x0, x1, box.left, box.right) * span(y0, y1, box.top, box.bottom)

function inTile(x: number, y: number): boolean {
  const low = TILE_MARGIN + TILE_RADIUS
  const high = 1 - TILE_MARGIN - TILE_RADIUS
  const nearestX = Math.min(Math.max(x, low), high)
  const nearestY = Math.min(Math.max(y, low), high)
  return (x - nearestX) ** 2 + (y - nearestY) ** 2 <= TILE_RADIUS ** 2
}

/** Share of the pixel [x0, x1) × [y0, y1) inside the rounded tile: exact along the edges, sampled at the corners. */
function tileCoverage(x0: number, y0: number, x1: number, y1: number): number {
  const low = TILE_MARGIN + TILE_RADIUS
  const high = 1 - TILE_MARGIN - TILE_RADIUS
  const nearCorner = (x0 < low || x1 > high) && (y0 < low || y1 > high)
  if (!nearCorner) {
    const edges: Box = { left: TILE_MARGIN, top: TILE_MARGIN, right: 1 - TILE_MARGIN, bottom: 1 - TILE_MARGIN, sign: 1 }
    return overlap(edges, x0, y0, x1, y1) / ((x1 - x0) * (y1 - y0))
  }
  const samples = 16
  let inside = 0
  for (let sy = 0; sy < samples; sy += 1) {
    for (let sx = 0; sx < samples; sx += 1) {
      if (inTile(x0 + ((sx + 0.5) / samples) * (x1 - x0), y0 + ((sy + 0.5) / samples) * (y1 - y0))) inside += 1
    }
  }
  return inside / samples ** 2
}

/** RGBA pixels of the icon at `size` px; each pixel is the exact share of tile and mark it covers. */
export function drawIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size })
  for (let py = 0; py < size; py += 1) {
    const y0 = py / size
    const y1 = (py + 1) / size
    const background = TOP_COLOUR.map((top, i) => top + ((BOTTOM_COLOUR[i] ?? top) - top) * ((py + 0.5) / size))
    for (let px = 0; px < size; px += 1) {
      const x0 = px / size
      const x1 = (px + 1) / size
      const tile = tileCoverage(x0, y0, x1, y1)
      const mark = MARK_BOXES.reduce((sum, box) => sum + box.sign * overlap(box, x0, y0, x1, y1), 0) * size * size
      const offset = (py * size + px) * 4
      for (let i = 0; i < 3; i += 1) {
        png.data[offset + i] = tile === 0 ? 0 : Math.round((255 * mark + (background[i] ?? 0) * (tile - mark)) / tile)
      }
      png.data[offset + 3] = Math.round(tile * 255)
    }
  }
  return png
}

function iconPng(size: number): Buffer {
  return PNG.sync.write(drawIcon(size), { deflateLevel: 9 })
}

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const

/** A Windows .ico whose entries are PNG images (supported since Windows Vista), smallest first. */
function iconIco(): Buffer {
  const images = ICO_SIZES.map((size) => ({ size, png: iconPng(size) }))
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map(({ png }) => png)])
}

/** macOS icon types that hold a PNG, with their pixel size (the @2x types hold double). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024]
] as const

function iconIcns(): Buffer {
  const pngBySize = new Map<number, Buffer>()
  const entries = ICNS_TYPES.map(([type, size]) => {
    const png = pngBySize.get(size) ?? iconPng(size)
    pngBySize.set(size, png)
    const header = Buffer.alloc(8)
    header.write(type, 0, 'ascii')
    header.writeUInt32BE(8 + png.length, 4)
    return Buffer.concat([header, png])
  })
  const body = Buffer.concat(entries)
  const header = Buffer.alloc(8)
  header.write('icns', 0, 'ascii')
  header.writeUInt32BE(8 + body.length, 4)
  return Buffer.concat([header, body])
}

function writeIcons(folder: string): void {
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'icon.png'), iconPng(1024))
  writeFileSync(join(folder, 'icon.ico'), iconIco())
  writeFileSync(join(folder, 'icon.icns'), iconIcns())
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const buildFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'build')
  writeIcons(buildFolder)
  console.log(`Wrote icon.png, icon.ico and icon.icns to ${buildFolder}`)
}
