import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'

/**
 * The shop's logo on the customer display's idle screen: a PNG or JPEG the owner chose in Settings, checked by its
 * bytes (never by its name), and served by the display server from memory.
 */
export const LOGO_LIMITS = {
  /** Bytes: a logo, not a photo; every display fetches it. */
  bytes: 256 * 1024,
  /** Pixels each way: enough for a 4K display's idle screen, small enough to decode on an old tablet. */
  side: { min: 16, max: 2048 }
} as const

export type LogoType = 'png' | 'jpeg'

export interface DisplayLogo {
  type: LogoType
  width: number
  height: number
  body: Buffer
  /** Changes with the picture, so a display fetches a new logo instead of keeping the old one. */
  version: string
}

/** Why a file is not taken as the logo: `type`: neither PNG nor JPEG (SVG too: it can hold script); `size`; `dimensions`. */
export type LogoProblem = 'type' | 'size' | 'dimensions'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from a PNG's IHDR chunk, which the format requires first. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Width and height from a JPEG's first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1
      continue
    }
    const length = bytes.readUInt16BE(at + 2)
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isFrame) return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) }
    if (marker === 0xd9 || marker === 0xda || length < 2) return null
    at += 2 + length
  }
  return null
}

/** The logo the bytes are, or why they are not one. */
export function checkLogo(bytes: Buffer): { ok: true; logo: DisplayLogo } | { ok: false; problem: LogoProblem } {
  if (bytes.length > LOGO_LIMITS.bytes) return { ok: false, problem: 'size' }
  const png = pngSize(bytes)
  const size = png ?? jpegSize(bytes)
  if (size === null) return { ok: false, problem: 'type' }
  const { min, max } = LOGO_LIMITS.side
  if ([size.width, size.height].some((side) => side < min || side > max)) return { ok: false, problem: 'dimensions' }
  const version = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
  return { ok: true, logo: { type: png === null ? 'jpeg' : 'png', ...size, body: bytes, version } }
}

export const LOGO_CONTENT_TYPES: Record<LogoType, string> = { png: 'image/png', jpeg: 'image/jpeg' }

/** The logo's file in the data folder; a file that no longer passes the check counts as none. */
export function createLogoFile(path: string) {
  return {
    async load(): Promise<DisplayLogo | null> {
      try {
        const checked = checkLogo(await readFile(path))
        return checked.ok ? checked.logo : null
      } catch {
        return null
      }
    },
    save: (logo: DisplayLogo) => writeFile(path, logo.body),
    remove: () => rm(path, { force: true })
  }
}
