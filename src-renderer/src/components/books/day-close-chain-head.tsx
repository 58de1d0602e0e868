import type { DayCloseReport } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { shortHead } from '../../lib/words/books-care-words'

/** The books' chain head at closing time, short form, on screen and on the printout (issue 17, tamper evidence). */
export function DayCloseChainHead({ report }: { report: DayCloseReport }) {
  const t = useTranslate()
  if (report.chainHead === undefined || report.chainHead === null) return null
  return (
    <p className="day-close-chain-head" data-testid="day-close-chain-head">
      {t('dayCloseChainHead', { head: shortHead(report.chainHead.head), rows: report.chainHead.rows })}
    </p>
  )
}
