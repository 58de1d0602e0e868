/** The parts of start-up a failure is reported by: what the owner can look at (files in the data folder) first. */
export type StartStage = 'settings' | 'sqlite' | 'journal' | 'backend' | 'other'

/** A failure during one stage of start-up; the innermost stage that failed is the one reported. */
export class StartStageFailed extends Error {
  readonly stage: StartStage

  constructor(stage: StartStage, cause: unknown) {
    super(`${stage} failed at start-up: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'StartStageFailed'
    this.stage = stage
  }
}

const tagged = (stage: StartStage, error: unknown) =>
  error instanceof StartStageFailed ? error : new StartStageFailed(stage, error)

/** Runs one stage of start-up (sync or async); what it throws or rejects with is tagged with the stage. */
export function atStartStage<T>(stage: StartStage, step: () => T): T {
  let result: T
  try {
    result = step()
  } catch (error) {
    throw tagged(stage, error)
  }
  if (result instanceof Promise) {
    return result.catch((error: unknown) => {
      throw tagged(stage, error)
    }) as T
  }
  return result
}

/** The stage an error happened in, and the original error's message for the details. */
export function describeStartFailure(error: unknown): { stage: StartStage; detail: string } {
  const stage = error instanceof StartStageFailed ? error.stage : 'other'
  const cause = error instanceof StartStageFailed ? error.cause : error
  return { stage, detail: cause instanceof Error ? cause.message : String(cause) }
}
