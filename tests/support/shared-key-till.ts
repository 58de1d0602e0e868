import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type Backend, createBackend } from '../../src-main/backend'
import { type Clock, sleepOn } from '../../src-main/clock'
import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../src-main/settings/json-file-settings-storage'
import type { Channel, IpcError, IpcResult, LinkView, RequestOf, ResponseOf } from '../../src-preload/contract'
import { plainCipher } from './plain-cipher'
import type { TestSecPaid } from './test-secpaid'

/** The one key every till shares; the test SecPaid must accept it. */
export const SHARED_KEY = 'sk_live_shared_by_the_tills'

/**
 * What the customer does once the QR is shown: pays after a while, or the cashier cancels the sale, or the cashier
 * goes back to the keypad after `backAfterMs` (the customer has scanned) and the customer pays `paysAfterBackMs` later.
 */
export type Customer =
  { paysAfterMs: number } | { cancelAfterMs: number } | { backAfterMs: number; paysAfterBackMs: number }

export type SaleOutcome =
  | { charged: false; error: IpcError }
  | { charged: true; linkId: number; outcome: 'paid'; paidAt: number; paidDetectionMs: number }
  | { charged: true; linkId: number; outcome: 'cancelled' | 'not_detected' }

export interface Till {
  /** The backend running now: a new one after each `restart()`. */
  readonly backend: Backend
  /** This till's sale journal file. */
  booksPath: string
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>
  /**
   * One sale as the cashier, the renderer and the customer play it, through the real handlers; `onQr` hears when the
   * QR goes up and comes down. A customer who pays after the cashier went back is answered once the payment is seen:
   * the cashier may sell on meanwhile.
   */
  sell(amountCents: number, customer: Customer, onQr?: (shown: boolean) => void): Promise<SaleOutcome>
  /** The renderer's refresh of the pending list every 30 s; returns the function that stops it. */
  refreshSidebarEvery(ms: number): () => void
  /**
   * The app quit and started again: the backend is closed and a new one opened on the same folder; `whileDown` runs
   * in between (a customer who pays meanwhile).
   */
  restart(whileDown?: () => void): Promise<void>
  close(): Promise<void>
}

/** How long a paid link may go unnoticed before the sale is given up as not detected. */
const DETECTION_LIMIT_MS = 120_000

/**
 * A till of its own (settings file, journal, so its own till id, and request budget) on the key it shares with
 * other tills, in production mode against the test SecPaid, on the clock everything else shares.
 */
export async function openTill(options: {
  secpaid: TestSecPaid
  clock: Clock
  tillsOnKey?: number
  /** The owner's reference template, if not the default (tills read each other's references by their own). */
  noteTemplate?: string
  /** SecPaid's answer time limit (real milliseconds), if not the app's own. */
  timeoutMs?: number
}): Promise<Till> {
  const { secpaid, clock } = options
  const folder = mkdtempSync(join(tmpdir(), 'shared-key-till-'))
  const booksPath = join(folder, 'books.sqlite')
  const open = () =>
    createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath,
      cipher: plainCipher,
      fetch,
      testing: {
        clock,
        baseUrlOverride: secpaid.baseUrl,
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {})
      }
    })
  let backend = await open()
  const call = <C extends Channel>(channel: C, request: RequestOf<C>) =>
    dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<ResponseOf<C>>>
  // What the renderer fires without waiting for the answer.
  const inBackground = (pending: Promise<unknown>) => void pending.catch(() => undefined)
  const refreshLists = () => inBackground(call('listPending', {}))

  const setUp = [
    await call('updateSettings', {
      environment: 'production',
      tillsOnKey: options.tillsOnKey ?? 1,
      ...(options.noteTemplate !== undefined ? { linkDefaults: { noteTemplate: options.noteTemplate } } : {})
    }),
    await call('setApiKey', { apiKey: SHARED_KEY, storeUnencrypted: true })
  ]
  for (const answer of setUp) if (!answer.ok) throw new Error(`till set-up refused: ${JSON.stringify(answer.error)}`)
  // As the app does at start: sales left open are settled, then every open sale is watched in the background.
  await backend.reconcile()

  const paidEvent = (linkId: number) => {
    let unsubscribe = () => {}
    const paid = new Promise<number | null>((resolve) => {
      const stopWaiting = clock.after(DETECTION_LIMIT_MS, () => resolve(null))
      unsubscribe = backend.events.subscribe((event) => {
        if (event.type !== 'link_status' || event.linkId !== linkId || event.state !== 'paid') return
        stopWaiting()
        resolve(clock.now())
      })
    })
    return paid.finally(unsubscribe)
  }

  /** Paid at SecPaid at `paidAt`, seen by the till (link_status paid) or given up after the detection limit. */
  const detected = async (linkId: number, seen: Promise<number | null>, paidAt: number): Promise<SaleOutcome> => {
    const detectedAt = await seen
    return detectedAt === null
      ? { charged: true, linkId, outcome: 'not_detected' }
      : { charged: true, linkId, outcome: 'paid', paidAt, paidDetectionMs: detectedAt - paidAt }
  }

  /** The renderer's way back to the keypad: QR gone, the sidebar refreshed; later the customer pays. */
  const paysAfterBack = async (
    linkId: number,
    customer: { backAfterMs: number; paysAfterBackMs: number },
    onQr?: (shown: boolean) => void
  ): Promise<SaleOutcome> => {
    await sleepOn(clock, customer.backAfterMs)
    await call('unwatchLink', {})
    onQr?.(false)
    refreshLists()
    await sleepOn(clock, customer.paysAfterBackMs)
    const seen = paidEvent(linkId)
    const paidAt = clock.now()
    if (!secpaid.markPaid(linkId)) throw new Error(`link ${linkId} could not be paid`)
    return detected(linkId, seen, paidAt)
  }

  const showQr = async (link: LinkView, customer: Customer, onQr?: (shown: boolean) => void): Promise<SaleOutcome> => {
    const { linkId } = link
    refreshLists()
    await call('watchLink', { linkId })
    if ('cancelAfterMs' in customer) {
      await sleepOn(clock, customer.cancelAfterMs)
      await call('cancelSale', { linkId })
      refreshLists()
      await call('unwatchLink', {})
      return { charged: true, linkId, outcome: 'cancelled' }
    }
    if ('backAfterMs' in customer) return paysAfterBack(linkId, customer, onQr)
    await sleepOn(clock, customer.paysAfterMs)
    const seen = paidEvent(linkId)
    const paidAt = clock.now()
    if (!secpaid.markPaid(linkId)) throw new Error(`link ${linkId} could not be paid`)
    const outcome = await detected(linkId, seen, paidAt)
    // The Paid screen: the sidebar and today's totals are refreshed, the QR is gone.
    refreshLists()
    await call('unwatchLink', {})
    return outcome
  }

  return {
    get backend() {
      return backend
    },
    booksPath,
    call,
    async sell(amountCents, customer, onQr) {
      const charged = await call('charge', { amountCents })
      if (!charged.ok) return { charged: false, error: charged.error }
      onQr?.(true)
      if ('backAfterMs' in customer) return showQr(charged.value, customer, onQr)
      try {
        return await showQr(charged.value, customer)
      } finally {
        onQr?.(false)
      }
    },
    refreshSidebarEvery(ms) {
      let cancel = clock.after(ms, function refresh() {
        refreshLists()
        cancel = clock.after(ms, refresh)
      })
      return () => cancel()
    },
    async restart(whileDown) {
      await backend.close()
      whileDown?.()
      backend = await open()
      await backend.reconcile()
    },
    async close() {
      await backend.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}
