import { memo } from 'react'

import { Catalogue } from '../catalogue/catalogue'
import { ParkingBar, ParkingNotice } from '../parking/parking-bar'
import { SaleLines } from '../selling/sale-lines'
import { TipChoice } from '../selling/tip-choice'
import { VatRateChoice } from '../selling/vat-rate-choice'
import { ChargeError } from './charge-error'
import { NoteInput } from './note-input'
import { PendingSidebar } from './pending-sidebar'
import { UncertainSale } from './uncertain-sale'

/**
 * Everything beside the keypad (below it on narrow screens): what happened to the last charge, the sale being put
 * together and the links still waiting. Its upper part scrolls on its own, so however much it holds, keypad and
 * Charge never move out of view.
 */
// Memoized: hiding the keypad screen under the QR re-renders its parent, and this side needs nothing from it.
export const KeypadSide = memo(function KeypadSide() {
  return (
    <div className="keypad-side">
      <div className="keypad-extras" data-testid="keypad-extras">
        <UncertainSale />
        <ChargeError />
        <div className="note-row">
          <NoteInput />
          <ParkingBar />
        </div>
        <ParkingNotice />
        <Catalogue />
        <VatRateChoice />
        <SaleLines />
        <TipChoice />
      </div>
      <PendingSidebar />
    </div>
  )
})
