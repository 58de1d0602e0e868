import type { ChannelHandlers } from '../channel-handler'
import { succeed } from '../result'
import type { ParkingService } from './parking-service'

/** The channels `createParkingHandlers` answers. */
export type ParkingHandlers = Pick<
  ChannelHandlers,
  'parkSale' | 'parkedSales' | 'resumeParkedSale' | 'discardParkedSale'
>

/** Main's answers for parked sales: each request already checked against its channel's schema. */
export function createParkingHandlers(parking: ParkingService): ParkingHandlers {
  return {
    parkSale: async ({ name, charge, replaces }) => parking.park({ name, charge, replaces }),
    parkedSales: async () => succeed({ sales: parking.list() }),
    resumeParkedSale: async ({ id }) => parking.resume(id),
    discardParkedSale: async ({ id }) => parking.discard(id)
  }
}
