/** English sentences of the screen screens; spread into `en` (en.ts). */
export const screenEn = {
  badgeLive: 'Live',
  badgeLiveHint: 'real payments through SecPaid',
  badgeSandbox: 'Sandbox',
  badgeSandboxHint: 'SecPaid test system, no real money',
  badgeDemo: 'Demo',
  badgeDemoHint: 'built-in simulator, nothing is charged',
  amountHeld: 'Held while the link is made',
  qrCashierSide: 'For the cashier',
  linkAge: 'Link made {age}',
  checkNow: 'Check now',
  checkingNow: 'Checking…',
  checkNowPending: 'Not paid yet (checked at {time})',
  errorRateLimitedRetryingNow: 'Too many requests, retrying now',
  errorRateLimitedReady: 'Too many requests before – you can try again now'
}
