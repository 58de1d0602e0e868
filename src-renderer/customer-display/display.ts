/**
 * The customer display page: pairs once, then polls /state and paints the view. It only reads; the display server
 * offers nothing that changes the counter. Built for ES2017 because it runs in whatever browser a phone or tablet
 * brings.
 */
import './display.css'

import {
  type DisplayCredential,
  PAIRING_CODE,
  recallCredential,
  rememberCredential,
  takeFragmentCredential
} from './display-credential'
import { createDisplayScreens, displayElements } from './display-screens'
import { fetchState, requestPairing } from './display-server-api'
import type { DisplayLanguage, DisplayTextKey } from './display-texts'

const POLL_MS = 300
const RETRY_MS = 1000
/** A counter restarting or a Wi-Fi hiccup should not blank the screen; three failed tries in a row should. */
const FAILURES_BEFORE_CONNECTING = 3

/** The browser's language until the counter's first answer says which one the counter speaks. */
const browserLanguage = (): DisplayLanguage => (/^de\b/i.test(navigator.language || '') ? 'de' : 'en')

function startDisplay() {
  const elements = displayElements()
  const screens = createDisplayScreens(elements, browserLanguage())
  let credential: DisplayCredential | null = null
  let timer: number | undefined
  let failedTries = 0
  // A new start (a typed code, the pairing screen) ends the previous one: answers it still gets are dropped.
  let run = 0

  const later = (step: () => void, delayMs: number) => {
    clearTimeout(timer)
    timer = setTimeout(step, delayMs)
  }

  function begin(): number {
    run += 1
    clearTimeout(timer)
    failedTries = 0
    return run
  }

  function askForCode(message: DisplayTextKey | null) {
    begin()
    credential = null
    rememberCredential(null)
    screens.forgetPainted()
    elements.pairingInput.value = ''
    elements.pairingError.textContent = message === null ? '' : screens.text(message)
    screens.show('pairing')
    elements.pairingInput.focus()
  }

  function showConnecting() {
    screens.forgetPainted()
    screens.show('connecting')
  }

  function retryLater(step: () => void) {
    failedTries += 1
    // A QR left standing after the counter went away could be paid for a sale that no longer exists.
    if (failedTries >= FAILURES_BEFORE_CONNECTING) showConnecting()
    later(step, RETRY_MS)
  }

  async function poll(started: number): Promise<void> {
    if (credential === null) return
    const polled = credential
    const answer = await fetchState(polled.token)
    if (started !== run) return
    if (answer.kind === 'view') {
      failedTries = 0
      screens.paint(answer.view)
      later(() => void poll(started), POLL_MS)
    } else if (answer.kind === 'unavailable') {
      retryLater(() => void poll(started))
    } else if (polled.kind === 'paired') {
      // Its owner chose a new code (or the counter could not keep its pairings): the display tries its old code.
      await pair(started, polled.code, 'again')
    } else {
      askForCode(null)
    }
  }

  /** `typed` covers a code from the keyboard or the address; `again` is a paired display re-pairing on its own. */
  async function pair(started: number, code: string, how: 'typed' | 'again'): Promise<void> {
    const answer = await requestPairing(code)
    if (started !== run) return
    switch (answer.kind) {
      case 'paired':
        credential = { kind: 'paired', token: answer.token, code }
        rememberCredential(credential)
        failedTries = 0
        return poll(started)
      case 'wrong_code':
        return askForCode(how === 'typed' ? 'wrongCode' : null)
      case 'pairing_paused':
        return askForCode('pairingPaused')
      case 'too_many_wrong_codes':
        if (how === 'typed') return askForCode('tooManyCodes')
        // Someone is guessing codes: a display that was paired waits the block out rather than ask the customer.
        showConnecting()
        return later(() => void pair(started, code, how), answer.retryAfterMs)
      case 'unavailable':
        return retryLater(() => void pair(started, code, how))
    }
  }

  function pairWithCode(code: string) {
    const started = begin()
    showConnecting()
    void pair(started, code, 'typed')
  }

  function pollWith(known: DisplayCredential) {
    const started = begin()
    credential = known
    rememberCredential(known)
    showConnecting()
    void poll(started)
  }

  function submitCode(event?: Event) {
    event?.preventDefault()
    const input = elements.pairingInput
    if (!PAIRING_CODE.test(input.value)) {
      input.focus()
      return
    }
    input.blur()
    // Pairing is a tap on a phone or tablet: the moment to take the whole screen, where the browser allows it.
    const root = document.documentElement
    if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
      // Browsers before 2018 return nothing here instead of a promise.
      const entering = root.requestFullscreen() as Promise<void> | undefined
      if (entering !== undefined) entering.catch(() => undefined)
    }
    pairWithCode(input.value)
  }

  function onCodeTyped() {
    const input = elements.pairingInput
    const digits = input.value.replace(/[^0-9]/g, '').slice(0, 6)
    if (digits !== input.value) input.value = digits
    if (digits.length > 0) elements.pairingError.textContent = ''
    if (digits.length === 6) submitCode()
  }

  screens.setLanguage(browserLanguage())
  elements.pairingForm.addEventListener('submit', submitCode)
  elements.pairingInput.addEventListener('input', onCodeTyped)
  const fromAddress = takeFragmentCredential()
  const known = recallCredential()
  if (fromAddress?.kind === 'window') pollWith(fromAddress)
  else if (fromAddress?.kind === 'code') pairWithCode(fromAddress.code)
  else if (known !== null) pollWith(known)
  else askForCode(null)
}

startDisplay()
