import { useCallback, useEffect, useRef, useState } from 'react'

import type { IpcError, IpcResult } from '../../../src-preload/contract'
import { useUnsavedSettingsStore } from '../stores/unsaved-settings-store'

export type AutosaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  /** The value stays as typed, so the owner sees what was refused and can correct it. */
  | { state: 'refused'; error: IpcError }

/** Saves a value through main, or refuses it before asking (an error value) when it can already tell. */
type SaveValue<V> = (value: V) => Promise<IpcResult<unknown>> | IpcError

export interface Autosave<V> {
  /** What the field shows: the change being typed or saved, else the saved value. */
  value: V
  status: AutosaveStatus
  /** A change: saved at once, or once typing pauses when the field was given a delay. */
  change: (value: V) => void
  /** A change saved at once whatever the delay: a tap (a checkbox, a reorder) among typed fields of one value. */
  changeNow: (value: V) => void
  /** Saves a change still waiting for its pause (on leaving the field). */
  commit: () => void
}

/**
 * "Save on change" for one setting: each change saves on its own and says "saved"; a refused one stays visible
 * with its reason (and is known to `useUnsavedSettingsStore`, which gives it back when the field is shown again); a
 * change still waiting when the field goes away is saved then, never dropped.
 */
export function useAutosave<V>(id: string, saved: V, save: SaveValue<V>, delayMs = 0): Autosave<V> {
  // A change refused while this field was shown before (another section since) comes back as it was left.
  const [kept] = useState(() => useUnsavedSettingsStore.getState().refused[id])
  const [draft, setDraft] = useState<{ value: V } | null>(kept === undefined ? null : { value: kept.value as V })
  const [status, setStatus] = useState<AutosaveStatus>(
    kept === undefined ? { state: 'idle' } : { state: 'refused', error: kept.error }
  )
  const latest = useRef<{ value: V } | null>(draft)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const saveRef = useRef(save)
  useEffect(() => {
    saveRef.current = save
  })

  const run = useCallback(
    (pending: { value: V }) => {
      clearTimeout(timer.current)
      timer.current = undefined
      const answer = saveRef.current(pending.value)
      const settle = (error: IpcError | null) => {
        // A newer change is on its way: its own answer will speak.
        if (latest.current !== pending) return
        useUnsavedSettingsStore.getState().markRefused(id, error === null ? null : { value: pending.value, error })
        if (error !== null) {
          setStatus({ state: 'refused', error })
          return
        }
        latest.current = null
        setDraft(null)
        setStatus({ state: 'saved' })
      }
      if (!(answer instanceof Promise)) return settle(answer)
      setStatus({ state: 'saving' })
      const unsaved = useUnsavedSettingsStore.getState()
      unsaved.savingStarted()
      void answer.then((result) => {
        settle(result.ok ? null : result.error)
        unsaved.savingEnded()
      })
    },
    [id]
  )

  const changeAfter = useCallback(
    (value: V, waitMs: number) => {
      const pending = { value }
      latest.current = pending
      setDraft(pending)
      clearTimeout(timer.current)
      if (waitMs === 0) run(pending)
      else timer.current = setTimeout(() => run(pending), waitMs)
    },
    [run]
  )
  const change = useCallback((value: V) => changeAfter(value, delayMs), [changeAfter, delayMs])
  const changeNow = useCallback((value: V) => changeAfter(value, 0), [changeAfter])

  const commit = useCallback(() => {
    if (timer.current !== undefined && latest.current !== null) run(latest.current)
  }, [run])

  // Leaving the screen with a change still waiting for its pause saves it rather than dropping it.
  useEffect(
    () => () => {
      if (timer.current !== undefined && latest.current !== null) run(latest.current)
    },
    [run]
  )

  return { value: draft === null ? saved : draft.value, status, change, changeNow, commit }
}
