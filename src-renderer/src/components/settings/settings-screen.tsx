import { useState } from 'react'

import type { PublicSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import type { MessageKey } from '../../lib/words/i18n'
import { useSettingsLockStore } from '../../stores/settings-lock-store'
import { useUnsavedSettingsStore } from '../../stores/unsaved-settings-store'
import { AboutSection } from './about-section'
import { BooksSection } from './books-section'
import { CatalogueFileCard } from './catalogue-file-card'
import { CategoriesSection } from './categories-section'
import { ConnectionSection } from './connection-section'
import { CounterSettings } from './counter-settings'
import { CustomerDisplayCard } from './customer-display-card'
import { LinkDefaultsSettings } from './link-defaults-settings'
import { PaidSettings } from './paid-settings'
import { ProductsSection } from './products-section'
import { ReceiptSection } from './receipt-section'
import { RepairedSettingsNotice } from './repaired-settings-notice'
import { SecuritySection } from './security-section'
import { SettingsUnwritableNotice } from './settings-unwritable-notice'
import { ShopSection } from './shop-section'
import { StaffSection } from './staff-section'
import { TaxSection } from './tax-section'
import { TipsSection } from './tips-section'

type SectionId =
  | 'connection'
  | 'counter'
  | 'products'
  | 'tips'
  | 'tax'
  | 'paid'
  | 'shop'
  | 'receipt'
  | 'links'
  | 'display'
  | 'security'
  | 'staff'
  | 'books'
  | 'about'

/** One section at a time, each short enough for one screen. */
const SECTIONS: readonly { id: SectionId; label: MessageKey }[] = [
  { id: 'connection', label: 'sectionConnection' },
  { id: 'counter', label: 'sectionCounter' },
  { id: 'products', label: 'productsSection' },
  { id: 'tips', label: 'tipsSection' },
  { id: 'tax', label: 'taxSection' },
  { id: 'paid', label: 'sectionAfterPayment' },
  { id: 'shop', label: 'shopSection' },
  { id: 'receipt', label: 'receiptSection' },
  { id: 'links', label: 'sectionLinkDefaults' },
  { id: 'display', label: 'sectionCustomerDisplay' },
  { id: 'security', label: 'sectionSecurity' },
  { id: 'staff', label: 'staffTitle' },
  { id: 'books', label: 'sectionBooks' },
  { id: 'about', label: 'sectionAbout' }
]

function SectionContent({ id, settings }: { id: SectionId; settings: PublicSettings }) {
  switch (id) {
    case 'connection':
      return <ConnectionSection settings={settings} />
    case 'counter':
      return <CounterSettings settings={settings} />
    case 'products':
      return (
        <>
          <CategoriesSection settings={settings} />
          <ProductsSection settings={settings} />
          <CatalogueFileCard settings={settings} />
        </>
      )
    case 'tips':
      return <TipsSection settings={settings} />
    case 'tax':
      return <TaxSection settings={settings} />
    case 'paid':
      return <PaidSettings settings={settings} />
    case 'shop':
      return <ShopSection settings={settings} />
    case 'receipt':
      return <ReceiptSection settings={settings} />
    case 'links':
      return <LinkDefaultsSettings settings={settings} />
    case 'display':
      return <CustomerDisplayCard settings={settings} />
    case 'security':
      return <SecuritySection settings={settings} />
    case 'staff':
      return <StaffSection settings={settings} />
    case 'books':
      return <BooksSection settings={settings} />
    case 'about':
      return <AboutSection />
  }
}

/**
 * Settings in sections, each change saved on its own. Leaving waits for changes still on their way and stays, saying
 * so, while a refused change is on screen: nothing the owner typed is dropped without a word.
 */
export function SettingsScreen({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const closeSettings = useSettingsLockStore((state) => state.closeSettings)
  const anyRefused = useUnsavedSettingsStore((state) => Object.keys(state.refused).length > 0)
  const [section, setSection] = useState<SectionId>('connection')
  const [leaveRefused, setLeaveRefused] = useState(false)

  const leave = async () => {
    // The field being left saves first (its blur comes before this click); wait for its answer.
    const stillRefused = await useUnsavedSettingsStore.getState().settled()
    if (stillRefused.length > 0) setLeaveRefused(true)
    else closeSettings()
  }

  return (
    <main className="settings-screen" data-testid="settings-screen">
      <header className="top-bar">
        <h1>{t('settings')}</h1>
        {leaveRefused && anyRefused && (
          <p className="error-text settings-not-saved" role="alert" data-testid="settings-not-saved">
            {t('settingsNotSaved')}
          </p>
        )}
        <button type="button" className="secondary-button" onClick={() => void leave()} data-testid="settings-close">
          {t('settingsDone')}
        </button>
      </header>
      <div className="settings-layout">
        <nav className="settings-nav" aria-label={t('settingsSections')}>
          {SECTIONS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              className={`settings-nav-item${id === section ? ' is-current' : ''}`}
              aria-current={id === section ? 'page' : undefined}
              onClick={() => setSection(id)}
              data-testid={`settings-section-${id}`}
            >
              {t(label)}
            </button>
          ))}
        </nav>
        <div className="settings-body">
          <div className="settings-column">
            <SettingsUnwritableNotice settingsFile={settings.settingsFile} />
            <RepairedSettingsNotice repairs={settings.repairedAtStart} />
            <SectionContent id={section} settings={settings} />
          </div>
        </div>
      </div>
    </main>
  )
}
