import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { LinkView, PublicSettings } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'

/**
 * Text at its edges, through the real handlers: what is left once hidden characters are gone, and combining marks
 * with no letter of their own to sit on, which would sit on whatever the app shows before the field instead.
 */
const ACUTE = '\u0301'
const RING = '\u030A'

describe('text at its edges', () => {
  let opened: DemoBackend
  const call = (channel: string, request: unknown) => opened.call(channel, request)

  beforeAll(async () => {
    opened = await openDemoBackend({ testing: { requestBudget: null } })
  })
  afterAll(async () => {
    await opened.close()
  })

  it('a product name of nothing but combining marks is refused like an empty one', async () => {
    expect(
      await call('updateSettings', {
        products: [{ id: 'ghost', name: `${ACUTE}${RING}`, priceCents: 100, colour: '' }]
      })
    ).toEqual({ ok: false, error: { code: 'invalid_request', field: 'products.0.name' } })
  })

  it('a combining mark at the start of a name is dropped; marks on a letter stay', async () => {
    const answer = await call('updateSettings', {
      products: [{ id: 'cafe', name: `${ACUTE}Cafe${ACUTE}`, priceCents: 100, colour: '' }]
    })
    expect(answer.ok).toBe(true)
    expect((answer as { value: PublicSettings }).value.products.map((product) => product.name)).toEqual([
      `Cafe${ACUTE}`
    ])
  })

  it('a note that is nothing once stripped leaves SecPaid’s note the reference alone', async () => {
    const charged = await call('charge', { amountCents: 300, note: `\u202E\u200B${ACUTE} \uFEFF` })
    expect(charged.ok).toBe(true)
    const link = (charged as { value: LinkView }).value
    expect(link.note).toBe('')
    expect(opened.demo.links().find((candidate) => candidate.id === link.linkId)?.recipientNote).toBe(link.reference)
  })
})
