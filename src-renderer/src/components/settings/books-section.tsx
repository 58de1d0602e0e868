import { useEffect, useState } from 'react'

import type { BackupStatus, PublicSettings } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { callCounter } from '../../ipc/counter-call'
import { formatDateTime } from '../../lib/format/format-date-time'
import { booksCheckMessage, booksFailureText, shortHead } from '../../lib/words/books-care-words'
import { errorMessage } from '../../lib/words/error-messages'

type Said = { ok: boolean; text: string } | null

const today = () => new Date().toLocaleDateString('sv-SE')

/** Settings → Books: verify the chain, export days for a tax audit, and the backups' folder, count and last outcome. */
export function BooksSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const language = useLanguage()
  const [busy, setBusy] = useState<'verify' | 'export' | 'backup' | null>(null)
  const [verified, setVerified] = useState<Said>(null)
  const [exported, setExported] = useState<Said>(null)
  const [backup, setBackup] = useState<BackupStatus | null>(null)
  const [backupError, setBackupError] = useState<string | null>(null)
  const [from, setFrom] = useState(`${today().slice(0, 4)}-01-01`)
  const [to, setTo] = useState(today())

  useEffect(() => {
    void callCounter('backupStatus', {}).then((result) => result.ok && setBackup(result.value))
  }, [])

  const verify = async () => {
    setBusy('verify')
    const result = await callCounter('verifyBooks', {})
    setBusy(null)
    if (!result.ok) setVerified({ ok: false, text: errorMessage(result.error, language) })
    else setVerified({ ok: result.value.ok, text: booksCheckMessage(result.value, language) })
  }

  const exportDays = async () => {
    setBusy('export')
    const result = await callCounter('exportForAudit', { from, to })
    setBusy(null)
    if (!result.ok) setExported({ ok: false, text: errorMessage(result.error, language) })
    else if (!result.value.exported) setExported({ ok: false, text: t('booksExportCancelled') })
    else setExported({ ok: true, text: t('booksExported', { rows: result.value.rows, folder: result.value.folder }) })
  }

  const backupCall = async (call: () => ReturnType<typeof callCounter<'backupNow'>>) => {
    setBusy('backup')
    const result = await call()
    setBusy(null)
    setBackupError(result.ok ? null : errorMessage(result.error, language))
    if (result.ok) setBackup(result.value)
  }

  const last = backup?.last ?? null
  return (
    <section className="settings-group" data-testid="books-section">
      <h2>{t('sectionBooks')}</h2>
      <div className="settings-group">
        <button
          type="button"
          className="secondary-button"
          disabled={busy !== null}
          onClick={() => void verify()}
          data-testid="books-verify"
        >
          {busy === 'verify' ? t('booksVerifying') : t('booksVerify')}
        </button>
        {verified && (
          <p className={verified.ok ? 'success-text' : 'error-text'} role="status" data-testid="books-verify-result">
            {verified.text}
          </p>
        )}
      </div>
      <div className="settings-group">
        <h3>{t('booksExportTitle')}</h3>
        <label>
          {t('booksExportFrom')}
          <input
            type="date"
            value={from}
            required
            onChange={(event) => setFrom(event.target.value)}
            data-testid="books-export-from"
          />
        </label>
        <label>
          {t('booksExportTo')}
          <input
            type="date"
            value={to}
            required
            onChange={(event) => setTo(event.target.value)}
            data-testid="books-export-to"
          />
        </label>
        <button
          type="button"
          className="secondary-button"
          disabled={busy !== null || from === '' || to === ''}
          onClick={() => void exportDays()}
          data-testid="books-export"
        >
          {busy === 'export' ? t('booksExporting') : t('booksExport')}
        </button>
        {exported && (
          <p className={exported.ok ? 'success-text' : 'error-text'} role="status" data-testid="books-export-result">
            {exported.text}
          </p>
        )}
      </div>
      <div className="settings-group">
        <h3>{t('booksBackupTitle')}</h3>
        <p data-testid="books-backup-folder">
          {backup?.folder ? `${t('booksBackupFolder')}: ${backup.folder}` : t('booksBackupNoFolder')}
        </p>
        <button
          type="button"
          className="secondary-button"
          disabled={busy !== null}
          onClick={() => void backupCall(() => callCounter('chooseBackupFolder', {}))}
          data-testid="books-backup-choose"
        >
          {t('booksBackupChoose')}
        </button>
        <label>
          {t('booksBackupKeep')}
          <input
            type="number"
            min={settings.limits.backupKeep.min}
            max={settings.limits.backupKeep.max}
            value={backup?.keep ?? ''}
            onChange={(event) => {
              const keep = Number(event.target.value)
              const { min, max } = settings.limits.backupKeep
              if (Number.isInteger(keep) && keep >= min && keep <= max) {
                void backupCall(() => callCounter('setBackupKeep', { keep }))
              }
            }}
            data-testid="books-backup-keep"
          />
        </label>
        <button
          type="button"
          className="secondary-button"
          disabled={busy !== null}
          onClick={() => void backupCall(() => callCounter('backupNow', {}))}
          data-testid="books-backup-now"
        >
          {t('booksBackupNow')}
        </button>
        <p
          className={last !== null && !last.ok ? 'error-text' : undefined}
          role="status"
          data-testid="books-backup-last"
        >
          {last === null
            ? t('booksBackupNever')
            : last.ok
              ? t('booksBackupLastOk', {
                  time: formatDateTime(last.at, language),
                  rows: last.rows,
                  head: shortHead(last.head)
                })
              : t('booksBackupLastFailed', {
                  time: formatDateTime(last.at, language),
                  reason: booksFailureText(last.reason, language)
                })}
        </p>
        {backupError && (
          <p className="error-text" role="alert">
            {backupError}
          </p>
        )}
      </div>
    </section>
  )
}
