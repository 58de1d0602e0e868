import { useEffect, useRef } from 'react'

import { useFocusOnMount } from '../../hooks/use-focus-on-mount'
import { useTranslate } from '../../hooks/use-translate'
import type { MessageKey } from '../../lib/words/i18n'
import { useHelpStore } from '../../stores/help-store'
import { ModalDialog } from '../shared/modal-dialog'

const SECTIONS: readonly { title: MessageKey; points: readonly MessageKey[] }[] = [
  {
    title: 'helpWorksTitle',
    points: ['helpWorksNothingCharged', 'helpWorksKeypad', 'helpWorksBooks', 'helpWorksShownQr']
  },
  {
    title: 'helpMidSaleTitle',
    points: [
      'helpMidSaleJournal',
      'helpMidSaleUncertain',
      'helpMidSaleHeld',
      'helpMidSaleNeverTwice',
      'helpMidSaleRestart'
    ]
  },
  {
    title: 'helpEventTitle',
    points: ['helpEventHotspot', 'helpEventGuestWifi', 'helpEventWifiQr', 'helpEventTest']
  },
  { title: 'helpBannerTitle', points: ['helpBannerText'] }
]

/**
 * What happens when the network goes away, for the cashier at the counter: opened from the top bar's "?" (a tap, or
 * Tab and Space) or with F1 from any screen, over whatever screen shows (a QR stays under it); Escape, a tap beside it
 * or Close closes it.
 */
export function OfflineHelp() {
  const t = useTranslate()
  const open = useHelpStore((state) => state.open)
  const close = useHelpStore((state) => state.close)
  useHelpKey()
  if (!open) return null
  return (
    <ModalDialog title={t('helpTitle')} onDismiss={close} testId="offline-help" className="help-dialog">
      <HelpBody />
      <div className="dialog-buttons">
        <CloseButton onClose={close} label={t('helpClose')} />
      </div>
    </ModalDialog>
  )
}

/** F1, the keyboard's help key, opens the help unless another dialog owns the keyboard. */
function useHelpKey(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F1' || event.defaultPrevented) return
      event.preventDefault()
      if (document.querySelector('[role="dialog"][aria-modal="true"]') !== null) return
      useHelpStore.getState().show()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

function HelpBody() {
  const t = useTranslate()
  return (
    // It scrolls at small sizes: focusable, so the arrow keys scroll it too.
    <div className="help-body" tabIndex={0} role="region" aria-label={t('helpTitle')} data-testid="offline-help-body">
      {SECTIONS.map((section) => (
        <section key={section.title} aria-labelledby={`help-${section.title}`}>
          <h3 id={`help-${section.title}`}>{t(section.title)}</h3>
          <ul>
            {section.points.map((point) => (
              <li key={point}>{t(point)}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

function CloseButton({ onClose, label }: { onClose: () => void; label: string }) {
  const button = useRef<HTMLButtonElement>(null)
  useFocusOnMount(button)
  return (
    <button ref={button} type="button" className="primary-button" onClick={onClose} data-testid="offline-help-close">
      {label}
    </button>
  )
}
