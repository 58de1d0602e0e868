import type { Category, PublicSettings } from '../../../../src-preload/contract'
import type { IpcError, SettingsPatch } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { characterCount } from '../../lib/model/characters'
import { TextField } from './form-fields'
import { movedRow, RowActions } from './row-actions'
import { refusedField, SaveStatus, TYPING_PAUSE_MS, useSavedSetting } from './saved-fields'

const DEFAULT_TAB_COLOUR = '#1546c8'

const newCategoryId = () => `c-${crypto.randomUUID().slice(0, 8)}`

/** The categories as typed, or the first one main would refuse (`categories.2.name`). */
const categoriesPatch =
  (limits: PublicSettings['limits']) =>
  (rows: readonly Category[]): { patch: SettingsPatch } | { refused: IpcError } => {
    const categories: Category[] = []
    for (const [index, row] of rows.entries()) {
      const name = row.name.trim()
      const length = characterCount(name)
      if (length < limits.categoryNameLength.min || length > limits.categoryNameLength.max) {
        return { refused: { code: 'invalid_request', field: `categories.${index}.name` } }
      }
      categories.push({ ...row, name })
    }
    return { patch: { categories } }
  }

/**
 * The catalogue's categories: the tabs above the products on the keypad screen, in this order. A category removed
 * leaves its products under "Other" until they are given another.
 */
export function CategoriesSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const { limits } = settings
  const categories = useSavedSetting('categories-save', settings.categories, categoriesPatch(limits), TYPING_PAUSE_MS)
  const rows = categories.value
  const refused = refusedField(categories.status)
  const change = (index: number, changed: Partial<Category>, now = false) => {
    const next = rows.map((row, at) => (at === index ? { ...row, ...changed } : row))
    if (now) categories.changeNow(next)
    else categories.change(next)
  }
  const move = (index: number, by: -1 | 1) => {
    const moved = movedRow(rows, index, by)
    if (moved !== null) categories.changeNow(moved)
  }
  const full = rows.length >= limits.categories.max

  return (
    <section className="settings-card" aria-labelledby="categories-section-title" data-testid="categories-section">
      <h2 id="categories-section-title">{t('categoriesSection')}</h2>
      <p className="field-hint">{t('categoriesHint', { max: limits.categories.max })}</p>
      <ol className="product-rows">
        {rows.map((row, index) => (
          <li key={row.id} className="product-row" data-testid="category-row">
            <TextField
              label={t('categoryName')}
              value={row.name}
              maxCharacters={limits.categoryNameLength.max}
              onChange={(name) => change(index, { name })}
              onBlur={categories.commit}
              invalid={refused === `categories.${index}.name`}
              testId="category-name"
            />
            <label className="form-field">
              <span className="field-label">{t('productColour')}</span>
              <input
                type="color"
                className="colour-input"
                value={row.colour === '' ? DEFAULT_TAB_COLOUR : row.colour}
                onChange={(event) => change(index, { colour: event.target.value }, true)}
                data-testid="category-colour"
              />
            </label>
            <RowActions
              index={index}
              count={rows.length}
              labels={{
                up: t('moveCategoryUp', { name: row.name }),
                down: t('moveCategoryDown', { name: row.name }),
                remove: t('removeCategory', { name: row.name })
              }}
              testIdPrefix="category"
              onMove={move}
              onRemove={() => categories.changeNow(rows.filter((_, at) => at !== index))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="secondary-button"
        disabled={full}
        onClick={() => categories.change([...rows, { id: newCategoryId(), name: '', colour: '' }])}
        data-testid="category-add"
      >
        {t('addCategory')}
      </button>
      <SaveStatus status={categories.status} testId="categories-save" />
    </section>
  )
}
