import type { HistoryStatus, HistoryStep } from '../../../../src-preload/contract'
import type { MessageKey } from './i18n'

export const STATUS_LABEL = {
  waiting: 'statusWaiting',
  paid: 'statusPaid',
  cancelled: 'statusCancelled',
  failed: 'statusFailed',
  refund_requested: 'statusRefundRequested'
} as const satisfies Record<HistoryStatus, MessageKey>

export const STEP_LABEL = {
  creating: 'stepCreating',
  created: 'stepCreated',
  paid: 'stepPaid',
  cancelled: 'stepCancelled',
  failed: 'stepFailed',
  refund_requested: 'stepRefundRequested',
  refund_sent: 'stepRefundSent',
  refund_refused: 'stepRefundRefused'
} as const satisfies Record<HistoryStep, MessageKey>

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
