import { useTranslate } from '../../hooks/use-translate'
import { upToCharacters } from '../../lib/model/characters'
import { useChargeStore } from '../../stores/charge-store'
import { useKeypadStore } from '../../stores/keypad-store'
import { useSettingsStore } from '../../stores/settings-store'

export function NoteInput() {
  const t = useTranslate()
  const note = useKeypadStore((state) => state.note)
  const setNote = useKeypadStore((state) => state.setNote)
  const held = useKeypadStore((state) => state.held)
  const maxLength = useSettingsStore((state) => state.settings?.limits.chargeNoteLength.max)
  return (
    <label className="note-field">
      <span className="field-label">{t('noteLabel')}</span>
      <input
        type="text"
        className="text-input"
        value={note}
        readOnly={held}
        placeholder={t('notePlaceholder')}
        autoComplete="off"
        enterKeyHint="done"
        // Cut in characters as main counts them, not in UTF-16 units as `maxLength` would.
        onChange={(event) => {
          const text = event.target.value
          setNote(maxLength === undefined ? text : upToCharacters(text, maxLength))
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.repeat) void useChargeStore.getState().charge()
        }}
        data-testid="note-input"
      />
    </label>
  )
}
