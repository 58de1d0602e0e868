import type {
  BadAnswer,
  CustomerDisplayProblem,
  Environment,
  IpcError,
  Language,
  PrintFailure,
  SaleFailure,
  SaleProblem,
  SecPaidFailure,
  SettingsLimits,
  SettingsRepair,
  StaffRefusal,
  UnreachableReason
} from '../../../../src-preload/contract'
import { formatCents } from '../format/format-money'
import { booksFailureText } from './books-care-words'
import { type MessageKey, translate } from './i18n'

/** How long to wait after a 429 that named no time. */
const DEFAULT_RETRY_AFTER_SECONDS = 5

/** Errors that mean SecPaid could not be reached at all: the screen shows the offline banner's wording. */
export function isOfflineError(error: IpcError): boolean {
  return error.code === 'unreachable' || error.code === 'timeout'
}

export function retryAfterSeconds(error: { retryAfterSeconds: number | null }): number {
  const seconds = error.retryAfterSeconds
  return seconds !== null && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : DEFAULT_RETRY_AFTER_SECONDS
}

/** How long a rate limit asks to wait, for errors that are one; null for every other error. */
export function rateLimitWaitSeconds(error: IpcError): number | null {
  if (error.code === 'rate_limited') return retryAfterSeconds(error)
  if (error.code === 'outcome_unknown' && error.cause.code === 'rate_limited') return retryAfterSeconds(error.cause)
  return null
}

export interface ErrorMessageOptions {
  /** Whether the app repeats the request by itself after a rate limit, or the cashier has to. */
  retrying?: boolean
  /** A rate limit's wait as it counts down; without it, the whole wait SecPaid named. */
  secondsLeft?: number
  /** Main's bounds, so a refused setting can say what it accepts. */
  limits?: SettingsLimits
}

/** What each setting accepts, worded from main's limits; null for a field without a sentence of its own. */
function settingRule(field: string, limits: SettingsLimits, language: Language): string | null {
  const say = (key: MessageKey, range: { min: number; max: number }) => translate(language, key, range)
  const euros = (cents: number) => formatCents(cents, language)
  // One rule for every row of a list: `products.2.name` is worded as `products.name`.
  switch (field.replace(/\.\d+(?=\.|$)/g, '')) {
    case 'maxAmountCents':
      return translate(language, 'maxAmountInvalid', {
        min: euros(limits.maxAmountCents.min),
        max: euros(limits.maxAmountCents.max)
      })
    case 'paidScreenSeconds':
      return say('paidScreenSecondsInvalid', limits.paidScreenSeconds)
    case 'tillsOnKey':
      return say('tillsOnKeyInvalid', limits.tillsOnKey)
    case 'lanDisplayPort':
      return say('lanDisplayPortInvalid', limits.lanDisplayPort)
    case 'slowCheckAfterHours':
      return say('slowCheckAfterHoursInvalid', limits.slowCheckAfterHours)
    case 'autoLockMinutes':
      return say('autoLockMinutesInvalid', limits.autoLockMinutes)
    case 'deviceName':
      return say('deviceNameInvalid', limits.deviceNameLength)
    case 'linkDefaults.noteTemplate':
      return say('noteTemplateInvalid', limits.noteTemplateLength)
    case 'linkDefaults.callbackUrl':
      return translate(language, 'callbackUrlInvalid')
    case 'linkDefaults.paymentEndpoint':
      return translate(language, 'paymentEndpointInvalid')
    case 'linkDefaults.bankStatementDescription':
      return say('bankStatementInvalid', limits.bankStatementDescriptionLength)
    case 'products.name':
      return say('productNameInvalid', limits.productNameLength)
    case 'products.priceCents':
      return translate(language, 'productPriceInvalid', {
        min: euros(limits.productPriceCents.min),
        max: euros(limits.productPriceCents.max)
      })
    case 'products.code':
      return say('productCodeInvalid', limits.productCodeLength)
    case 'categories.name':
      return say('categoryNameInvalid', limits.categoryNameLength)
    case 'tips.percentPresets':
      return translate(language, 'tipsPresetsInvalid', {
        max: limits.tipPresets.max,
        min: limits.tipPercent.min,
        maxPercent: limits.tipPercent.max
      })
    default:
      return null
  }
}

const ENVIRONMENT_NAME: Record<Environment, MessageKey> = {
  demo: 'environmentDemo',
  development: 'environmentDevelopment',
  production: 'environmentProduction'
}

const BAD_ANSWER: Record<BadAnswer, MessageKey> = {
  empty: 'errorBadResponseEmpty',
  not_json: 'errorBadResponseNotJson',
  unexpected_format: 'errorBadResponseFormat',
  contradictory: 'errorBadResponseContradictory',
  unusable_data: 'errorBadResponse'
}

const REFUND_REFUSAL = {
  refund_already_requested: 'errorRefundAlreadyRequested',
  refund_blocked_dispute: 'errorRefundBlockedDispute',
  refund_invalid_amount: 'errorRefundInvalidAmount',
  refund_link_cancelled: 'errorRefundLinkCancelled',
  refund_invoice_link: 'errorRefundInvoiceLink',
  link_not_found: 'errorLinkNotFound',
  refund_not_paid: 'errorRefundNotPaid',
  refund_pin_required: 'errorRefundPinRequired'
} as const satisfies Record<string, MessageKey>

/** SecPaid's own words end the sentence they are quoted in. */
const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)

const UNREACHABLE: Record<UnreachableReason, MessageKey> = {
  refused: 'errorNetworkRefused',
  unresolved: 'errorNetworkUnresolved',
  offline: 'errorNetworkOffline',
  no_route: 'errorNetworkNoRoute',
  invalid_address: 'errorNetworkInvalidAddress',
  dropped: 'errorNetworkDropped',
  other: 'errorNetwork'
}

/** SecPaid's failure in the cashier's language; SecPaid's own words (`secpaidMessage`) stay as SecPaid wrote them. */
function secPaidFailureMessage(failure: SecPaidFailure, language: Language, options: ErrorMessageOptions): string {
  const say = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params)
  switch (failure.code) {
    case 'no_key':
      return say('errorNoKey')
    case 'invalid_amount':
      return say('errorInvalidAmount')
    case 'key_rejected':
      return say('errorAuth')
    case 'rate_limited': {
      const seconds = options.secondsLeft ?? retryAfterSeconds(failure)
      if (seconds <= 0) return say(options.retrying ? 'errorRateLimitedRetryingNow' : 'errorRateLimitedReady')
      return say(options.retrying ? 'errorRateLimitedRetrying' : 'errorRateLimitedTryAgain', { seconds })
    }
    case 'secpaid_refused':
      return failure.secpaidMessage.trim() === '' ? say('errorRefusedNoReason') : failure.secpaidMessage.trim()
    case 'secpaid_error':
      return failure.secpaidMessage === null || failure.secpaidMessage.trim() === ''
        ? say('errorServer', { status: failure.httpStatus })
        : say('errorServerReason', { status: failure.httpStatus, reason: asSentence(failure.secpaidMessage.trim()) })
    case 'bad_answer':
      return say(BAD_ANSWER[failure.problem], { status: failure.httpStatus })
    case 'unreachable':
      return say(UNREACHABLE[failure.reason])
    case 'timeout':
      return say('errorTimeout')
  }
}

/** Why a sale ended without a link, ending with "nothing was charged". */
export function saleFailureMessage(failure: SaleFailure, language: Language): string {
  const nothingCharged = translate(language, 'errorNothingCharged')
  switch (failure.code) {
    case 'closed_before_link':
      return translate(language, 'errorAppClosedNothingCharged')
    case 'unexplained':
      return nothingCharged
    case 'link_not_created':
      return `${secPaidFailureMessage(failure.cause, language, {})} ${nothingCharged}`
    default:
      return `${secPaidFailureMessage(failure, language, {})} ${nothingCharged}`
  }
}

/** One sentence for the cashier for any error main answered, in their language. */
export function errorMessage(error: IpcError, language: Language, options: ErrorMessageOptions = {}): string {
  const say = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params)
  switch (error.code) {
    case 'outcome_unknown':
      return `${secPaidFailureMessage(error.cause, language, options)} ${say('errorOutcomeUnknown')}`
    case 'nothing_charged':
      return saleFailureMessage(error.failure, language)
    case 'no_such_sale':
      return say('errorNoSuchSale', { reference: error.reference })
    case 'sale_in_other_environment':
      return say('errorSaleInOtherEnvironment', {
        reference: error.reference,
        environment: say(ENVIRONMENT_NAME[error.environment])
      })
    case 'link_in_other_environment':
      return say('errorLinkInOtherEnvironment', { environment: say(ENVIRONMENT_NAME[error.environment]) })
    case 'key_undecryptable':
      return say('errorKeyUndecryptable')
    case 'already_paid':
      return say('errorAlreadyPaid')
    case 'amount_above_maximum':
      return say('maximumIs', { amount: formatCents(error.maxAmountCents, language) })
    case 'sale_not_paid':
      return say('errorSaleNotPaid', { reference: error.reference })
    case 'print_failed':
      return say(PRINT_FAILURE[error.reason], { printer: error.printerName ?? '' })
    case 'sale_invalid':
      return say(SALE_PROBLEM[error.problem], { limit: error.limit })
    case 'unknown_product':
      return say('errorUnknownProduct')
    case 'product_sold_out':
      return say('errorProductSoldOut')
    case 'tip_not_offered':
      return say('errorTipNotOffered')
    case 'vat_rate_not_offered':
      return say('errorVatRateNotOffered', { rate: error.ratePercent })
    case 'invalid_request':
      if (error.field === null) return say('errorInvalidRequestNoField')
      if (error.field === 'amountCents') return say('errorAmountInvalid')
      return (
        (options.limits && settingRule(error.field, options.limits, language)) ??
        say('errorInvalidRequest', { field: error.field })
      )
    case 'not_demo':
      return say('errorNotDemo')
    case 'no_such_demo_link':
      return say('errorNoSuchDemoLink')
    case 'locked':
      return say('errorLocked')
    case 'counter_locked':
      return say('errorCounterLocked')
    case 'dialog_pin_required':
      return say('errorDialogPinRequired')
    case 'journal_unwritable':
      return say('errorJournalUnwritable', { errno: error.errno ?? '?' })
    case 'settings_unwritable':
      return say('errorSettingsUnwritable', { errno: error.errno ?? '?' })
    case 'key_storage_needs_consent':
      return say(error.keyStorage === 'weak' ? 'errorKeyNeedsConsentWeak' : 'errorKeyNeedsConsentPlain')
    case 'key_encryption_failed':
      return say('errorKeyEncryptionFailed')
    case 'uncertain_sale_open':
      return say('errorUncertainSaleOpen', {
        reference: error.reference,
        amount: formatCents(error.amountCents, language)
      })
    case 'main_unreachable':
      return say('errorMainProcessUnreachable')
    case 'internal':
      return say('errorInternal')
    case 'refund_already_requested':
    case 'refund_blocked_dispute':
    case 'refund_invalid_amount':
    case 'refund_link_cancelled':
    case 'refund_invoice_link':
    case 'link_not_found':
    case 'refund_not_paid':
    case 'refund_pin_required':
      return say(REFUND_REFUSAL[error.code])
    case 'refund_refused':
      return error.secpaidMessage.trim().length === 0
        ? say('errorRefusedNoReason')
        : say('errorRefundRefused', { reason: asSentence(error.secpaidMessage) })
    case 'refund_above_paid':
      return say('errorRefundAbovePaid', { amount: formatCents(error.paidCents, language) })
    case 'refund_pin_wrong':
      return error.retryInSeconds === null
        ? say('errorRefundPinWrong')
        : say('errorRefundPinWait', { seconds: error.retryInSeconds })
    case 'refund_outcome_unknown':
      return `${secPaidFailureMessage(error.cause, language, options)} ${say('errorRefundOutcomeUnknown', {
        amount: formatCents(error.amountCents, language)
      })}`
    case 'refund_not_sent':
      return `${secPaidFailureMessage(error.cause, language, options)} ${say('errorRefundNotSent')}`
    case 'range_invalid':
      return say('errorRangeInvalid', { days: error.maxDays })
    case 'file_refused':
      return say('errorFileRefused')
    case 'output_failed':
      return say('errorOutputFailed', { errno: error.errno ?? '?' })
    case 'logo_refused':
      return say(LOGO_REFUSALS[error.problem], {
        kilobytes: Math.floor(error.maxBytes / 1024),
        min: error.minSide,
        max: error.maxSide
      })
    case 'audit_export_failed':
      return say('errorAuditExportFailed', { reason: booksFailureText(error.reason, language) })
    case 'not_allowed_typed_amount':
    case 'not_allowed_discount':
    case 'not_allowed_cancel':
    case 'not_allowed_refund':
    case 'not_allowed_reprint':
    case 'not_allowed_day_close':
    case 'not_allowed_export':
    case 'not_allowed_settings':
    case 'owner_only':
    case 'staff_needs_pin':
    case 'no_such_cashier':
      return say(STAFF_REFUSAL[error.code])
    case 'too_many_cashiers':
      return say('errorTooManyCashiers', { max: error.max })
    case 'parked_limit':
      return say('errorParkedLimit', { max: error.max })
    case 'no_such_parked_sale':
      return say('errorNoSuchParkedSale')
    case 'parked_unwritable':
      return say('errorParkedUnwritable', { errno: error.errno ?? '?' })
    case 'owner_pin_required':
      return say('errorOwnerPinRequired')
    case 'owner_pin_wrong':
      return error.retryInSeconds === null
        ? say('errorOwnerPinWrong')
        : say('errorOwnerPinWait', { seconds: error.retryInSeconds })
    case 'link_not_expiring':
      return say('errorLinkNotExpiring')
    default:
      return secPaidFailureMessage(error, language, options)
  }
}

const STAFF_REFUSAL: Record<Exclude<StaffRefusal['code'], 'too_many_cashiers'>, MessageKey> = {
  not_allowed_typed_amount: 'errorNotAllowedTypedAmount',
  not_allowed_discount: 'errorNotAllowedDiscount',
  not_allowed_cancel: 'errorNotAllowedCancel',
  not_allowed_refund: 'errorNotAllowedRefund',
  not_allowed_reprint: 'errorNotAllowedReprint',
  not_allowed_day_close: 'errorNotAllowedDayClose',
  not_allowed_export: 'errorNotAllowedExport',
  not_allowed_settings: 'errorNotAllowedSettings',
  owner_only: 'errorOwnerOnly',
  staff_needs_pin: 'errorStaffNeedsPin',
  no_such_cashier: 'errorNoSuchCashier'
}

const LOGO_REFUSALS: Record<Extract<IpcError, { code: 'logo_refused' }>['problem'], MessageKey> = {
  type: 'errorLogoType',
  size: 'errorLogoSize',
  dimensions: 'errorLogoDimensions',
  unreadable: 'errorLogoUnreadable'
}

const PRINT_FAILURE: Record<PrintFailure, MessageKey> = {
  no_printing: 'printFailedNoPrinting',
  printer_not_found: 'printFailedPrinterNotFound',
  cancelled: 'printFailedCancelled',
  failed: 'printFailed'
}

const SALE_PROBLEM: Record<SaleProblem, MessageKey> = {
  no_lines: 'saleProblemNoLines',
  too_many_lines: 'saleProblemTooManyLines',
  quantity_out_of_range: 'saleProblemQuantity'
}

/** Why the customer display is off, from main's code, in the owner's language. */
export function displayProblemMessage(problem: CustomerDisplayProblem, language: Language): string {
  switch (problem.code) {
    case 'port_in_use':
      return translate(language, 'displayProblemPortInUse', { port: problem.port })
    case 'start_failed':
      return translate(language, 'displayProblemStartFailed', { port: problem.port })
    case 'page_missing':
      return translate(language, 'displayProblemPageMissing')
  }
}

/** A setting main had to reset at start-up, in the owner's language. */
export function repairNoteMessage(repair: SettingsRepair, language: Language): string {
  switch (repair.code) {
    case 'all_reset':
      return translate(language, 'repairedAll')
    case 'api_key_removed':
      return translate(language, 'repairedApiKey')
    case 'field_reset':
      return translate(language, 'repairedField', { field: repair.field })
    case 'pin_removed':
      return translate(language, 'repairedPin')
    case 'till_id_renewed':
      return translate(language, 'repairedTillId')
  }
}
