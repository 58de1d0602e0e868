import { berlinDate, berlinWallTime } from '../secpaid/berlin-time'

/** SecPaid's timestamps where no zone is documented: "2026-05-20 11:19:48", German local time (ServerTime "CEST"). */
export const formatSecPaidTime = berlinWallTime

export const secPaidDate = berlinDate

/** The same format in UTC, as createLink's `created_at` is documented. */
export const formatUtcTime = (date: Date): string => date.toISOString().slice(0, 19).replace('T', ' ')
