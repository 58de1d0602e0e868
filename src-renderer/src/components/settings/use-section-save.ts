import { useState } from 'react'
import type { SettingsPatch } from '../../../../src-preload/contract'
import { useLanguage } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/error-messages'
import { useSettingsStore } from '../../stores/settings-store'

/** Where a section's last change stands: saving, saved, or refused with the reason in the owner's words. */
export type SectionSaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'refused'; sentence: string }

/**
 * Saves one change of a section on its own. A refused change is not dropped: the section keeps showing what the owner
 * entered, with the reason, until it is corrected.
 */
export function useSectionSave() {
  const language = useLanguage()
  const [state, setState] = useState<SectionSaveState>({ status: 'idle' })
  const save = async (patch: SettingsPatch): Promise<boolean> => {
    setState({ status: 'saving' })
    const store = useSettingsStore.getState()
    const result = await store.update(patch)
    const limits = store.settings?.limits
    if (result.ok) setState({ status: 'saved' })
    else setState({ status: 'refused', sentence: errorMessage(result.error, language, limits ? { limits } : {}) })
    return result.ok
  }
  const refuse = (sentence: string) => setState({ status: 'refused', sentence })
  return { state, save, refuse }
}
