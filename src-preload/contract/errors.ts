import type { BooksFileFailure } from './books-care'
import type { PrintFailure } from './receipts'
import type { SaleProblem } from './selling'
import type { Environment } from './settings'
import type { StaffRefusal } from './staff'

/**
 * Every failure crosses IPC as a reason code with the data needed to explain it; the renderer owns every sentence.
 * Nothing here carries main's words. SecPaid's own `ResponseMsg` travels as `secpaidMessage`: SecPaid wrote it, and
 * an unknown message is shown to the owner as it came rather than guessed at.
 */

/** Why SecPaid could not be reached, as far as the network layer can tell. */
export type UnreachableReason =
  /** Nothing was sent: SecPaid cannot have acted on the request. */
  | 'refused'
  | 'unresolved'
  | 'offline'
  | 'no_route'
  | 'invalid_address'
  /** The connection broke after the request may have been sent. */
  | 'dropped'
  | 'other'

/** What was wrong with an answer the app could not use. */
export type BadAnswer = 'empty' | 'not_json' | 'unexpected_format' | 'contradictory' | 'unusable_data'

/** SecPaid could not be asked, or answered something other than a result. */
export type SecPaidFailure =
  | { code: 'no_key' }
  /** The amount was not a whole number of cents: nothing was sent. */
  | { code: 'invalid_amount' }
  | { code: 'key_rejected'; httpStatus: number | null }
  | { code: 'rate_limited'; retryAfterSeconds: number | null }
  /** ResponseCode 0: SecPaid refused the request, in its own words. */
  | { code: 'secpaid_refused'; secpaidMessage: string }
  | { code: 'secpaid_error'; httpStatus: number; secpaidMessage: string | null }
  | { code: 'bad_answer'; problem: BadAnswer; httpStatus: number }
  | { code: 'unreachable'; reason: UnreachableReason }
  | { code: 'timeout'; seconds: number }

/** Why a sale ended without a link: recorded in the journal and shown in its history. */
export type SaleFailure =
  | SecPaidFailure
  /** The app stopped before SecPaid created the link, and a look-up proved it never did. */
  | { code: 'closed_before_link' }
  /** Every attempt's answer was lost and look-ups proved no link exists. */
  | { code: 'link_not_created'; cause: SecPaidFailure }
  /** Recorded by an older version of the app, which kept no reason code. */
  | { code: 'unexplained' }

/** Why a refund was not made; every documented SecPaid refusal has its own code. */
export type RefundFailure =
  | { code: 'refund_already_requested' }
  | { code: 'refund_blocked_dispute' }
  | { code: 'refund_invalid_amount' }
  | { code: 'refund_link_cancelled' }
  | { code: 'refund_invoice_link' }
  | { code: 'link_not_found' }
  /** SecPaid refused in words this version does not know; they are shown as SecPaid wrote them. */
  | { code: 'refund_refused'; secpaidMessage: string }
  /** Checked here before asking: only a paid sale with a link can be refunded. */
  | { code: 'refund_not_paid' }
  | { code: 'refund_above_paid'; paidCents: number }
  /** A PIN is set: it was missing or wrong (`retryInSeconds` after too many tries). */
  | { code: 'refund_pin_required' }
  | { code: 'refund_pin_wrong'; retryInSeconds: number | null }
  /** The request may have reached SecPaid; asking again (same amount) learns whether it did. */
  | { code: 'refund_outcome_unknown'; amountCents: number; cause: SecPaidFailure }
  /** SecPaid could not be asked; nothing was filed. */
  | { code: 'refund_not_sent'; cause: SecPaidFailure }

export type IpcError =
  | SecPaidFailure
  /** A charge's answer was lost: the link may exist. Nothing may be charged until resolveSale settles the sale. */
  | { code: 'outcome_unknown'; reference: string; amountCents: number; cause: SecPaidFailure }
  /** The sale provably has no link: nothing was charged, the amount may be charged again. */
  | { code: 'nothing_charged'; reference: string; failure: SaleFailure }
  | { code: 'no_such_sale'; reference: string }
  /**
   * The sale lives in another environment (Demo, sandbox, live): it is read, refunded, printed, cancelled and settled
   * only there. Its reference and link id mean nothing in this one, so nothing was sent.
   */
  | { code: 'sale_in_other_environment'; reference: string; environment: Environment }
  /** The link id is one of another environment's (a Demo id outside Demo, say): nothing was sent. */
  | { code: 'link_in_other_environment'; linkId: number; environment: Environment }
  /** charge: Production or Development is chosen but the stored key no longer decrypts; nothing was sent. */
  | { code: 'key_undecryptable' }
  /** cancelSale: the customer paid first, so the link can no longer be deleted. */
  | { code: 'already_paid'; linkId: number }
  | { code: 'amount_above_maximum'; maxAmountCents: number }
  /** quoteSale/charge: the composed sale breaks a rule of main's (no line, too many, a quantity out of range). */
  | { code: 'sale_invalid'; problem: SaleProblem; limit: number }
  /** quoteSale/charge: a product line names a product that is not among the owner's quick keys (any more). */
  | { code: 'unknown_product'; productId: string }
  /** quoteSale/charge: the product is marked sold out for today; it sells again from the next local day. */
  | { code: 'product_sold_out'; productId: string }
  /** quoteSale/charge: the tip is not one the owner offers now (tips off, not a preset, round-up off). */
  | { code: 'tip_not_offered' }
  /** quoteSale/charge: a line (or its product) names a VAT rate that is not among the shop's rates now. */
  | { code: 'vat_rate_not_offered'; ratePercent: number }
  /** receiptFor/printReceipt: a receipt is only for a sale this till recorded as paid. */
  | { code: 'sale_not_paid'; reference: string }
  | { code: 'print_failed'; reason: PrintFailure; printerName: string | null }
  /** The request failed its schema; `field` is the path of the refused value (a SettingField for settings). */
  | { code: 'invalid_request'; field: string | null }
  | { code: 'not_demo' }
  | { code: 'no_such_demo_link'; linkId: number }
  /** A PIN is set and settings were not unlocked with it. */
  | { code: 'locked' }
  /**
   * Auto-lock: the counter waits for the PIN (`unlockSettings` with purpose `counter`); only the lock screen, and
   * selling when the owner chose to lock only the owner's functions, is answered until then.
   */
  | { code: 'counter_locked' }
  /** Kiosk mode: a save or print dialog needs the PIN first (`unlockSettings` with purpose `dialog`), each time. */
  | { code: 'dialog_pin_required' }
  /** The settings file or its folder cannot be written (`errno` e.g. EROFS, EACCES): the change was not made. */
  | { code: 'settings_unwritable'; errno: string | null }
  /** The key could only be kept `weak` or `unavailable` and the owner did not consent (`storeUnencrypted`): not stored. */
  | { code: 'key_storage_needs_consent'; keyStorage: 'weak' | 'unavailable' }
  /** The operating system could not encrypt the key (e.g. a locked keyring): it was not stored. */
  | { code: 'key_encryption_failed' }
  /**
   * The sales journal cannot be written; `errno` as the operating system named it, e.g. ENOSPC. A charge refused
   * with it sent nothing to SecPaid.
   */
  | { code: 'journal_unwritable'; errno: string | null }
  /** charge: an earlier sale's outcome is still unknown; nothing is charged until resolveSale settles it. */
  | { code: 'uncertain_sale_open'; reference: string; amountCents: number }
  /** The renderer could not reach the main process. */
  | { code: 'main_unreachable' }
  /** A defect in main; it was logged there. */
  | { code: 'internal' }
  | RefundFailure
  /** dayClose/salesRows: `to` before `from`, or more days than `maxDays`. */
  | { code: 'range_invalid'; maxDays: number }
  /** saveFile: not a file main writes (its name, type or size). */
  | { code: 'file_refused'; reason: 'name' | 'type' | 'size' }
  /** Saving or printing failed in the operating system (`errno` e.g. EACCES), or is not possible here. */
  | { code: 'output_failed'; errno: string | null }
  /**
   * chooseDisplayLogo: the file is not taken as the customer display's logo: `type` neither PNG nor JPEG, `size` more
   * than `maxBytes`, `dimensions` a side outside `minSide`–`maxSide` pixels, `unreadable` it could not be read.
   */
  | {
      code: 'logo_refused'
      problem: 'type' | 'size' | 'dimensions' | 'unreadable'
      maxBytes: number
      minSide: number
      maxSide: number
    }
  /** exportForAudit: nothing was exported (the folder gone, read-only or full, no books yet, a bad period). */
  | { code: 'audit_export_failed'; reason: BooksFileFailure }
  /** Staff: what the signed-in cashier may not do, and the rules of managing cashiers (see staff.ts). */
  | StaffRefusal
  /** parkSale: this till holds as many parked sales as it may (in this environment); nothing was parked. */
  | { code: 'parked_limit'; max: number }
  /** resumeParkedSale/discardParkedSale: no parked sale of this environment has that id (resumed or discarded). */
  | { code: 'no_such_parked_sale' }
  /** The parked sales' file in the data folder could not be written (`errno` e.g. ENOSPC): nothing changed. */
  | { code: 'parked_unwritable'; errno: string | null }
  /** An owner action that moves or cancels money needs the PIN each time: it was missing, or wrong. */
  | { code: 'owner_pin_required' }
  | { code: 'owner_pin_wrong'; retryInSeconds: number | null }
  /** extendLinkExpiry: links do not expire (Settings), or this link is not one of this till's waiting sales. */
  | { code: 'link_not_expiring'; linkId: number }

/** Errors cross IPC as values: a thrown Error would lose everything but its message. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }
