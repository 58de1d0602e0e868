import type { SaleStatus, SaleStep } from '../../../src-preload/contract'
import type { MessageKey } from './i18n'

/** Every status's word, on every screen that shows one (History, Day close, the CSV). */
export const STATUS_LABEL = {
  waiting: 'statusWaiting',
  paid: 'statusPaid',
  cancelled: 'statusCancelled',
  failed: 'statusFailed'
} as const satisfies Record<SaleStatus, MessageKey>

/**
 * The word for a sale in History and the CSV: its status, except that a refund asked for (and not refused) shows over
 * the paid sale it stands beside.
 */
export const statusLabel = (status: SaleStatus, refundAsked: boolean): MessageKey =>
  refundAsked ? 'statusRefundRequested' : STATUS_LABEL[status]

/** A refund that counts: asked for, and not refused. */
export const refundAsked = (refund: { state: 'requested' | 'sent' | 'refused' } | null): boolean =>
  refund !== null && refund.state !== 'refused'

export const STEP_LABEL = {
  creating: 'stepCreating',
  created: 'stepCreated',
  paid: 'stepPaid',
  cancelled: 'stepCancelled',
  failed: 'stepFailed',
  refund_requested: 'stepRefundRequested',
  refund_sent: 'stepRefundSent',
  refund_refused: 'stepRefundRefused'
} as const satisfies Record<SaleStep, MessageKey>

const timeFormats = new Map<string, Intl.DateTimeFormat>()

/** The local time of an ISO moment, as the language writes it ("14:05:09"). */
export function formatTime(iso: string, locale: string): string {
  let format = timeFormats.get(locale)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
    timeFormats.set(locale, format)
  }
  return format.format(new Date(iso))
}
