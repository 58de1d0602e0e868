import type {
  DayCloseReport,
  MoneyWay,
  MoneyWayDay,
  PayoutLine,
  PayoutPagingNote,
  PayoutState
} from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatDay } from '../../lib/format/format-date'
import { formatCents } from '../../lib/format/format-money'
import { errorMessage } from '../../lib/words/error-messages'

const PAYOUT_STATE_LABEL = {
  in_progress: 'payoutInProgress',
  approved: 'payoutApproved',
  unknown: 'payoutUnknown'
} as const satisfies Record<PayoutState, string>

const PAYOUT_PAGING_LABEL = {
  pages_repeated: 'payoutPagingRepeated',
  page_cap: 'payoutPagingCap',
  short_pages: 'payoutPagingShort'
} as const satisfies Record<PayoutPagingNote, string>

const FIGURES = ['soldCents', 'paidCents', 'feeCents', 'paidOutCents', 'onItsWayCents', 'inProgressCents'] as const

/** The range's days added up, in integer cents. */
const totalOf = (days: readonly MoneyWayDay[]): MoneyWayDay => {
  const total: MoneyWayDay = {
    day: '',
    soldCents: 0,
    paidCents: 0,
    feeCents: 0,
    paidOutCents: 0,
    onItsWayCents: 0,
    inProgressCents: 0
  }
  for (const day of days) for (const figure of FIGURES) total[figure] += day[figure]
  return total
}

function DayRow({ label, figures, testId }: { label: string; figures: MoneyWayDay; testId: string }) {
  const t = useTranslate()
  const language = useLanguage()
  const euros = (cents: number) => formatCents(cents, language)
  return (
    <tr data-testid={testId}>
      <th scope="row">{label}</th>
      <td>{euros(figures.soldCents)}</td>
      <td>{euros(figures.paidCents)}</td>
      <td>{figures.feeCents === 0 ? euros(0) : `−${euros(figures.feeCents)}`}</td>
      <td>{euros(figures.paidOutCents)}</td>
      <td>
        {euros(figures.onItsWayCents)}
        {figures.inProgressCents > 0 && ` (${t('moneyWayInProgress', { amount: euros(figures.inProgressCents) })})`}
      </td>
    </tr>
  )
}

function PayoutList({ payouts }: { payouts: readonly PayoutLine[] }) {
  const t = useTranslate()
  const language = useLanguage()
  if (payouts.length === 0) return <p>{t('moneyWayNoPayouts')}</p>
  return (
    <ul data-testid="day-close-payouts">
      {payouts.map((payout) => {
        const id = payout.transactionId ?? payout.id
        const sentence = t('moneyWayPayout', {
          day: payout.day === null ? t('moneyWayPayoutNoDay') : (formatDay(payout.day, language) ?? payout.day),
          net: formatCents(payout.netCents, language),
          amount: formatCents(payout.amountCents, language),
          status:
            payout.status === 'unknown'
              ? t('payoutUnknown', { word: payout.statusText ?? '' })
              : t(PAYOUT_STATE_LABEL[payout.status]),
          id
        })
        // The payout's id is copied into the bank's search: never broken at its hyphens.
        const at = sentence.lastIndexOf(id)
        return (
          <li key={payout.id} data-testid={`payout-${payout.status}`}>
            {at < 0 ? (
              sentence
            ) : (
              <>
                {sentence.slice(0, at)}
                <span className="unbroken">{id}</span>
                {sentence.slice(at + id.length)}
              </>
            )}
          </li>
        )
      })}
    </ul>
  )
}

function MoneyWayTable({ moneyWay }: { moneyWay: MoneyWay }) {
  const t = useTranslate()
  const language = useLanguage()
  return (
    <table className="day-close-table" data-testid="day-close-money-way-table">
      <thead>
        <tr>
          <th scope="col">{t('moneyWayDay')}</th>
          <th scope="col">{t('moneyWaySold')}</th>
          <th scope="col">{t('moneyWayPaid')}</th>
          <th scope="col">{t('moneyWayFees')}</th>
          <th scope="col">{t('moneyWayPaidOut')}</th>
          <th scope="col">{t('moneyWayOnItsWay')}</th>
        </tr>
      </thead>
      <tbody>
        {moneyWay.days.map((day) => (
          <DayRow
            key={day.day}
            label={formatDay(day.day, language) ?? day.day}
            figures={day}
            testId={`money-way-${day.day}`}
          />
        ))}
        {moneyWay.days.length > 1 && (
          <DayRow label={t('moneyWayTotal')} figures={totalOf(moneyWay.days)} testId="money-way-total" />
        )}
      </tbody>
    </table>
  )
}

/** Per day: sold at the counter → paid by customers → fees → paid out to the bank, and what is still on its way. */
export function MoneyWaySection({ report }: { report: DayCloseReport }) {
  const t = useTranslate()
  const language = useLanguage()
  // Without SecPaid's pay-ins there is nothing to follow to the bank: that section already says why.
  if (report.secpaid === null) return null
  return (
    <section data-testid="day-close-money-way">
      <h3>{t('moneyWayTitle')}</h3>
      {report.moneyWay === null ? (
        <p role="alert">
          {t('moneyWayUnavailable', {
            reason: report.payoutFailure === null ? '' : errorMessage(report.payoutFailure, language)
          })}
        </p>
      ) : (
        <>
          {report.moneyWay.paging.length > 0 && (
            <ul role="alert" data-testid="day-close-payout-paging">
              {report.moneyWay.paging.map((kind) => (
                <li key={kind}>{t(PAYOUT_PAGING_LABEL[kind])}</li>
              ))}
            </ul>
          )}
          <MoneyWayTable moneyWay={report.moneyWay} />
          <p>{t('moneyWayExplained')}</p>
          <h4>{t('moneyWayPayouts')}</h4>
          <PayoutList payouts={report.moneyWay.payouts} />
        </>
      )}
    </section>
  )
}
