import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { needs } from '../../support/needs'
import { fixtureText } from './canned-server'

/**
 * The two SecPaid docs pages this product is built from, verbatim, kept in shared/seeds beside the repository (not in
 * it: a clone alone lacks them). SECPAID_SEED_PAGES names another folder holding them.
 */
const SEED_PAGES = resolve(process.env.SECPAID_SEED_PAGES ?? join(import.meta.dirname, '../../../../shared/seeds'))

const pagePath = (name: string) => join(SEED_PAGES, `${name}.txt`)
const page = (name: string) => readFileSync(pagePath(name), 'utf8')

/** Null when the page is there; otherwise why the comparison cannot be made here. */
const pageMissing = (name: string): string | null =>
  existsSync(pagePath(name))
    ? null
    : `SecPaid's documentation page ${name}.txt is not at ${SEED_PAGES} (they sit in shared/seeds beside the ` +
      'repository, not in a clone of it; set SECPAID_SEED_PAGES to a folder holding them).'

/** Each fixture copied from a docs page, and the page it was copied from. */
const COPIED_FROM_DOCS = [
  { fixture: 'createLink', page: 'createLink' },
  { fixture: 'createLink-error', page: 'createLink' },
  { fixture: 'getMyUnusedLinks', page: 'getMyUnusedLinks' }
] as const

describe("fixtures copied from SecPaid's docs are the pages' examples byte for byte", () => {
  it.for(COPIED_FROM_DOCS)(
    '$fixture.json occurs verbatim in the $page page',
    ({ fixture, page: pageName }, context) => {
      needs(context, pageMissing(pageName))
      const text = fixtureText(fixture)
      // A fixture is the whole example: it opens with "{" on its own line and closes with "}" and a line break.
      expect(text).toMatch(/^\{\n[\s\S]*\n\}\n$/)
      expect(page(pageName)).toContain(text)
    }
  )
})
