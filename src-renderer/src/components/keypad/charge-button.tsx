import { memo } from 'react'

import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'
import { type ChargeBlock, chargeBlock } from '../../lib/model/charge-limit'
import { useChargeStore } from '../../stores/charge-store'
import { selectJournalBlocksCharge, useJournalStore } from '../../stores/journal-store'
import { selectAmountCents, useKeypadStore } from '../../stores/keypad-store'
import { currentQuote, isComposed, useOrderStore } from '../../stores/order-store'
import { useSettingsStore } from '../../stores/settings-store'
import { useUncertainSaleStore } from '../../stores/uncertain-sale-store'
import { Spinner } from '../shared/spinner'

/**
 * Disabled, saying why, while the amount cannot be charged, the last sale is uncertain (charging then could make a
 * second link for it) or sales cannot be recorded; a spinner while the link is being created.
 */
// Memoized: its parent re-renders when the keypad screen is hidden or shown, which changes nothing here.
export const ChargeButton = memo(function ChargeButton() {
  const t = useTranslate()
  const language = useLanguage()
  const amountCents = useKeypadStore(selectAmountCents)
  const maxAmountCents = useSettingsStore((state) => state.settings?.maxAmountCents ?? 0)
  const chargeInFlight = useChargeStore((state) => state.chargeInFlight)
  const uncertain = useUncertainSaleStore((state) => state.uncertainSale !== null)
  const journalBlocks = useJournalStore(selectJournalBlocksCharge)
  const charge = useChargeStore((state) => state.charge)

  const composed = useOrderStore(isComposed)
  const quote = useOrderStore(currentQuote)

  // A composed sale is charged at main's total; until main has answered for what is on screen, it waits for it.
  const block = composed ? (quote === null ? 'empty' : null) : chargeBlock(amountCents, maxAmountCents)
  const chargedCents = composed ? (quote?.totalCents ?? 0) : amountCents
  const labels: Record<NonNullable<ChargeBlock> | 'ready', () => string> = {
    empty: () => t('enterAmount'),
    'above-max': () => t('maximumIs', { amount: formatCents(maxAmountCents, language) }),
    ready: () => t('charge', { amount: formatCents(chargedCents, language) })
  }
  const label = chargeInFlight
    ? t('charging')
    : uncertain
      ? t('checkLastSaleFirst')
      : journalBlocks
        ? t('chargeBlockedJournal')
        : labels[block ?? 'ready']()
  const blocked = uncertain || journalBlocks

  return (
    <button
      type="button"
      className={`charge-button${block === 'above-max' && !blocked ? ' charge-button-over' : ''}`}
      disabled={chargeInFlight || blocked || block !== null}
      aria-busy={chargeInFlight}
      onClick={() => void charge()}
      data-testid="charge-button"
    >
      {chargeInFlight && <Spinner />}
      <span>{label}</span>
    </button>
  )
})
