import type { IpcResult, SaleLink } from '../../src-preload/contract'
import type { SecPaidClient } from '../secpaid/types'
import type { SettingsService } from '../settings/settings-service'
import { fromSecPaidError, succeed } from '../ipc/ipc-result'
import { recipientNoteFor, renderSaleReference, saleDay } from './sale-reference'

/** Creates the one payment link for one sale, with the owner's default link options and a unique reference. */
export async function chargeSale(options: {
  client: SecPaidClient
  settings: SettingsService
  now: Date
  amountCents: number
  note?: string
}): Promise<IpcResult<SaleLink>> {
  const { client, settings, now, amountCents } = options
  const stored = settings.getStored()
  const day = saleDay(now)
  const reference = renderSaleReference(stored.linkDefaults.noteTemplate, {
    device: stored.deviceName,
    day,
    seq: settings.nextSaleNumber(day)
  })
  const note = options.note?.trim() ?? ''
  const defaults = stored.linkDefaults
  const created = await client.createLink({
    amountCents,
    recipientNote: recipientNoteFor(reference, note),
    cancellable: defaults.cancellable,
    bankTransfer: defaults.bankTransfer,
    isQrLink: true,
    ...(defaults.callbackUrl ? { callbackUrl: defaults.callbackUrl } : {}),
    ...(defaults.paymentEndpoint ? { paymentEndpoint: defaults.paymentEndpoint } : {}),
    ...(defaults.bankStatementDescription ? { bankStatementDescription: defaults.bankStatementDescription } : {})
  })
  if (!created.ok) return fromSecPaidError(created.error)
  return succeed({
    linkId: created.value.id,
    reference,
    amountCents: created.value.amountCents,
    payLink: created.value.payLink,
    qrImg: created.value.qrImg,
    note
  })
}
