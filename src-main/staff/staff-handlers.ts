import type { ChannelHandlers } from '../channel-handler'
import { succeed } from '../result'
import type { StaffSession } from './staff-session'

type StaffChannels = 'staffStatus' | 'signIn' | 'signOut' | 'saveCashier' | 'removeCashier'

/** The lock screen's sign-in, "switch cashier" and Settings' cashiers; main decides who may call them (owner-gate). */
export function staffHandlers(staff: StaffSession): Pick<ChannelHandlers, StaffChannels> {
  return {
    staffStatus: async () => succeed(staff.view()),
    signIn: async ({ cashierId, pin }) => staff.signIn(cashierId, pin),
    signOut: async () => {
      // Without cashiers there is nobody to switch to: the owner stays, nothing locks.
      if (staff.enabled()) staff.signOut()
      return succeed(staff.view())
    },
    saveCashier: async (request) => staff.save(request),
    removeCashier: async ({ id }) => staff.remove(id)
  }
}
