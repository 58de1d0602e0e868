import { PNG } from 'pngjs'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Decodes one embedded PNG, failing with `where` when it is not a PNG at all. */
function decodePng(bytes: Buffer, where: string): PNG {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${where} does not hold a PNG image`)
  return PNG.sync.read(bytes)
}

export interface IcoEntry {
  /** Size the directory entry declares (0 there means 256). */
  declaredSize: number
  bitCount: number
  png: PNG
}

/** Reads a Windows .ico: header (reserved 0, type 1, count), one 16-byte directory entry per image, then images. */
export function readIcoEntries(file: Buffer): IcoEntry[] {
  if (file.readUInt16LE(0) !== 0 || file.readUInt16LE(2) !== 1) throw new Error('not an .ico header')
  const count = file.readUInt16LE(4)
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + 16 * index
    const width = file.readUInt8(entry) || 256
    const height = file.readUInt8(entry + 1) || 256
    if (width !== height) throw new Error(`.ico entry ${index} is not square`)
    const length = file.readUInt32LE(entry + 8)
    const offset = file.readUInt32LE(entry + 12)
    if (offset + length > file.length) throw new Error(`.ico entry ${index} points past the end of the file`)
    return {
      declaredSize: width,
      bitCount: file.readUInt16LE(entry + 6),
      png: decodePng(file.subarray(offset, offset + length), `.ico entry ${index}`)
    }
  })
}

export interface IcnsEntry {
  type: string
  png: PNG
}

/** Reads a macOS .icns: 'icns' and the file length, then (type, length including its 8-byte header, data) entries. */
export function readIcnsEntries(file: Buffer): IcnsEntry[] {
  if (file.toString('ascii', 0, 4) !== 'icns') throw new Error('not an .icns header')
  if (file.readUInt32BE(4) !== file.length) throw new Error('.icns length does not match the file size')
  const entries: IcnsEntry[] = []
  for (let offset = 8; offset < file.length;) {
    const type = file.toString('ascii', offset, offset + 4)
    const length = file.readUInt32BE(offset + 4)
    if (length < 8 || offset + length > file.length) throw new Error(`.icns entry ${type} has a bad length`)
    entries.push({ type, png: decodePng(file.subarray(offset + 8, offset + length), `.icns entry ${type}`) })
    offset += length
  }
  return entries
}
