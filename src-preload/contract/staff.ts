import { z } from 'zod'

import { pinEntrySchema, pinSchema } from './shared-schemas'
import { visibleTextSchema } from './visible-text-schema'

/**
 * What a cashier may do besides selling by quick keys. The owner is a cashier with every one of them; a shop without
 * cashiers has only the owner, so nothing is refused there for want of a permission.
 */
export const PERMISSIONS = [
  'typedAmount',
  'discount',
  'cancel',
  'refund',
  'reprint',
  'dayClose',
  'export',
  'settings'
] as const

export type Permission = (typeof PERMISSIONS)[number]

/** The implicit cashier of a shop without staff, and of every journal line written before cashiers existed. */
export const OWNER_ID = 'owner'

/** Main's id of a cashier: `c-` and 8 hex digits, never `owner`. */
export const cashierIdSchema = z.string().regex(/^c-[0-9a-f]{8}$/)

/** Who signs in or is named in a journal line: the owner or one of the cashiers. */
export const signInIdSchema = z.union([z.literal(OWNER_ID), cashierIdSchema])

export const CASHIER_NAME_LENGTH = { min: 1, max: 40 }
export const MAX_CASHIERS = 50

export const permissionSchema = z.enum(PERMISSIONS)

/** Creates a cashier (no `id`, a `pin` needed) or changes one (`pin` absent keeps the PIN). */
export const saveCashierRequestSchema = z.strictObject({
  id: cashierIdSchema.optional(),
  name: visibleTextSchema(CASHIER_NAME_LENGTH),
  pin: pinSchema.optional(),
  // Each permission at most once; their order does not matter.
  permissions: z
    .array(permissionSchema)
    .max(PERMISSIONS.length)
    .refine((list) => new Set(list).size === list.length)
})

export const signInRequestSchema = z.strictObject({ cashierId: signInIdSchema, pin: pinEntrySchema })

export interface CashierView {
  /** `owner` for the owner, whose name the renderer says. */
  id: string
  name: string | null
  permissions: Permission[]
}

export interface StaffView {
  /** False for a shop without cashiers: the owner alone, as before staff existed. */
  enabled: boolean
  /** The owner first, then the cashiers in the order they were created; empty without staff. */
  cashiers: CashierView[]
  /** Who is signed in; null while nobody is (the lock screen shows). Always the owner without staff. */
  signedIn: CashierView | null
}

export type SaveCashierRequest = z.output<typeof saveCashierRequestSchema>

/** Each permission's own refusal: main answers it for a signed-in cashier without the permission. */
export const PERMISSION_REFUSALS = {
  typedAmount: 'not_allowed_typed_amount',
  discount: 'not_allowed_discount',
  cancel: 'not_allowed_cancel',
  refund: 'not_allowed_refund',
  reprint: 'not_allowed_reprint',
  dayClose: 'not_allowed_day_close',
  export: 'not_allowed_export',
  settings: 'not_allowed_settings'
} as const satisfies Record<Permission, string>

export type PermissionRefusalCode = (typeof PERMISSION_REFUSALS)[Permission]

export type StaffRefusal =
  | { code: PermissionRefusalCode }
  /** Only the owner manages cashiers and the owner's PIN, also a cashier allowed into Settings. */
  | { code: 'owner_only' }
  /** Cashiers need the owner's PIN set first (and it stays while there are cashiers): else anyone is the owner. */
  | { code: 'staff_needs_pin' }
  | { code: 'no_such_cashier'; cashierId: string }
  | { code: 'too_many_cashiers'; max: number }

/** One cashier's part of a day close (or range): paid sales by who charged them, refunds by who asked for them. */
export interface CashierTotals {
  /** `owner`, or a cashier's id (also one removed since: then `name` is null). */
  cashier: string
  name: string | null
  /** Sales paid in the range that this cashier charged, their gross (tips included) and their tips. */
  count: number
  grossCents: number
  tipCents: number
  /** Refunds asked for in the range (requested or sent, not refused) by this cashier, and their sum. */
  refundCount: number
  refundCents: number
}

/** Who a CSV row's sale was charged by: once the shop has cashiers, else absent. */
export interface RowCashier {
  id: string
  name: string | null
}
