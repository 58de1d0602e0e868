import type { IpcResult, SaleLink } from '../../src-preload/contract'
import { fail, fromSecPaidError, succeed } from '../ipc/ipc-result'
import type { CreatedLink, PendingLink, SecPaidClient, SecPaidError } from '../secpaid/types'
import type { SettingsService } from '../settings/settings-service'
import { findSaleLink } from './find-sale-link'
import type { SaleJournal } from './sale-journal'
import type { SaleRecord } from './sale-record'
import { recipientNoteFor, renderSaleReference, saleDay } from './sale-reference'

export interface SaleServiceDeps {
  getClient: () => SecPaidClient
  journal: SaleJournal
  settings: SettingsService
  now: () => Date
  /** Pause before looking up a create whose answer was lost, so a slow SecPaid has finished it. */
  lookupDelayMs?: number
  sleep?: (ms: number) => Promise<void>
}

export interface SaleService {
  charge(request: { amountCents: number; note?: string }): Promise<IpcResult<SaleLink>>
  /** Deletes the sale's link at SecPaid; a link already paid stays and is recorded as paid. */
  cancel(linkId: number): Promise<IpcResult<{ linkId: number }>>
  /** Status changes learned by paid detection, for links this counter made. */
  recordPaid(linkId: number): void
  recordGone(linkId: number): void
  referenceOf(linkId: number): string | undefined
  /** Settles a sale left `creating` (lost answer, crash): adopts its link if it exists, else creates it. */
  resolve(reference: string): Promise<IpcResult<SaleLink>>
  /** At start-up: settles every sale a crash or a lost answer left open; returns the ones that got a link. */
  reconcileOpenSales(): Promise<SaleLink[]>
}

/** SecPaid's deleteLink answer for a link the customer has paid. */
const ALREADY_PAID_MESSAGE = 'This link is already used'

/** A lost answer is retried once, under the same reference, after a look-up proved no link exists. */
const CREATE_ATTEMPTS = 2

interface SettlePlan {
  /** Look the reference up before creating: the sale may already have a link. */
  checkFirst: boolean
  /** Create the link when the look-up finds none (a cashier's retry), or give the sale up (a restart). */
  createIfAbsent: boolean
}

/**
 * Errors after which the link may exist although no answer said so: the request may have been processed.
 * A 429, an auth failure, a refused connection or an explicit ResponseCode 0 mean it was not.
 */
const mayHaveCreated = (error: SecPaidError): boolean =>
  error.outcomeUnknown || error.kind === 'server' || error.kind === 'bad_response'

/**
 * One sale, one link. The sale is journaled before SecPaid is asked; when an answer is lost the sale's unique
 * reference is looked up before anything is created again, and a retry reuses the same reference.
 */
export function createSaleService(deps: SaleServiceDeps): SaleService {
  const { journal, settings } = deps
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const lookupDelayMs = deps.lookupDelayMs ?? 500
  const at = () => deps.now().toISOString()
  const settling = new Map<string, Promise<IpcResult<SaleLink>>>()
  const saleByLinkId = (linkId: number) => journal.byLinkId(linkId)

  const recordCreated = (sale: SaleRecord, link: CreatedLink | PendingLink): IpcResult<SaleLink> => {
    const created = journal.append({
      type: 'created',
      reference: sale.reference,
      linkId: link.id,
      payLink: link.payLink,
      qrImg: link.qrImg,
      at: at()
    })
    return succeed(toSaleLink(created))
  }

  const recordFailed = (sale: SaleRecord, error: SecPaidError | string): IpcResult<SaleLink> => {
    const reason = typeof error === 'string' ? error : error.message
    journal.append({ type: 'failed', reference: sale.reference, reason, at: at() })
    return typeof error === 'string' ? fail('api', error) : fromSecPaidError(error)
  }

  const stillUncertain = (sale: SaleRecord, error: SecPaidError): IpcResult<SaleLink> => ({
    ok: false,
    error: {
      code: error.kind,
      message: `${error.message} It is not yet known whether SecPaid created the link; the app checks before charging again.`,
      pendingSaleReference: sale.reference,
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {})
    }
  })

  /** Looks the reference up; adopts what exists, removing late duplicates of it. */
  const adoptExisting = async (sale: SaleRecord, client: SecPaidClient): Promise<IpcResult<SaleLink> | 'absent'> => {
    const lookup = await findSaleLink(client, sale.reference)
    switch (lookup.found) {
      case 'unknown':
        return stillUncertain(sale, lookup.error)
      case 'none':
        return 'absent'
      case 'paid':
        journal.append({
          type: 'created',
          reference: sale.reference,
          linkId: lookup.link.id,
          payLink: '',
          qrImg: null,
          at: at()
        })
        return succeed(toSaleLink(journal.append({ type: 'paid', reference: sale.reference, at: at() })))
      case 'pending':
        for (const duplicate of lookup.duplicates) await client.deleteLink(duplicate.id)
        return recordCreated(sale, lookup.link)
    }
  }

  const createLink = (sale: SaleRecord, client: SecPaidClient) => {
    const defaults = settings.getStored().linkDefaults
    return client.createLink({
      amountCents: sale.amountCents,
      recipientNote: recipientNoteFor(sale.reference, sale.note),
      cancellable: defaults.cancellable,
      bankTransfer: defaults.bankTransfer,
      isQrLink: true,
      ...(defaults.callbackUrl ? { callbackUrl: defaults.callbackUrl } : {}),
      ...(defaults.paymentEndpoint ? { paymentEndpoint: defaults.paymentEndpoint } : {}),
      ...(defaults.bankStatementDescription ? { bankStatementDescription: defaults.bankStatementDescription } : {})
    })
  }

  /**
   * Creates the sale's link at most `CREATE_ATTEMPTS` times, and before each attempt after a lost answer
   * proves by look-up that no link with the sale's reference exists.
   */
  const createOrAdopt = async (sale: SaleRecord, plan: SettlePlan): Promise<IpcResult<SaleLink>> => {
    const client = deps.getClient()
    if (plan.checkFirst) {
      const existing = await adoptExisting(sale, client)
      if (existing !== 'absent') return existing
      if (!plan.createIfAbsent)
        return recordFailed(sale, 'The app closed before SecPaid created the link; nothing was charged.')
    }
    let lastError: SecPaidError | null = null
    for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt += 1) {
      const created = await createLink(sale, client)
      if (created.ok) return recordCreated(sale, created.value)
      if (!mayHaveCreated(created.error)) return recordFailed(sale, created.error)
      lastError = created.error
      await sleep(lookupDelayMs)
      const existing = await adoptExisting(sale, client)
      if (existing !== 'absent') return existing
    }
    return recordFailed(
      sale,
      `${lastError?.message ?? ''} SecPaid did not create the link; nothing was charged.`.trim()
    )
  }

  /** One settlement per sale at a time, so a double press or a start-up reconcile never races a charge. */
  const settleOnce = (sale: SaleRecord, plan: SettlePlan): Promise<IpcResult<SaleLink>> => {
    const running = settling.get(sale.reference)
    if (running !== undefined) return running
    const settlement = createOrAdopt(sale, plan).finally(() => settling.delete(sale.reference))
    settling.set(sale.reference, settlement)
    return settlement
  }

  return {
    async charge({ amountCents, note }) {
      const stored = settings.getStored()
      const day = saleDay(deps.now())
      let reference: string
      do {
        // A reset sale counter (restored settings) must never hand out a reference a journaled sale already has.
        reference = renderSaleReference(stored.linkDefaults.noteTemplate, {
          device: stored.deviceName,
          day,
          seq: settings.nextSaleNumber(day)
        })
      } while (journal.get(reference) !== undefined)
      const sale = journal.append({ type: 'creating', reference, amountCents, note: note?.trim() ?? '', at: at() })
      return settleOnce(sale, { checkFirst: false, createIfAbsent: true })
    },
    async resolve(reference) {
      const sale = journal.get(reference)
      if (sale === undefined) return fail('invalid_request', `No sale with reference ${reference}.`)
      if (sale.status === 'failed') return fail('api', sale.failure ?? 'This sale failed.')
      if (sale.status !== 'creating') return succeed(toSaleLink(sale))
      return settleOnce(sale, { checkFirst: true, createIfAbsent: true })
    },
    async reconcileOpenSales() {
      const settled: SaleLink[] = []
      for (const sale of journal.all()) {
        if (sale.status !== 'creating') continue
        const result = await settleOnce(sale, { checkFirst: true, createIfAbsent: false })
        if (result.ok) settled.push(result.value)
      }
      return settled
    },
    async cancel(linkId) {
      const sale = saleByLinkId(linkId)
      const deleted = await deps.getClient().deleteLink(linkId)
      if (deleted.ok) {
        if (sale !== undefined) journal.append({ type: 'cancelled', reference: sale.reference, at: at() })
        return succeed({ linkId })
      }
      if (deleted.error.kind === 'api' && deleted.error.message === ALREADY_PAID_MESSAGE) {
        if (sale !== undefined && sale.status !== 'paid')
          journal.append({ type: 'paid', reference: sale.reference, at: at() })
        return fail('already_paid', 'This sale is already paid and can no longer be cancelled.')
      }
      return fromSecPaidError(deleted.error)
    },
    recordPaid(linkId) {
      const sale = saleByLinkId(linkId)
      if (sale !== undefined && sale.status === 'created')
        journal.append({ type: 'paid', reference: sale.reference, at: at() })
    },
    recordGone(linkId) {
      const sale = saleByLinkId(linkId)
      if (sale !== undefined && sale.status === 'created')
        journal.append({ type: 'cancelled', reference: sale.reference, at: at() })
    },
    referenceOf: (linkId) => saleByLinkId(linkId)?.reference
  }
}

export function toSaleLink(sale: SaleRecord): SaleLink {
  return {
    linkId: sale.linkId ?? 0,
    reference: sale.reference,
    amountCents: sale.amountCents,
    payLink: sale.payLink ?? '',
    qrImg: sale.qrImg,
    note: sale.note,
    status: sale.status
  }
}
