import { afterAll, beforeAll } from 'vitest'

/** Runs a describe block's tests with this machine's clock in `zone`, as a till there has it. */
export function inTimeZone(zone: string): void {
  let before: string | undefined
  beforeAll(() => {
    before = process.env.TZ
    process.env.TZ = zone
  })
  afterAll(() => {
    if (before === undefined) delete process.env.TZ
    else process.env.TZ = before
  })
}
