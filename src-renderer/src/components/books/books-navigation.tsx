import { useTranslate } from '../../hooks/use-translate'
import { useViewStore } from '../../stores/view-store'

/** The top bar's way to the books: History and Day close. */
export function BooksNavigation() {
  const t = useTranslate()
  const show = useViewStore((state) => state.show)
  return (
    <>
      <button type="button" className="secondary-button" onClick={() => show('history')} data-testid="nav-history">
        {t('navHistory')}
      </button>
      <button type="button" className="secondary-button" onClick={() => show('dayClose')} data-testid="nav-day-close">
        {t('navDayClose')}
      </button>
    </>
  )
}
