import { z } from 'zod'

import type { CounterEvent, Environment, LinkExpiryView } from '../../src-preload/contract'
import { environmentSchema } from '../../src-preload/contract/settings-schema'
import type { Clock } from '../clock'
import type { DurableJsonFile } from '../durable-json-file'
import type { SaleRecord } from '../journal/sale-record'
import { awaitsPayment } from '../journal/sale-status'
import { fail, type Result, succeed } from '../result'

const expiryEntrySchema = z.strictObject({
  linkId: z.number().int().positive(),
  reference: z.string(),
  environment: environmentSchema,
  /** Milliseconds since the epoch. */
  expiresAt: z.number().int().nonnegative()
})

export const expiryFileSchema = z.strictObject({ version: z.literal(1), links: z.array(expiryEntrySchema).max(10_000) })
export type ExpiryFile = z.output<typeof expiryFileSchema>
type ExpiryEntry = ExpiryFile['links'][number]

interface LinkExpiryDeps {
  file: DurableJsonFile<ExpiryFile>
  clock: Clock
  /** `linkExpiry.minutes` in Settings: 0 = links do not expire. */
  minutes: () => number
  environment: () => Environment
  /** This environment's sale of the link, from the journal. */
  saleOf: (linkId: number) => SaleRecord | undefined
  /** The safe cancel of Cancel sale: never a link that may be paid; a paid one answers `already_paid`. */
  cancel: (linkId: number) => Promise<Result<{ linkId: number }>>
  emit: (event: CounterEvent) => void
  reportDefect?: (error: unknown) => void
  /** When a cancel SecPaid could not confirm is tried again (default 30 s). */
  retryMs?: number
}

export interface LinkExpiry {
  /** The QR of the link is on screen: its time starts now unless it runs already. */
  shown(linkId: number): LinkExpiryView
  view(linkId: number): LinkExpiryView
  /** The cashier waits longer: the link expires `minutes` from now. */
  extend(linkId: number): Result<LinkExpiryView>
  /** Arms the timer: an expiry due while the app was closed is cancelled now. */
  start(): void
  /** The environment changed: only its own links are cancelled, each in its own environment. */
  rearm(): void
  stop(): void
}

const MINUTE_MS = 60_000

/**
 * Links that do not wait forever. Main owns the time, kept in `link-expiry.json` in the data folder, so a reload or a
 * restart loses none; when a link's time is up main cancels it as Cancel sale does, and a link paid meanwhile stays
 * paid. Only the current environment's links are acted on, each in its own environment.
 */
export function createLinkExpiry(deps: LinkExpiryDeps): LinkExpiry {
  const { clock } = deps
  const retryMs = deps.retryMs ?? 30_000
  let links = deps.file.load().links
  let disarm: (() => void) | null = null
  let running = false
  let stopped = false
  const save = () => deps.file.save({ version: 1, links })
  const entryOf = (linkId: number) =>
    links.find((entry) => entry.linkId === linkId && entry.environment === deps.environment())
  const viewOf = (linkId: number): LinkExpiryView => {
    const entry = entryOf(linkId)
    const minutes = deps.minutes()
    const expires = entry === undefined || minutes === 0 ? null : entry.expiresAt
    return {
      linkId,
      expiresAt: expires === null ? null : new Date(expires).toISOString(),
      msLeft: expires === null ? null : Math.max(0, expires - clock.now()),
      extendMinutes: minutes
    }
  }
  const drop = (entry: ExpiryEntry) => {
    links = links.filter((other) => other !== entry)
    save()
  }

  const arm = () => {
    disarm?.()
    disarm = null
    if (stopped) return
    const due = links.filter((entry) => entry.environment === deps.environment())
    if (due.length === 0) return
    const soonest = Math.min(...due.map((entry) => entry.expiresAt))
    disarm = clock.after(Math.max(0, soonest - clock.now()), () => {
      disarm = null
      void expireDue().catch((error: unknown) => deps.reportDefect?.(error))
    })
  }

  const expireOne = async (entry: ExpiryEntry) => {
    const sale = deps.saleOf(entry.linkId)
    if (sale === undefined || !awaitsPayment(sale) || sale.linkId !== entry.linkId || deps.minutes() === 0) {
      drop(entry)
      deps.emit({ type: 'link_expiry', linkId: entry.linkId, expiresAt: null, msLeft: null })
      return
    }
    const cancelled = await deps.cancel(entry.linkId)
    if (cancelled.ok || cancelled.error.code === 'already_paid') {
      drop(entry)
      const outcome = cancelled.ok ? 'cancelled' : 'paid'
      deps.emit({ type: 'link_expired', linkId: entry.linkId, reference: entry.reference, outcome })
      return
    }
    // SecPaid could not confirm it: the link may still be paid, so it stays waiting and is tried again.
    entry.expiresAt = clock.now() + retryMs
    save()
    deps.emit({ type: 'link_expired', linkId: entry.linkId, reference: entry.reference, outcome: 'not_confirmed' })
  }

  const expireDue = async () => {
    if (running || stopped) return
    running = true
    try {
      const now = clock.now()
      const due = links.filter((entry) => entry.environment === deps.environment() && entry.expiresAt <= now)
      for (const entry of due) await expireOne(entry)
    } finally {
      running = false
      arm()
    }
  }

  return {
    shown(linkId) {
      const minutes = deps.minutes()
      const sale = deps.saleOf(linkId)
      if (minutes === 0 || sale === undefined || !awaitsPayment(sale) || entryOf(linkId) !== undefined) {
        return viewOf(linkId)
      }
      const entry = {
        linkId,
        reference: sale.reference,
        environment: deps.environment(),
        expiresAt: clock.now() + minutes * MINUTE_MS
      }
      links = [...links, entry]
      save()
      arm()
      return viewOf(linkId)
    },
    view: viewOf,
    extend(linkId) {
      const entry = entryOf(linkId)
      const minutes = deps.minutes()
      if (entry === undefined || minutes === 0) return fail({ code: 'link_not_expiring', linkId })
      entry.expiresAt = clock.now() + minutes * MINUTE_MS
      save()
      arm()
      const view = viewOf(linkId)
      deps.emit({ type: 'link_expiry', linkId, expiresAt: view.expiresAt, msLeft: view.msLeft })
      return succeed(view)
    },
    start() {
      stopped = false
      arm()
    },
    rearm: () => arm(),
    stop() {
      stopped = true
      disarm?.()
      disarm = null
    }
  }
}
