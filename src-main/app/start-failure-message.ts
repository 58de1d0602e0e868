import type { Language } from '../../src-preload/contract/locale'
import type { StartStage } from './start-stage'

/**
 * The one message main words itself: the app failed before its window could show anything, so there is no
 * renderer to word it. German or English by the OS locale; names what failed and where the data folder is.
 */
const WORDS = {
  en: {
    title: 'SecPaid Counter could not start',
    failed: {
      settings: 'its settings could not be read or saved',
      sqlite: 'this build of the app lacks its database engine (node:sqlite), so it cannot open its books',
      journal: 'its sales journal could not be opened',
      backend: 'its background services (Demo mode simulator, customer display) could not start',
      other: 'an unexpected error occurred'
    },
    dataFolder: 'Data folder',
    advice:
      'settings.json and books.sqlite (the sales journal) are kept there: check that the folder exists, that you may write to it ' +
      'and that the disk is not full, then start the app again.',
    details: 'Details'
  },
  de: {
    title: 'SecPaid Counter konnte nicht starten',
    failed: {
      settings: 'die Einstellungen konnten nicht gelesen oder gespeichert werden',
      sqlite: 'diesem Build der App fehlt ihre Datenbank (node:sqlite), daher kann sie ihre Bücher nicht öffnen',
      journal: 'das Verkaufsjournal konnte nicht geöffnet werden',
      backend: 'die Hintergrunddienste (Simulator des Demo-Modus, Kundenanzeige) konnten nicht starten',
      other: 'ein unerwarteter Fehler ist aufgetreten'
    },
    dataFolder: 'Datenordner',
    advice:
      'Dort liegen settings.json und books.sqlite (das Verkaufsjournal): Prüfen Sie, ob der Ordner existiert, ob Sie darin schreiben ' +
      'dürfen und ob der Datenträger voll ist, und starten Sie die App dann erneut.',
    details: 'Details'
  }
} as const

export function startFailureMessage(failure: {
  stage: StartStage
  dataFolder: string
  language: Language
  /** The error's own text (from the OS or a library), shown as it came. */
  detail: string
}): { title: string; body: string } {
  const words = WORDS[failure.language]
  return {
    title: words.title,
    body: [
      `${words.title}: ${words.failed[failure.stage]}.`,
      `${words.dataFolder}: ${failure.dataFolder}`,
      words.advice,
      `${words.details}: ${failure.detail}`
    ].join('\n\n')
  }
}
