import { type Channel, channels, type IpcError, type Permission } from '../../src-preload/contract'
import { OWNER_ID, PERMISSION_REFUSALS } from '../../src-preload/contract/staff'
import type { StaffSession } from './staff-session'

/** What only main decides: the signed-in cashier lacks `permission`; null when they have it (the owner has all). */
export function lacksPermission(staff: StaffSession, permission: Permission): IpcError | null {
  return staff.permits(permission) ? null : { code: PERMISSION_REFUSALS[permission] }
}

/**
 * Why the signed-in cashier may not call `channel`, by the permission the contract names for it (`owner_settings`
 * channels need `settings` at least), or null. Without cashiers the owner is signed in and nothing is refused.
 */
export function permissionRefusal(channel: Channel, staff: StaffSession): IpcError | null {
  const { access, permission } = channels[channel]
  const needed = permission ?? (access === 'owner_settings' ? 'settings' : null)
  if (needed === null) return null
  if (needed === 'owner') return staff.signedIn() === OWNER_ID ? null : { code: 'owner_only' }
  return lacksPermission(staff, needed)
}

/** For the discount work: a discount is refused for a cashier without the permission (`not_allowed_discount`). */
export const mayDiscount = (staff: StaffSession): IpcError | null => lacksPermission(staff, 'discount')

/** A typed amount (not a quick key) is charged only by a cashier allowed to (`not_allowed_typed_amount`). */
export const mayChargeTypedAmount = (staff: StaffSession): IpcError | null => lacksPermission(staff, 'typedAmount')
