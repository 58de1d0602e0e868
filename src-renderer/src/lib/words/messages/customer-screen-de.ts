import type { customerScreenEn } from './customer-screen-en'

/** Deutsche Sätze zu den Extras der Kundenanzeige in den Einstellungen (Ruhetext, Gäste-WLAN); in `de` (de.ts). */
export const customerScreenDe: Record<keyof typeof customerScreenEn, string> = {
  customerScreenTitle: 'Was die Kundenanzeige außer dem Verkauf zeigt',
  idleMessage: 'Text unter „Willkommen“',
  idleMessageHint:
    'Eine kurze Zeile, solange nichts gebucht wird, z. B. „Täglich frischer Kuchen“. Leer lassen für keinen.',
  wifiShow: '„Kein mobiles Internet? Nutzen Sie unser WLAN“ neben dem Zahlungs-QR zeigen',
  wifiShowHint:
    'Kunden scannen einen zweiten QR-Code und verbinden sich mit Ihrem WLAN, wenn ihr mobiles Netz schwach ist. Standardmäßig aus.',
  wifiWarning:
    'Nutzen Sie ein Gäste-WLAN, das vom Netz dieser Kasse getrennt ist: Jeder Kunde kann dieses Passwort aus dem QR-Code lesen.',
  wifiSsid: 'WLAN-Name (SSID)',
  wifiPassword: 'WLAN-Passwort',
  wifiPasswordHint: '8 bis 63 Zeichen (WPA); leer lassen für ein offenes Netz.',
  logo: 'Logo auf dem Willkommensbildschirm',
  logoNone: 'Kein Logo gewählt.',
  logoChosen: 'Logo: {width} × {height} Pixel, {kilobytes} KB.',
  logoHint: 'Eine PNG- oder JPEG-Datei, höchstens 256 KB und 2048 Pixel in jeder Richtung.',
  chooseLogo: 'Logo wählen …',
  removeLogo: 'Logo entfernen',
  errorLogoType: 'Diese Datei ist kein PNG- oder JPEG-Bild.',
  errorLogoSize: 'Dieses Bild ist größer als {kilobytes} KB.',
  errorLogoDimensions: 'Das Logo muss {min} bis {max} Pixel breit und hoch sein.',
  errorLogoUnreadable: 'Die Datei konnte nicht gelesen werden.'
}
