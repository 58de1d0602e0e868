import type { Language } from '../../src-preload/contract'
import { berlinWallTime } from '../secpaid/berlin-time'
import type { ProcedureFacts } from './procedure-facts'
import type { TextDocument } from './text-pdf'

/**
 * The draft procedure description ("Verfahrensdokumentation", GoBD) of this counter, made from the shop's settings:
 * what the app records, where, for how long, how it is exported and what it does not record. A document the owner
 * files and completes with the tax advisor, in German or English, like the audit export's README.txt a file main
 * writes (not a sentence of the screen).
 */
export function procedureDescription(facts: ProcedureFacts, language: Language): TextDocument {
  return language === 'de' ? german(facts) : english(facts)
}

const orNone = (value: string, none: string) => (value.trim() === '' ? none : value.replaceAll('\n', ', '))

function german(facts: ProcedureFacts): TextDocument {
  const environment = {
    production: 'Produktion (echte Zahlungen über SecPaid)',
    development: 'Entwicklung (SecPaids Testumgebung, keine echten Zahlungen)',
    demo: 'Demo (eingebauter Simulator, keine echten Zahlungen; nicht Teil der Bücher des Betriebs)'
  }[facts.environment]
  const tips =
    facts.tipKind === 'staff'
      ? 'für das Personal: Es wird weitergegeben und ist kein Umsatz des Betriebs'
      : 'für den Betrieb: Es ist Umsatz des Betriebs'
  return {
    title: 'Verfahrensdokumentation (Entwurf): Kasse mit SecPaid-Zahlungslinks',
    subtitle:
      `${orNone(facts.shop.name, 'Betrieb ohne Namen')} · erstellt am ${berlinWallTime(new Date(facts.madeAt))} ` +
      `(Europe/Berlin) mit SecPaid Counter ${facts.version}. Mit der Steuerberatung prüfen und ergänzen.`,
    sections: [
      {
        heading: '1. Betrieb und Kasse',
        paragraphs: [
          `Betrieb: ${orNone(facts.shop.name, '(kein Name eingetragen)')}. Anschrift: ${orNone(facts.shop.address, '(keine eingetragen)')}. ` +
            `USt-IdNr. / Steuernummer: ${orNone(facts.shop.vatId, '(keine eingetragen)')}.`,
          `Kasse: Kennung ${facts.till.id}, Gerätename ${facts.till.deviceName}. Kassen am selben SecPaid-Schlüssel ` +
            `(Einstellung): ${facts.tillsOnKey}. Kassen mit Verkäufen in diesen Büchern: ` +
            `${facts.tillsInBooks.length === 0 ? '(noch keine)' : facts.tillsInBooks.join(', ')}.`,
          `Umgebung: ${environment}.`,
          `Datenordner: ${facts.dataFolder}.`
        ]
      },
      {
        heading: '2. Was die App erfasst',
        paragraphs: [
          'Jeder Verkauf wird über einen Zahlungslink von SecPaid bezahlt; die Kundin oder der Kunde zahlt auf dem ' +
            'eigenen Telefon. Ein Verkauf gilt erst als bezahlt, wenn SecPaid die Zahlung bestätigt.',
          'Jede Statusänderung jedes Verkaufs ist eine eigene Zeile der Bücher (books.sqlite): begonnen (vor der ' +
            'Anfrage an SecPaid), Link erstellt, bezahlt, storniert, fehlgeschlagen, Erstattung angefragt, ' +
            'übermittelt oder abgelehnt. Jede Zeile trägt Zeitpunkt, Referenz (Kasse, Tag, laufende Nummer), ' +
            'Umgebung, Betrag in Cent, Positionen, Trinkgeld und seine Art, Notiz und SecPaids Link-Nummer.',
          `Trinkgeld ist nach der Einstellung ${tips}. Die Art wird mit jedem Verkauf gespeichert; eine spätere ` +
            'Änderung ändert keine früheren Verkäufe. Verkäufe aus der Zeit vor dieser Einstellung gelten als ' +
            `Umsatz des Betriebs. Trinkgeld wird ${facts.tipsOffered ? 'derzeit angeboten' : 'derzeit nicht angeboten'}.`,
          'Die Zeilen werden nur angehängt, nie geändert oder gelöscht (die Datenbank verweigert es). Jede Zeile ' +
            'trägt den SHA-256-Hash der vorigen und ihren eigenen (Hash-Kette); das Ende der Kette steht zusätzlich ' +
            'in books.head. Der Tagesabschluss druckt den Stand der Kette.'
        ]
      },
      {
        heading: '3. Was die App nicht erfasst',
        paragraphs: [
          'Kein Bargeld, keine Gutscheine, kein Guthaben: Die App hat dafür weder Tasten noch Felder, und es gibt ' +
            'kein „als bezahlt markieren“. Eine Kasse, die Bargeld erfasst, braucht in Deutschland eine ' +
            'zertifizierte technische Sicherheitseinrichtung (§ 146a AO, KassenSichV); diese App ist keine solche ' +
            'Kasse. Bareinnahmen gehören in eine eigene, zertifizierte Kasse.',
          'Keine Karten- oder Kontodaten der Kundschaft: Bezahlt wird auf SecPaids Seite, die App sieht nur ' +
            'SecPaids Bestätigung. Keine Namen der Kundschaft.'
        ]
      },
      {
        heading: '4. Aufbewahrung',
        paragraphs: [
          'Die App löscht keinen Verkauf; die Bücher wachsen nur. Bücher und Aufzeichnungen (diese Bücher, die ' +
            'Tagesabschlüsse und die Exporte daraus) zehn Jahre, Buchungsbelege (Belegkopien, SecPaids ' +
            'Abrechnungen) acht Jahre (§ 147 AO, GoBD); die Frist beginnt mit dem Ende des Kalenderjahres der ' +
            'letzten Eintragung. Die Daten bleiben so lange unverändert und maschinell auswertbar.',
          facts.backup.folder === null
            ? 'Sicherungen: Es ist kein Sicherungsordner gewählt (Einstellungen → Bücher). Bitte einen wählen.'
            : `Sicherungen: in ${facts.backup.folder}, die neuesten ${facts.backup.keep} werden behalten; ` +
              'gesichert wird nach jedem Tagesabschluss, beim Beenden und auf Knopfdruck.'
        ]
      },
      {
        heading: '5. Export und Prüfung',
        paragraphs: [
          'Export für die Betriebsprüfung (Einstellungen → Bücher): jede Zeile eines Zeitraums als CSV mit ' +
            'index.xml nach dem Beschreibungsstandard (GoBD-Datenträgerüberlassung), dazu die Positionen und die ' +
            'Kettenstände je Tag.',
          'Tagesabschluss: Summen je Status und Kasse neben SecPaids eigenen Aufzeichnungen, Trinkgeld nach Art, ' +
            'Erstattungen und Auszahlungen; drucken, als PDF oder CSV speichern.',
          'Prüfen: „Bücher prüfen“ in den Einstellungen oder npm run verify-journal rechnet die Hash-Kette nach.'
        ]
      },
      {
        heading: '6. Zugriff',
        paragraphs: [
          `PIN für Einstellungen und Erstattungen: ${facts.pinSet ? 'gesetzt' : 'nicht gesetzt'}. ` +
            `Automatische Sperre: ${facts.autoLockMinutes === 0 ? 'aus' : `nach ${facts.autoLockMinutes} Minuten`}. ` +
            `Kiosk-Modus: ${facts.kioskMode ? 'an' : 'aus'}.`
        ]
      }
    ]
  }
}

function english(facts: ProcedureFacts): TextDocument {
  const environment = {
    production: 'Production (real payments through SecPaid)',
    development: 'Development (SecPaid’s sandbox, no real payments)',
    demo: 'Demo (the built-in simulator, no real payments; not part of the shop’s books)'
  }[facts.environment]
  const tips =
    facts.tipKind === 'staff' ? 'for the staff: passed on, not the shop’s revenue' : 'for the shop: the shop’s revenue'
  return {
    title: 'Procedure description (draft): a counter with SecPaid payment links',
    subtitle:
      `${orNone(facts.shop.name, 'Shop without a name')} · made on ${berlinWallTime(new Date(facts.madeAt))} ` +
      `(Europe/Berlin) with SecPaid Counter ${facts.version}. Check and complete it with your tax advisor.`,
    sections: [
      {
        heading: '1. Shop and till',
        paragraphs: [
          `Shop: ${orNone(facts.shop.name, '(no name set)')}. Address: ${orNone(facts.shop.address, '(none set)')}. ` +
            `VAT ID / tax number: ${orNone(facts.shop.vatId, '(none set)')}.`,
          `Till: id ${facts.till.id}, device name ${facts.till.deviceName}. Tills on the same SecPaid key ` +
            `(setting): ${facts.tillsOnKey}. Tills with sales in these books: ` +
            `${facts.tillsInBooks.length === 0 ? '(none yet)' : facts.tillsInBooks.join(', ')}.`,
          `Environment: ${environment}.`,
          `Data folder: ${facts.dataFolder}.`
        ]
      },
      {
        heading: '2. What the app records',
        paragraphs: [
          'Every sale is paid through a SecPaid payment link; the customer pays on their own phone. A sale counts ' +
            'as paid only when SecPaid confirms the payment.',
          'Every status change of every sale is a row of its own in the books (books.sqlite): started (before ' +
            'SecPaid is asked), link made, paid, cancelled, failed, refund requested, sent or refused. Each row ' +
            'carries its time, the reference (till, day, running number), the environment, the amount in cents, ' +
            'the items, the tip and its kind, the note and SecPaid’s link id.',
          `Tips are, as set, ${tips}. The kind is recorded with each sale; a later change never changes past ` +
            'sales. Sales from before this setting count as the shop’s revenue. Tips are ' +
            `${facts.tipsOffered ? 'offered now' : 'not offered now'}.`,
          'Rows are only appended, never changed or deleted (the database refuses it). Each row carries the ' +
            'SHA-256 hash of the row before and its own (a hash chain); the chain’s end is also kept in ' +
            'books.head. The day close prints the chain’s head.'
        ]
      },
      {
        heading: '3. What the app does not record',
        paragraphs: [
          'No cash, no vouchers, no stored value: the app has no key or field for them, and there is no “mark as ' +
            'paid”. In Germany a till that records cash needs a certified technical security module (§ 146a AO, ' +
            'KassenSichV); this app is not such a till. Cash belongs in a certified till of its own.',
          'No card or account details of customers: they pay on SecPaid’s page, the app sees only SecPaid’s ' +
            'confirmation. No customers’ names.'
        ]
      },
      {
        heading: '4. Retention',
        paragraphs: [
          'The app deletes no sale; the books only grow. Books and records (these books, the day closes and the ' +
            'exports made from them) ten years, receipts (receipt copies, SecPaid’s statements) eight years (§ 147 ' +
            'AO, GoBD); each period runs from the end of the calendar year of the last entry. For that time the ' +
            'data stays unchanged and machine-readable.',
          facts.backup.folder === null
            ? 'Backups: no backup folder is chosen (Settings → Books). Please choose one.'
            : `Backups: in ${facts.backup.folder}, the newest ${facts.backup.keep} are kept; a backup is made ` +
              'after each day close, at quit and on request.'
        ]
      },
      {
        heading: '5. Export and verification',
        paragraphs: [
          'Export for a tax audit (Settings → Books): every row of a period as CSV with an index.xml in the ' +
            'Beschreibungsstandard (GoBD Datenträgerüberlassung), with the item lines and each day’s chain head.',
          'Day close: totals by status and till beside SecPaid’s own record, tips by kind, refunds and payouts; ' +
            'print it, save it as PDF or CSV.',
          'Verify: “Verify books” in Settings or npm run verify-journal recomputes the hash chain.'
        ]
      },
      {
        heading: '6. Access',
        paragraphs: [
          `PIN for Settings and refunds: ${facts.pinSet ? 'set' : 'not set'}. ` +
            `Auto-lock: ${facts.autoLockMinutes === 0 ? 'off' : `after ${facts.autoLockMinutes} minutes`}. ` +
            `Kiosk mode: ${facts.kioskMode ? 'on' : 'off'}.`
        ]
      }
    ]
  }
}
