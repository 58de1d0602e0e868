import { useTranslate } from '../../hooks/use-translate'
import type { SectionSaveState } from './use-section-save'

/** "Saved", "Saving…" or why the change was refused, next to the section it is about. */
export function SectionSaveStatus({ state, testId }: { state: SectionSaveState; testId: string }) {
  const t = useTranslate()
  if (state.status === 'idle') return null
  if (state.status === 'refused') {
    return (
      <p className="error-text" role="alert" data-testid={testId}>
        {state.sentence}
      </p>
    )
  }
  return (
    <p className={state.status === 'saved' ? 'success-text' : 'field-hint'} role="status" data-testid={testId}>
      {t(state.status === 'saved' ? 'sectionSaved' : 'sectionSaving')}
    </p>
  )
}
