import { Linter } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

import { filesUnder, readProjectFile, requireBuiltOutput } from './built-output'

/** Parse errors of `code` read as a classic script of the given ECMAScript edition; none means it is valid there. */
function parseErrors(code: string, ecmaVersion: 2016 | 2017): string[] {
  const messages = new Linter({ configType: 'flat' }).verify(code, {
    languageOptions: { ecmaVersion, sourceType: 'script' }
  })
  return messages.filter((message) => message.fatal === true).map((message) => message.message)
}

describe('the customer display page that electron-vite build leaves in out/customer-display', () => {
  beforeAll(() => requireBuiltOutput())

  it('is exactly the three files the display server serves', () => {
    expect(filesUnder('out/customer-display').sort()).toEqual([
      'out/customer-display/display.css',
      'out/customer-display/display.js',
      'out/customer-display/index.html'
    ])
  })

  it('its script is one classic ES2017 script, so a phone’s older browser runs it (and ES2016 alone would not parse it)', () => {
    const script = readProjectFile('out/customer-display/display.js')
    expect(parseErrors(script, 2017)).toEqual([])
    // The check can fail: async functions are ES2017, so the same file is refused as ES2016.
    expect(parseErrors(script, 2016)).not.toEqual([])
    expect(script).not.toMatch(/^\s*(import|export)\s/m)
  })

  it('its markup loads only /display.js and /display.css, as a classic deferred script, with nothing inline', () => {
    const html = readProjectFile('out/customer-display/index.html')
    const references = [...html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((match) => match[1])
    expect(references.sort()).toEqual(['/display.css', '/display.js', 'data:,'])
    expect(html).toContain('<script src="/display.js" defer></script>')
    expect(html).not.toMatch(/type=["']module["']/)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i)
  })

  it('holds every sentence of the page in German and English, and nothing of the cashier’s renderer', () => {
    const script = readProjectFile('out/customer-display/display.js')
    for (const text of ['Welcome', 'Willkommen', 'Wrong pairing code', 'Falscher Kopplungscode', 'Scan to pay']) {
      expect(script).toContain(text)
    }
    expect(script).not.toMatch(/react|zustand|window\.counter/i)
    expect(script.length).toBeLessThan(16 * 1024)
  })

  it('its style keeps the fallback before each container-query size, for browsers without cqi units', () => {
    const css = readProjectFile('out/customer-display/display.css')
    expect(css).toMatch(/font-size:\s*min\(13vw,\s*9vh\);\s*font-size:\s*min\(15cqi,\s*9vh\)/)
  })
})
