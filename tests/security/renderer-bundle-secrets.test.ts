import { readdirSync } from 'node:fs'

import { beforeAll, describe, expect, it } from 'vitest'

import { DEMO_API_KEY, SECPAID_BASE_URLS } from '../../src-main/secpaid/environments'
import { filesUnder, PROJECT_ROOT, readProjectFile, requireBuiltOutput } from '../build/built-output'

/**
 * What would show that key handling, the SecPaid client or the simulator ended up in code the renderer can read.
 * The renderer may name `setApiKey`/`apiKey`: it hands a new key to main, write-only, and never gets one back.
 */
const MAIN_ONLY_MARKERS: [RegExp, string][] = [
  ...Object.values(SECPAID_BASE_URLS).map((url): [RegExp, string] => [
    new RegExp(escape(url.replace(/^https:\/\//, ''))),
    `SecPaid API base URL ${url}`
  ]),
  [/api\/v2\//, "SecPaid's API path"],
  [new RegExp(escape(DEMO_API_KEY)), "the simulator's demo key"],
  [/\bgetApiKey\b/, 'the settings method that decrypts the key'],
  [/\bsafeStorage\b|\b(en|de)cryptString\b/, "Electron's key encryption"],
  [/[{,]\s*["']?token["']?\s*:/, 'building the SecPaid `token` header'],
  [/["'`](createLink|getMyUnusedLinks|getMyUsedLinks|deleteLink)["'`]/, 'SecPaid endpoint names (the client)'],
  [/\bsk_(live|test)_[A-Za-z0-9]/, 'a literal API key']
]

const ENV_PREFIXES = ['VITE_', 'MAIN_VITE_', 'PRELOAD_VITE_', 'RENDERER_VITE_']

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Files the renderer process can read: the renderer bundle and the preload. */
const rendererReadable = () => [...filesUnder('out/renderer'), ...filesUnder('out/preload')]

describe('the API key and the code that handles it never reach the renderer bundle', () => {
  beforeAll(() => requireBuiltOutput())

  it('scans a non-empty renderer bundle and preload', () => {
    const files = rendererReadable()
    expect(files.some((file) => file.startsWith('out/renderer/assets/') && file.endsWith('.js'))).toBe(true)
    expect(files).toContain('out/preload/index.cjs')
  })

  it.each(MAIN_ONLY_MARKERS)('no renderer or preload file contains %s (%s)', (marker) => {
    const containing = rendererReadable().filter((file) => marker.test(readProjectFile(file)))
    expect(containing).toEqual([])
  })

  it('the markers do find that code in the main bundle, so their absence above means something', () => {
    const main = readProjectFile('out/main/index.js')
    const unmatched = MAIN_ONLY_MARKERS.filter(([marker]) => !marker.test(main)).map(([, what]) => what)
    expect(unmatched).toEqual(['a literal API key'])
  })

  it('no bundle ships SecPaid fault injection or simulator control routes: they live in test support only', () => {
    const testOnly =
      /\/__sim\/|\binjectFaults\b|\bresetAfterProcessing\b|\bsetResponseDelayAfterProcessing\b|502 Bad Gateway/
    expect(filesUnder('out').filter((file) => testOnly.test(readProjectFile(file)))).toEqual([])
  })

  it('no source reads import.meta.env beyond MODE, DEV, PROD, SSR and BASE_URL, so no prefixed variable gets inlined', () => {
    const sources = ['src-main', 'src-preload', 'src-renderer'].flatMap((folder) =>
      filesUnder(folder).filter((file) => /\.(ts|tsx|js|mjs|cjs|html)$/.test(file))
    )
    const otherEnv = /import\.meta\.env(?!\.(MODE|DEV|PROD|SSR|BASE_URL)\b)/
    expect(sources.filter((file) => otherEnv.test(readProjectFile(file)))).toEqual([])
  })

  it('no .env file defines such variables for electron-vite to pick up', () => {
    const envFiles = readdirSync(PROJECT_ROOT).filter((name) => /^\.env(\..+)?$/.test(name))
    const defining = envFiles.filter((name) =>
      new RegExp(`^\\s*(export\\s+)?(${ENV_PREFIXES.join('|')})`, 'm').test(readProjectFile(name))
    )
    expect(defining).toEqual([])
  })

  it('values of prefixed variables set for this build appear in no bundle', () => {
    const values = Object.entries(process.env)
      .filter(([name]) => ENV_PREFIXES.some((prefix) => name.startsWith(prefix)))
      .map(([, value]) => value ?? '')
      .filter((value) => value.length >= 4)
    const bundles = filesUnder('out')
    const leaking = bundles.filter((file) => values.some((value) => readProjectFile(file).includes(value)))
    expect(leaking).toEqual([])
  })

  it("the built index.html keeps the source's Content-Security-Policy and has no inline script", () => {
    const cspOf = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    const built = readProjectFile('out/renderer/index.html')
    expect(cspOf(built)).toBeDefined()
    expect(cspOf(built)).toBe(cspOf(readProjectFile('src-renderer/index.html')))
    const scripts = [...built.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    const inline = scripts.filter(
      ([, attributes, body]) => !/\ssrc=/.test(attributes ?? '') || (body ?? '').trim() !== ''
    )
    expect(inline).toEqual([])
  })
})
