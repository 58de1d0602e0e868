import { readFileSync } from 'node:fs'
import { relative, sep } from 'node:path'

import { describe, expect, it } from 'vitest'

import { sourceFiles } from '../../scripts/check-import-cycles'

/** The journal's two answers that read every sale kept: for tools and tests, never for the app (they grow with years). */
const WHOLE_HISTORY = /\b(?:journal|deps\.journal|options\.journal)\s*\.\s*(?:all|allEnvironments)\s*\(/

describe('the app asks the books questions; it never reads ten years of sales to answer one', () => {
  it('no file of main outside the journal calls journal.all() or journal.allEnvironments()', () => {
    const offenders = sourceFiles('src-main')
      .map((file) => relative(process.cwd(), file).split(sep).join('/'))
      .filter((file) => !file.startsWith('src-main/journal/'))
      .filter((file) => WHOLE_HISTORY.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('the rule would see such a call', () => {
    expect(WHOLE_HISTORY.test('staleLinks(journal.all(), now)')).toBe(true)
    expect(WHOLE_HISTORY.test('deps.journal.allEnvironments ()')).toBe(true)
    expect(WHOLE_HISTORY.test('journal.awaitingPayment()')).toBe(false)
  })
})
