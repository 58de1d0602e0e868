import { useTranslate } from '../../hooks/use-translate'
import { useSettingsStore } from '../../stores/settings-store'
import { ErrorText } from '../shared/error-text'
import { Spinner } from '../shared/spinner'

/** Shown until the settings arrive: without them neither the maximum amount nor the entry mode is known. */
export function LoadingScreen() {
  const t = useTranslate()
  const loadError = useSettingsStore((state) => state.loadError)
  const load = useSettingsStore((state) => state.load)
  return (
    <main className="loading-screen">
      {loadError === null ? (
        <p>
          <Spinner /> {t('loading')}
        </p>
      ) : (
        <>
          <p>{t('settingsLoadFailed')}</p>
          <ErrorText error={loadError} testId="error-message" />
          <button type="button" className="primary-button" onClick={() => void load()}>
            {t('retry')}
          </button>
        </>
      )}
    </main>
  )
}
