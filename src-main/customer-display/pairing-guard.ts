/** Wrong codes, from all addresses together, after which the pairing code changes by itself. */
const WRONG_CODES_PER_CODE = 20
/**
 * Changes by itself after which pairing stops until the owner makes a new code: at most 100 guesses of a million
 * codes (1 in 10,000) however long strangers keep at it, and the owner has been told five times.
 */
const CODE_CHANGES_BEFORE_PAUSE = 5

/** What the guard counts since the owner last chose a code (New code); stored with the paired displays. */
export interface PairingGuardState {
  /** Wrong codes against the code in force. */
  wrongCodes: number
  /** Times the code changed by itself. */
  codeChanges: number
}

export const FRESH_GUARD: PairingGuardState = { wrongCodes: 0, codeChanges: 0 }

/** What a wrong code leads to: nothing yet, a new code (the owner is told), or no pairing until the owner acts. */
type WrongCodeOutcome = 'counted' | 'change_code' | 'pause'

/**
 * Bounds guessing of the six-digit code without ever refusing the right code because of strangers: no code takes more
 * than `WRONG_CODES_PER_CODE` wrong guesses (so guessing cannot run for days against one code), and after
 * `CODE_CHANGES_BEFORE_PAUSE` such changes no code is accepted until the owner chooses one. Displays already paired
 * are not touched by either.
 */
export function createPairingGuard(initial: PairingGuardState) {
  let state = { ...initial }
  return {
    state: (): PairingGuardState => ({ ...state }),
    paused: () => state.codeChanges >= CODE_CHANGES_BEFORE_PAUSE,
    wrongCode(): WrongCodeOutcome {
      if (state.codeChanges >= CODE_CHANGES_BEFORE_PAUSE) return 'pause'
      const wrongCodes = state.wrongCodes + 1
      if (wrongCodes < WRONG_CODES_PER_CODE) {
        state = { ...state, wrongCodes }
        return 'counted'
      }
      state = { wrongCodes: 0, codeChanges: state.codeChanges + 1 }
      return state.codeChanges >= CODE_CHANGES_BEFORE_PAUSE ? 'pause' : 'change_code'
    },
    /** The owner made a new code: guessing starts from nothing again. */
    ownerChoseCode() {
      state = { ...FRESH_GUARD }
    }
  }
}
