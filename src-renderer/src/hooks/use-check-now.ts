import { useCallback, useState } from 'react'

import type { IpcError, LinkCheckAnswer } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'

export interface CheckNow {
  inFlight: boolean
  /** What the last check learned; a paid or gone link also arrives as main's link_status event. */
  answer: LinkCheckAnswer | null
  error: IpcError | null
  check: () => void
}

/** "Check now" for the sale on the QR screen: main looks the link up once (and no more than once per few seconds). */
export function useCheckNow(reference: string | null): CheckNow {
  const [state, setState] = useState<Omit<CheckNow, 'check'>>({ inFlight: false, answer: null, error: null })
  const check = useCallback(() => {
    if (reference === null) return
    setState((previous) => ({ ...previous, inFlight: true }))
    void callCounter('checkNow', { reference }).then((result) =>
      setState(
        result.ok
          ? { inFlight: false, answer: result.value, error: null }
          : { inFlight: false, answer: null, error: result.error }
      )
    )
  }, [reference])
  return { ...state, check }
}
