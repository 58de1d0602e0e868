import { resolve } from 'node:path'

/**
 * Points an unpackaged app (npm start, npm run test:electron) at a data folder of its own, so a test run never
 * touches the developer's real settings and journal. A packaged app ignores it: its data stays where the OS keeps it.
 */
export const USER_DATA_VARIABLE = 'SECPAID_COUNTER_USER_DATA'

/** The folder to use instead of Electron's `userData`, or null to keep Electron's. */
export function userDataOverride(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean
): string | null {
  const folder = env[USER_DATA_VARIABLE]
  if (isPackaged || folder === undefined || folder === '') return null
  return resolve(folder)
}
