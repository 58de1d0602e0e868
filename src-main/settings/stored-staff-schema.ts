import { z } from 'zod'

import type { SettingsRepair } from '../../src-preload/contract'
import { CASHIER_NAME_LENGTH, cashierIdSchema, MAX_CASHIERS, permissionSchema } from '../../src-preload/contract/staff'
import { hashedPinSchema, pinGuardSchema } from './pin-schemas'

// Main only, kept with the settings (`staff`): the cashiers, their PINs hashed as the owner's is, and each one's own
// wrong-PIN count, so a restart gives no cashier new free guesses.

export const storedCashierSchema = z.strictObject({
  id: cashierIdSchema,
  name: z
    .string()
    .min(CASHIER_NAME_LENGTH.min)
    .max(CASHIER_NAME_LENGTH.max * 2),
  pin: hashedPinSchema,
  permissions: z.array(permissionSchema),
  guard: pinGuardSchema
})

export const storedStaffSchema = z.strictObject({ cashiers: z.array(storedCashierSchema).max(MAX_CASHIERS) })

export type StoredCashier = z.output<typeof storedCashierSchema>
export type StoredStaff = z.output<typeof storedStaffSchema>

/**
 * The staff as read from disk: absent stays absent (a shop without cashiers), each cashier that cannot be read is
 * dropped on its own and the owner told, so one damaged entry never locks the others out.
 */
export function migrateStaff(raw: unknown, repaired: SettingsRepair[]): { staff?: StoredStaff } {
  if (raw === undefined || raw === null) return {}
  const list = typeof raw === 'object' && 'cashiers' in raw && Array.isArray(raw.cashiers) ? raw.cashiers : null
  if (list === null) {
    repaired.push({ code: 'field_reset', field: 'staff' })
    return {}
  }
  const cashiers = list.flatMap((entry: unknown) => {
    const parsed = storedCashierSchema.safeParse(entry)
    return parsed.success ? [parsed.data] : []
  })
  if (cashiers.length !== list.length) repaired.push({ code: 'field_reset', field: 'staff' })
  return cashiers.length === 0 ? {} : { staff: { cashiers: cashiers.slice(0, MAX_CASHIERS) } }
}
