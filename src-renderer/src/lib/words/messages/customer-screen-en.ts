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
  wifiPasswordHint: '8 to 63 characters (WPA); leave empty for an open network.',
  logo: 'Logo on the welcome screen',
  logoNone: 'No logo chosen.',
  logoChosen: 'Logo: {width} × {height} pixels, {kilobytes} KB.',
  logoHint: 'A PNG or JPEG file, at most 256 KB and 2048 pixels each way.',
  chooseLogo: 'Choose logo…',
  removeLogo: 'Remove logo',
  errorLogoType: 'This file is not a PNG or JPEG image.',
  errorLogoSize: 'This image is larger than {kilobytes} KB.',
  errorLogoDimensions: 'The logo must be {min} to {max} pixels wide and high.',
  errorLogoUnreadable: 'The file could not be read.'
}
