import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

import { pass } from './figure-text'
import type { Figure } from './report'

// 6 — Renderer bundle size.
export function measureBundle(rendererDir: string) {
  const assets = join(rendererDir, 'assets')
  const files = readdirSync(assets)
    .toSorted()
    .map((name) => {
      const content = readFileSync(join(assets, name))
      return { file: `assets/${name}`, rawBytes: content.length, gzipBytes: gzipSync(content).length }
    })
  const js = files.filter((file) => file.file.endsWith('.js'))
  return {
    files,
    totalJsRawBytes: js.reduce((sum, file) => sum + file.rawBytes, 0),
    totalJsGzipBytes: js.reduce((sum, file) => sum + file.gzipBytes, 0),
    totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0)
  }
}

type BundleResult = ReturnType<typeof measureBundle>

export const bundleFigures = (bundle: BundleResult): Figure[] => [
  {
    measure: 'Renderer JS gzip (total)',
    value: `${(bundle.totalJsGzipBytes / 1024).toFixed(1)} KB (raw ${(bundle.totalJsRawBytes / 1024).toFixed(1)} KB)`,
    target: '≤ 150 KB',
    verdict: pass(bundle.totalJsGzipBytes <= 150 * 1024)
  }
]
