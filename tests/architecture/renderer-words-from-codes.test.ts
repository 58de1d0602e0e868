import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

const RENDERER = 'src-renderer/src'

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

/**
 * Main sends reason codes with data; the renderer owns every sentence. Reading a `.message` of an answer, or testing
 * SecPaid's own words (`secpaidMessage`) against a pattern, would be the renderer guessing meaning from text.
 */
const MATCHING_ON_TEXT = [
  /\.message\b/,
  /secpaidMessage\s*(===|!==|==|!=)\s*['"`]/,
  /secpaidMessage\??\.(includes|startsWith|endsWith|match|search|indexOf)\s*\(/,
  /\.(test|exec)\(\s*[\w.?]*secpaidMessage/
]

describe('the renderer words errors from reason codes, never from text', () => {
  it('no renderer file reads an error message or matches on SecPaid’s text', () => {
    const offending = sourceFiles(RENDERER).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ file, line: index + 1, text: line }))
        .filter(({ text }) => MATCHING_ON_TEXT.some((pattern) => pattern.test(text)))
        .map(({ file, line, text }) => `${file}:${line}: ${text.trim()}`)
    )
    expect(offending).toEqual([])
  })

  it('the check itself catches the old way of matching main’s English', () => {
    const oldWay = "if (/connection was refused/i.test(error.message)) return 'errorNetworkRefused'"
    expect(MATCHING_ON_TEXT.some((pattern) => pattern.test(oldWay))).toBe(true)
    expect(
      MATCHING_ON_TEXT.some((pattern) => pattern.test("error.secpaidMessage === 'This link is already used'"))
    ).toBe(true)
  })
})
