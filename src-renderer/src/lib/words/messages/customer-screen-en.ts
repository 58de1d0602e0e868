/** English sentences of the customer display's extras in Settings (idle message, guest Wi-Fi); spread into `en`. */
export const customerScreenEn = {
  customerScreenTitle: 'What the customer display shows besides the sale',
  idleMessage: 'Message under “Welcome”',
  idleMessageHint: 'One short line while nothing is rung up, e.g. “Fresh cakes daily”. Leave empty for none.',
  wifiShow: 'Show “No mobile data? Join our Wi-Fi” beside the payment QR',
  wifiShowHint: 'Customers scan a second QR to join your Wi-Fi when their mobile data is weak. Off by default.',
  wifiWarning:
    'Use a guest network that is separate from the one this till uses: every customer can read this password from the QR code.',
  wifiSsid: 'Wi-Fi name (SSID)',
  wifiPassword: 'Wi-Fi password',
  wifiPasswordHint: '8 to 63 characters (WPA); leave empty for an open network.'
}
