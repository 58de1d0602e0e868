import type { TestContext } from 'vitest'

declare module 'vitest' {
  interface TaskMeta {
    /** Why this test did not run here: `npm test` prints it above its summary line. */
    skipReason?: string
  }
}

/** Whether this is CI (`CI` set, as CI services do, and not "false" or "0"): there nothing may be skipped. */
export const underCi = (): boolean => !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase())

/**
 * For a test that needs something a contributor's machine may lack (root or a user namespace, Chromium, a display,
 * SecPaid's pages beside the clone, an old Node from the registry). `missing` is null when it is there, otherwise
 * one sentence saying what is missing: the test is then skipped with that reason, and fails under CI, so CI can
 * never pass without it.
 */
export function needs(context: TestContext, missing: string | null): void {
  if (missing === null) return
  if (underCi()) throw new Error(`${missing} Under CI (CI=${process.env.CI}) this test must run, not be skipped.`)
  context.task.meta.skipReason = missing
  context.skip(missing)
}
