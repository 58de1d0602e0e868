import type { booksCareEn } from './books-care-en'

/** Deutsche Sätze zu Einstellungen → Bücher (Prüfen, Export für die Betriebsprüfung, Sicherungen); in `de` (de.ts). */
export const booksCareDe: Record<keyof typeof booksCareEn, string> = {
  sectionBooks: 'Bücher',
  booksVerify: 'Bücher prüfen',
  booksVerifying: 'Prüfe…',
  booksVerifyOk: 'Die Bücher sind unverändert: {rows} Zeilen, Kopf {head}.',
  booksProblemNoDatabase: 'Im Datenordner gibt es noch keine Bücher.',
  booksProblemDamaged: 'Die Bücher-Datenbank ist nicht lesbar: beschädigt oder keine Datenbank.',
  booksProblemRowSeq:
    'Zeile {seq} folgt nicht auf die Zeile davor: eine Zeile fehlt oder wurde eingefügt. Die {before} Zeilen davor sind in Ordnung.',
  booksProblemRowPrev:
    'Zeile {seq} nennt nicht die Zeile davor: davor wurde eine Zeile geändert, entfernt oder eingefügt. Die {before} Zeilen davor sind in Ordnung.',
  booksProblemRowHash:
    'Zeile {seq} wurde geändert: ihr Inhalt passt nicht zu ihrem Hash. Die {before} Zeilen davor sind in Ordnung.',
  booksProblemTailCut:
    'Die Bücher enden bei Zeile {last}, der Kopf daneben sah aber Zeile {witness}: am Ende wurden Zeilen abgeschnitten.',
  booksProblemHeadMismatch:
    'Zeile {seq} ist nicht die Zeile, die der Kopf neben den Büchern sah: die Bücher wurden neu geschrieben.',
  booksProblemWitnessMissing: 'Die {rows} Zeilen sind lückenlos verkettet, aber die Kopfdatei (books.head) fehlt.',
  booksProblemWitnessUnreadable:
    'Die {rows} Zeilen sind lückenlos verkettet, aber die Kopfdatei (books.head) ist nicht lesbar.',
  booksExportTitle: 'Export für die Betriebsprüfung',
  booksExportFrom: 'Von',
  booksExportTo: 'Bis',
  booksExport: 'Ordner wählen und exportieren',
  booksExporting: 'Exportiere…',
  booksExported: '{rows} Zeilen exportiert nach {folder}.',
  booksExportCancelled: 'Nichts exportiert: kein Ordner gewählt.',
  booksBackupTitle: 'Sicherungen',
  booksBackupFolder: 'Sicherungsordner',
  booksBackupNoFolder: 'Kein Ordner gewählt: die Bücher werden nicht gesichert.',
  booksBackupChoose: 'Sicherungsordner wählen',
  booksBackupKeep: 'Aufbewahrte Sicherungen',
  booksBackupNow: 'Jetzt sichern',
  booksBackupNever: 'Noch keine Sicherung gemacht.',
  booksBackupLastOk: 'Letzte Sicherung: {time} ({rows} Zeilen, Kopf {head}).',
  booksBackupLastFailed: 'Die letzte Sicherung ({time}) ist fehlgeschlagen: {reason}',
  booksFailNoFolder: 'es ist kein Sicherungsordner gewählt.',
  booksFailFolderMissing: 'der Ordner ist nicht da (USB-Stick abgezogen?).',
  booksFailReadOnly: 'in den Ordner kann nicht geschrieben werden.',
  booksFailDiskFull: 'der Datenträger ist voll.',
  booksFailNoDatabase: 'es gibt noch keine Bücher.',
  booksFailInvalidPeriod: 'der Zeitraum ist ungültig.',
  booksFailFailed: 'das Schreiben ist fehlgeschlagen.',
  errorAuditExportFailed: 'Nichts wurde exportiert: {reason}',
  dayCloseChainHead: 'Kopf der Bücher beim Abschluss: {head} ({rows} Zeilen)'
}
