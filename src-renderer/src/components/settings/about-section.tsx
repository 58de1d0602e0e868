import { useEffect, useState } from 'react'

import type { AboutApp, Language } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { callCounter } from '../../ipc/counter-call'
import { errorMessage } from '../../lib/words/error-messages'
import { callWithDialogPin } from '../../stores/dialog-pin-call'

type Said = { ok: boolean; text: string } | null

/**
 * Settings → About: the version and the data folder, that the app takes no cash (by design), and the draft procedure
 * description for the tax advisor, which main makes from the settings and saves as a PDF where the owner chooses.
 */
export function AboutSection() {
  const t = useTranslate()
  const language = useLanguage()
  const [about, setAbout] = useState<AboutApp | null>(null)
  const [busy, setBusy] = useState(false)
  const [said, setSaid] = useState<Said>(null)

  useEffect(() => {
    void callCounter('aboutApp', {}).then((result) => result.ok && setAbout(result.value))
  }, [])

  const exportIn = async (documentLanguage: Language) => {
    setBusy(true)
    const result = await callWithDialogPin('exportProcedureDescription', { language: documentLanguage })
    setBusy(false)
    if (!result.ok) setSaid({ ok: false, text: errorMessage(result.error, language) })
    else
      setSaid({
        ok: result.value.saved,
        text: t(result.value.saved ? 'aboutProcedureSaved' : 'aboutProcedureNotSaved')
      })
  }

  return (
    <section className="settings-group" aria-labelledby="about-section-title" data-testid="about-section">
      <h2 id="about-section-title">{t('sectionAbout')}</h2>
      <dl className="about-facts">
        <dt>{t('aboutVersion')}</dt>
        <dd data-testid="about-version">{about?.version ?? '…'}</dd>
        <dt>{t('aboutDataFolder')}</dt>
        <dd data-testid="about-data-folder">{about?.dataFolder ?? '…'}</dd>
      </dl>
      <div className="settings-group">
        <h3>{t('aboutNoCashTitle')}</h3>
        <p data-testid="about-no-cash">{t('aboutNoCash')}</p>
      </div>
      <div className="settings-group">
        <h3>{t('aboutProcedureTitle')}</h3>
        <p className="field-hint">{t('aboutProcedureHint')}</p>
        <button
          type="button"
          className="secondary-button"
          disabled={busy}
          onClick={() => void exportIn('de')}
          data-testid="about-procedure-de"
        >
          {t('aboutProcedureGerman')}
        </button>
        <button
          type="button"
          className="secondary-button"
          disabled={busy}
          onClick={() => void exportIn('en')}
          data-testid="about-procedure-en"
        >
          {t('aboutProcedureEnglish')}
        </button>
        {said && (
          <p className={said.ok ? 'success-text' : 'error-text'} role="status" data-testid="about-procedure-result">
            {said.text}
          </p>
        )}
      </div>
    </section>
  )
}
