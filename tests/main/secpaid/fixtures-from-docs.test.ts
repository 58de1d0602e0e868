import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtureText } from './canned-server'

/** The two SecPaid docs pages this product is built from, verbatim, kept in shared/ beside the repository. */
const SEED_PAGES = join(import.meta.dirname, '../../../../shared/seeds')

const page = (name: string) => readFileSync(join(SEED_PAGES, `${name}.txt`), 'utf8')

/** Each fixture copied from a docs page, and the page it was copied from. */
const COPIED_FROM_DOCS = [
  { fixture: 'createLink', page: 'createLink' },
  { fixture: 'createLink-error', page: 'createLink' },
  { fixture: 'getMyUnusedLinks', page: 'getMyUnusedLinks' }
] as const

describe("fixtures copied from SecPaid's docs are the pages' examples byte for byte", () => {
  it.each(COPIED_FROM_DOCS)('$fixture.json occurs verbatim in the $page page', ({ fixture, page: pageName }) => {
    const text = fixtureText(fixture)
    // A fixture is the whole example: it opens with "{" on its own line and closes with "}" and a line break.
    expect(text).toMatch(/^\{\n[\s\S]*\n\}\n$/)
    expect(page(pageName)).toContain(text)
  })
})
