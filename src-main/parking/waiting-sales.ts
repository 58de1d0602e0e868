import { join } from 'node:path'

import type { CounterEvent, SaleChange } from '../../src-preload/contract'
import type { Clock } from '../clock'
import { createDurableJsonFile } from '../durable-json-file'
import type { SaleJournal } from '../journal/sale-journal'
import type { Result } from '../result'
import { createExpiryHandlers, type ExpiryHandlers } from '../sale/expiry-handlers'
import { createLinkExpiry, expiryFileSchema, type LinkExpiry } from '../sale/link-expiry'
import type { SaleService } from '../sale/sale-service'
import type { SettingsLock } from '../settings/settings-lock'
import type { SettingsService } from '../settings/settings-service'
import { parkedFileSchema } from './parked-sale-record'
import { createParkingHandlers, type ParkingHandlers } from './parking-handlers'
import { createParkingService } from './parking-service'

/** Beside the journal, not in it: parked sales are not sales until charged. */
const PARKED_SALES_FILE = 'parked-sales.json'
/** Beside the journal: when each link shown on the QR screen is cancelled by itself, across a restart. */
const LINK_EXPIRY_FILE = 'link-expiry.json'

interface WaitingSalesDeps {
  dataFolder: string
  settings: SettingsService
  journal: SaleJournal
  sales: SaleService
  settingsLock: SettingsLock
  clock: Clock
  emit: (event: CounterEvent) => void
  /** Cancel sale's safe cancel and what follows it, for a link no cashier is cancelling (expired, stale). */
  cancelLink: (linkId: number) => Promise<Result<{ linkId: number }>>
  reportDefect?: (error: unknown) => void
}

export interface WaitingSales {
  /** The counter handlers' parked sales, and what the keypad holds between a Change and the next charge. */
  parking: ParkingHandlers & { charged(): void; changed(change: SaleChange): void }
  /** The counter handlers' links that expire and links still waiting after a day. */
  expiry: ExpiryHandlers & { shown(linkId: number): void }
  linkExpiry: LinkExpiry
}

/** Sales that wait: parked on this till, or as links that expire (src-main/parking/, src-main/sale/link-expiry.ts). */
export function createWaitingSales(deps: WaitingSalesDeps): WaitingSales {
  const { settings, journal, sales, clock } = deps
  const parking = createParkingService({
    file: createDurableJsonFile(join(deps.dataFolder, PARKED_SALES_FILE), parkedFileSchema, () => ({
      version: 1 as const,
      sales: []
    })),
    environment: () => settings.getStored().environment,
    offer: () => settings.getPublic(),
    now: () => new Date(clock.now())
  })
  const linkExpiry = createLinkExpiry({
    file: createDurableJsonFile(join(deps.dataFolder, LINK_EXPIRY_FILE), expiryFileSchema, () => ({
      version: 1 as const,
      links: []
    })),
    clock,
    minutes: () => settings.getStored().linkExpiry.minutes,
    environment: () => settings.getStored().environment,
    saleOf: (linkId) => journal.byLinkId(linkId),
    cancel: deps.cancelLink,
    emit: deps.emit,
    ...(deps.reportDefect ? { reportDefect: deps.reportDefect } : {})
  })
  const parkingHandlers = createParkingHandlers(parking)
  return {
    linkExpiry,
    parking: {
      ...parkingHandlers,
      resumeParkedSale: async (request) => {
        const resumed = await parkingHandlers.resumeParkedSale(request)
        // A changed sale parked (or back after a restart): its next charge names the sale it changes.
        if (resumed.ok && resumed.value.replaces !== null) sales.mayBeReplaced(resumed.value.replaces)
        return resumed
      },
      charged: () => parking.charged(),
      changed: (change) => parking.holdChanged(change, journal.get(change.reference)?.items ?? [])
    },
    expiry: {
      ...createExpiryHandlers({
        expiry: linkExpiry,
        journal,
        settingsLock: deps.settingsLock,
        pinSet: () => settings.getStored().settingsPin !== null,
        now: () => clock.now(),
        cancel: deps.cancelLink
      }),
      shown: (linkId) => {
        const view = linkExpiry.shown(linkId)
        deps.emit({ type: 'link_expiry', linkId, expiresAt: view.expiresAt, msLeft: view.msLeft })
      }
    }
  }
}
