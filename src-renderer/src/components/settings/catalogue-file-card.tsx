import { useState } from 'react'

import type { IpcError, PublicSettings } from '../../../../src-preload/contract'
import { localDay } from '../../../../src-preload/contract/locale'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'
import {
  CATALOGUE_COLUMNS,
  type CsvProblem,
  formatCatalogueCsv,
  parseCatalogueCsv
} from '../../lib/model/catalogue-csv'
import { type Translate, translate } from '../../lib/words/i18n'
import { callWithDialogPin } from '../../stores/dialog-pin-call'
import { useSettingsStore } from '../../stores/settings-store'
import { ErrorText } from '../shared/error-text'

type Outcome =
  | { kind: 'exported' }
  | { kind: 'imported'; count: number }
  | { kind: 'refused'; problems: CsvProblem[] }
  | { kind: 'failed'; error: IpcError }

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`

function problemText(problem: CsvProblem, t: Translate, limits: PublicSettings['limits'], example: string): string {
  switch (problem.problem) {
    case 'columns':
      return t('csvProblemColumns', { line: problem.line, columns: CATALOGUE_COLUMNS.map((key) => t(key)).join(', ') })
    case 'name':
      return t('csvProblemName', { line: problem.line, max: limits.productNameLength.max })
    case 'category':
      return t('csvProblemCategory', { line: problem.line, max: limits.categoryNameLength.max })
    case 'quotes':
      return t('csvProblemQuotes', { line: problem.line })
    case 'price':
      return t('csvProblemPrice', { line: problem.line, value: problem.value, example })
    case 'code':
      return t('csvProblemCode', { line: problem.line, value: problem.value, max: limits.productCodeLength.max })
    case 'colour':
      return t('csvProblemColour', { line: problem.line, value: problem.value })
    case 'id':
      return t('csvProblemId', { line: problem.line, value: problem.value })
    case 'too_many':
      return t('csvProblemTooMany', { max: limits.products.max })
    case 'too_many_categories':
      return t('csvProblemTooManyCategories', { max: limits.categories.max })
    case 'empty':
      return t('csvProblemEmpty')
  }
}

/**
 * The catalogue out to a spreadsheet and back. An import is all or nothing: a price list with some rows taken and
 * others not would leave the counter selling at a mix of old and new prices, which no owner wants to find out about
 * at the till; every wrong row is listed by its line, so the file is fixed once and imported again.
 */
export function CatalogueFileCard({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const language = useLanguage()
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async (work: () => Promise<Outcome | null>) => {
    setBusy(true)
    try {
      setOutcome(await work())
    } finally {
      setBusy(false)
    }
  }
  const exportCsv = () =>
    run(async () => {
      const content = formatCatalogueCsv(settings.products, settings.categories, language, (key) =>
        translate(language, key)
      )
      const fileName = `${t('catalogueFileName')}-${localDay(new Date())}.csv`
      const saved = await callWithDialogPin('saveFile', { fileName, kind: 'csv', content })
      if (!saved.ok) return { kind: 'failed', error: saved.error }
      return saved.value.saved ? { kind: 'exported' } : null
    })
  const importCsv = () =>
    run(async () => {
      const opened = await callWithDialogPin('openCsvFile', {})
      if (!opened.ok) return { kind: 'failed', error: opened.error }
      if (opened.value.content === null) return null
      const parsed = parseCatalogueCsv(opened.value.content, settings, settings.limits, newId)
      if (!parsed.ok) return { kind: 'refused', problems: parsed.problems }
      const { products, categories } = parsed
      const updated = await useSettingsStore.getState().update({ products, categories })
      return updated.ok ? { kind: 'imported', count: products.length } : { kind: 'failed', error: updated.error }
    })

  return (
    <section className="settings-card" aria-labelledby="catalogue-file-title" data-testid="catalogue-file">
      <h2 id="catalogue-file-title">{t('catalogueFileSection')}</h2>
      <p className="field-hint">{t('catalogueFileHint')}</p>
      <div className="dialog-buttons">
        <button
          type="button"
          className="secondary-button"
          disabled={busy || settings.products.length === 0}
          onClick={() => void exportCsv()}
          data-testid="catalogue-export"
        >
          {t('catalogueExport')}
        </button>
        <button
          type="button"
          className="secondary-button"
          disabled={busy}
          onClick={() => void importCsv()}
          data-testid="catalogue-import"
        >
          {t('catalogueImport')}
        </button>
      </div>
      {outcome?.kind === 'exported' && (
        <p className="save-status save-status-saved" role="status" data-testid="catalogue-file-done">
          {t('catalogueExported')}
        </p>
      )}
      {outcome?.kind === 'imported' && (
        <p className="save-status save-status-saved" role="status" data-testid="catalogue-file-done">
          {t.count('catalogueImported', outcome.count)}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div role="alert" data-testid="catalogue-import-refused">
          <p className="error-text">{t('catalogueImportRefused')}</p>
          <ul className="catalogue-problems">
            {outcome.problems.map((problem, index) => (
              <li key={index} data-testid="catalogue-import-problem">
                {problemText(problem, t, settings.limits, formatCents(250, language).replace(/\s*€\s*/, ''))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.kind === 'failed' && <ErrorText error={outcome.error} testId="catalogue-file-error" />}
    </section>
  )
}
