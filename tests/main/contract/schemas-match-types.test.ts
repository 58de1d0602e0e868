import { describe, expect, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'

import {
  type ChargeRequest,
  type CounterEvent,
  counterEventSchema,
  type DayCloseRequest,
  type EditableSettings,
  type HistoryRequest,
  type ListPendingRequest,
  parseCounterEvent,
  type PublicSettings,
  type RefundRequest,
  type RequestOf,
  type SaleComposition,
  type SaleFailure,
  type SaleStatus,
  type SaveFileRequest,
  type SecPaidFailure,
  type SettingsPatch,
  type UnlockPurpose
} from '../../../src-preload/contract'
import { saleFailureSchema, secPaidFailureSchema } from '../../../src-preload/contract/sale-failure-schema'
import { editableSettingsSchema, publicSettingsSchema } from '../../../src-preload/contract/settings-schema'
import { buildCounterApi } from '../../../src-preload/counter-api'
import { openDemoBackend } from '../../support/demo-backend'

// The type checks below are proved by `npm run typecheck`: a field, state or event in one but not the other fails it.

describe('the contract’s schemas and types say the same, both ways', () => {
  it('every event main may push is one the preload lets through, and nothing else', () => {
    expectTypeOf<z.output<typeof counterEventSchema>>().toEqualTypeOf<CounterEvent>()
  })

  it('the settings and failures as the schemas check them are the types the renderer reads', () => {
    expectTypeOf<z.output<typeof editableSettingsSchema>>().toEqualTypeOf<EditableSettings>()
    expectTypeOf<z.output<typeof publicSettingsSchema>>().toEqualTypeOf<PublicSettings>()
    expectTypeOf<z.output<typeof secPaidFailureSchema>>().toEqualTypeOf<SecPaidFailure>()
    expectTypeOf<z.output<typeof saleFailureSchema>>().toEqualTypeOf<SaleFailure>()
  })

  it('each request as its channel’s schema outputs it is the named request type the renderer sends', () => {
    expectTypeOf<RequestOf<'charge'>>().toEqualTypeOf<ChargeRequest>()
    expectTypeOf<RequestOf<'updateSettings'>>().toEqualTypeOf<SettingsPatch>()
    expectTypeOf<RequestOf<'quoteSale'>>().toEqualTypeOf<SaleComposition>()
    expectTypeOf<RequestOf<'listPending'>>().toEqualTypeOf<ListPendingRequest>()
    expectTypeOf<RequestOf<'salesHistory'>>().toEqualTypeOf<HistoryRequest>()
    expectTypeOf<RequestOf<'refundSale'>>().toEqualTypeOf<RefundRequest>()
    expectTypeOf<RequestOf<'dayClose'>>().toEqualTypeOf<DayCloseRequest>()
    expectTypeOf<RequestOf<'saveFile'>>().toEqualTypeOf<SaveFileRequest>()
    expectTypeOf<NonNullable<RequestOf<'unlockSettings'>['purpose']>>().toEqualTypeOf<UnlockPurpose>()
  })
})

/** The settings a real backend answers with. */
async function realSettings(): Promise<PublicSettings> {
  const bench = await openDemoBackend()
  try {
    const answer = await bench.call<PublicSettings>('getSettings', {})
    if (!answer.ok) throw new Error(answer.error.code)
    return answer.value
  } finally {
    await bench.close()
  }
}

/** One event of each type: a type added to the contract does not compile here until it is listed. */
const oneOfEach = (settings: PublicSettings): { [T in CounterEvent['type']]: Extract<CounterEvent, { type: T }> } => ({
  link_status: { type: 'link_status', linkId: 7, state: 'paid' },
  sale_settled: {
    type: 'sale_settled',
    sale: { reference: 'POS-1', linkId: 7, amountCents: 250, note: '', status: 'paid' }
  },
  connection: { type: 'connection', online: false, problem: { kind: 'timeout', seconds: 10 }, lastAnswerAt: null },
  settings_changed: { type: 'settings_changed', settings },
  journal_status: {
    type: 'journal_status',
    status: { writable: true, errno: null, unwrittenLines: 0, quarantined: null, problem: null }
  },
  receipt_print_failed: { type: 'receipt_print_failed', reference: 'POS-1', reason: 'failed', printerName: null },
  pairing_code_changed: { type: 'pairing_code_changed', paused: true },
  pending_changed: { type: 'pending_changed' },
  summary_changed: { type: 'summary_changed' },
  uncertain_sale: { type: 'uncertain_sale', reference: 'POS-1', cause: { code: 'timeout', seconds: 10 } },
  link_expiry: { type: 'link_expiry', linkId: 7, expiresAt: '2026-12-08T10:00:00.000Z', msLeft: 60_000 },
  link_expired: { type: 'link_expired', linkId: 7, reference: 'POS-1', outcome: 'cancelled' }
})
/** Every status a link can be in, likewise. */
const LINK_STATES: Record<SaleStatus, null> = { paid: null, waiting: null, cancelled: null, failed: null }

describe('the preload drops no event of the contract', () => {
  it('hands every event type, and a link_status of every link state, to the renderer as main sent it', async () => {
    const settings = await realSettings()
    let deliver: (payload: unknown) => void = () => undefined
    const api = buildCounterApi(
      async () => null,
      (send) => {
        deliver = send
        return () => undefined
      }
    )
    const received: CounterEvent[] = []
    api.onEvent((event) => received.push(event))
    const sent: CounterEvent[] = [
      ...Object.values(oneOfEach(settings)),
      ...(Object.keys(LINK_STATES) as SaleStatus[]).map((state): CounterEvent => ({
        type: 'link_status',
        linkId: 8,
        state
      }))
    ]
    for (const event of sent) {
      expect(parseCounterEvent(event), event.type).toEqual(event)
      deliver(JSON.parse(JSON.stringify(event)))
    }
    expect(received).toEqual(sent)
  })
})
