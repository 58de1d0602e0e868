/* global addEventListener, document, Element, HTMLInputElement, Image, MutationObserver, requestAnimationFrame, scheduler */
// In-page probes for the benchmark (scripts/bench), installed with page.addInitScript before the app loads.
// Every time here is the page's own performance.now(); Node asks for durations, and for one measure joins its own
// clock to the page's through nodeClockOffset.
;(() => {
  const ANSWER_EVENT = 'counter-bridge-answer'
  const byTestId = (testId) => document.querySelector(`[data-testid="${testId}"]`)

  /**
   * Resolves with the time just after the next frame: rAF callbacks run before that frame's style, layout and
   * paint, and a task posted from one runs only once the frame's main-thread work is done. At 'user-blocking'
   * priority it runs before the timers and messages the app queued for after that frame (a plain message would wait
   * behind them and count their work as painting): in a Chromium trace it ran 0.1 ms after the frame's commit.
   */
  const afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        scheduler.postTask(() => resolve(performance.now()), { priority: 'user-blocking' })
      })
    )

  /** Resolves with `{ value, at }` as soon as `check()` returns something, checking after every DOM change. */
  const when = (check, timeoutMs = 15_000) =>
    new Promise((resolve, reject) => {
      const now = check()
      if (now) {
        resolve({ value: now, at: performance.now() })
        return
      }
      const observer = new MutationObserver(() => {
        const value = check()
        if (!value) return
        finish()
        resolve({ value, at: performance.now() })
      })
      const timer = setTimeout(() => {
        finish()
        reject(new Error(`timed out after ${timeoutMs} ms waiting for the page`))
      }, timeoutMs)
      const finish = () => {
        observer.disconnect()
        clearTimeout(timer)
      }
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true })
    })

  /** The last time a capturing listener saw each kind of event, before the app's own listeners ran. */
  const seen = { chargeClick: 0, keydown: 0, productClick: 0 }
  addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('[data-testid="charge-button"]')) {
        seen.chargeClick = performance.now()
      }
      if (event.target instanceof Element && event.target.closest('.quick-key')) seen.productClick = performance.now()
    },
    { capture: true }
  )
  addEventListener('keydown', () => (seen.keydown = performance.now()), { capture: true })

  let listAnswerAt = 0
  let chargeAnswerAt = 0
  addEventListener(ANSWER_EVENT, (event) => {
    if (event.detail.channel === 'listPending') listAnswerAt = performance.now()
    if (event.detail.channel === 'charge') chargeAnswerAt = performance.now()
  })

  const click = (testId) => {
    const element = byTestId(testId)
    if (element === null) throw new Error(`no element with data-testid ${testId}`)
    element.click()
  }

  /** The QR: an inline <svg> drawn locally, or SecPaid's <img> (fallback) once it has a source. */
  const qrImage = () => {
    const image = byTestId('qr-image')
    if (image === null) return null
    return image.tagName.toLowerCase() === 'svg' || image.getAttribute('src') ? image : null
  }

  /** An inline SVG paints with its frame; only the <img> fallback has to be decoded first. */
  const decodeIfImage = (image) => (image.tagName.toLowerCase() === 'img' ? image.decode() : Promise.resolve())

  /** The keypad stays mounted (hidden) under the QR and Paid screens: back means its amount is shown again. */
  const keypadShown = () => byTestId('amount-display')?.checkVisibility() ?? false

  /** Charge press → the QR (inline SVG, or decoded fallback image) painted. Types `keys` on the keypad first. */
  async function charge(keys) {
    for (const key of keys) click(`key-${key}`)
    await afterNextPaint()
    const button = byTestId('charge-button')
    if (button === null || button.disabled) throw new Error(`Charge is not enabled: ${button?.textContent}`)
    button.click()
    const pressedAt = seen.chargeClick
    const shown = await when(qrImage)
    await decodeIfImage(shown.value)
    const decodedAt = performance.now()
    const paintedAt = await afterNextPaint()
    return { pressedAt, answerAt: chargeAnswerAt, inDomAt: shown.at, decodedAt, paintedAt }
  }

  async function backToKeypad() {
    click('back-to-keypad')
    await when(keypadShown)
    await afterNextPaint()
  }

  /** The naive flow on a page without the app: charge, then show SecPaid's remote QR image (`imageOrigin`). */
  async function naiveCharge(amountCents, imageOrigin) {
    document.body.replaceChildren()
    await afterNextPaint()
    const pressedAt = performance.now()
    const result = await globalThis.counter.charge({ amountCents })
    if (!result.ok) throw new Error(`charge failed: ${result.error.message}`)
    const answeredAt = performance.now()
    const remote = new URL(result.value.qrImg)
    const image = new Image()
    image.alt = 'QR'
    image.src = `${imageOrigin}${remote.pathname}${remote.search}`
    document.body.append(image)
    await image.decode()
    const decodedAt = performance.now()
    const paintedAt = await afterNextPaint()
    return { pressedAt, answeredAt, decodedAt, paintedAt }
  }

  /** Arms a keypress sample: the next change of the amount's text, and the frame after it. */
  let armed = null
  function armAmount() {
    const display = byTestId('amount-display')
    const before = display.textContent
    armed = when(() => display.textContent !== before).then(async ({ at }) => ({
      keydownAt: seen.keydown,
      changedAt: at,
      paintedAt: await afterNextPaint()
    }))
  }

  /** Arms a search keystroke: the input event and the frame after it; with `results`, also the list's change. */
  function armSearch(results) {
    const input = byTestId('pending-search')
    const list = byTestId('pending-list')
    const itemsBefore = [...list.querySelectorAll('[data-testid^="pending-item-"]')]
      .map((item) => item.dataset.testid)
      .join()
    const valuePainted = new Promise((resolve) =>
      input.addEventListener('input', () => afterNextPaint().then(resolve), { once: true })
    )
    const resultsPainted = results
      ? when(() => {
          const items = [...list.querySelectorAll('[data-testid^="pending-item-"]')]
            .map((item) => item.dataset.testid)
            .join()
          return items !== itemsBefore
        }).then(async ({ at }) => ({ changedAt: at, answerAt: listAnswerAt, paintedAt: await afterNextPaint() }))
      : Promise.resolve(null)
    armed = Promise.all([valuePainted, resultsPainted]).then(([valuePaintedAt, listed]) => ({
      keydownAt: seen.keydown,
      valuePaintedAt,
      ...listed
    }))
  }

  /**
   * Arms a catalogue sample: `tap`, a product key's click → the sale's lines changed and painted; `search`, a
   * keystroke → the catalogue's keys changed (the hits) and painted.
   */
  function armCatalogue(kind) {
    const selector = kind === 'tap' ? '[data-testid="sale-line"]' : '[data-testid="catalogue-grid"] > button'
    const snapshot = () =>
      [...document.querySelectorAll(selector)].map((element) => element.dataset.testid + element.textContent).join('|')
    const before = snapshot()
    armed = when(() => snapshot() !== before).then(async ({ at }) => ({
      startAt: kind === 'tap' ? seen.productClick : seen.keydown,
      changedAt: at,
      paintedAt: await afterNextPaint()
    }))
  }

  /**
   * Sets the search box as typing would (one input event) and waits until the list says `count` links (its heading's
   * count, e.g. "1000" or "200+") and, unless there are none, the first of them are painted. Only the rows in view
   * are in the DOM: the list is windowed.
   */
  async function searchAndRender(search, count) {
    const input = byTestId('pending-search')
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
    setValue.call(input, search)
    input.dispatchEvent(new Event('input', { bubbles: true }))
    const shown = await when(() => {
      if (byTestId('pending-count')?.textContent !== `(${count})`) return false
      const items = byTestId('pending-list').querySelectorAll('[data-testid^="pending-item-"]')
      if (count === '0') return byTestId('pending-empty') !== null && items.length === 0
      return items.length > 0
    }, 30_000)
    return { answerAt: listAnswerAt, inDomAt: shown.at, paintedAt: await afterNextPaint() }
  }

  /** Paid detection: charge, wait `waitMs` on the QR, mark the link paid (Node binding), until the Paid screen is painted. */
  async function paidDetection(keys, waitMs) {
    const qr = await charge(keys)
    await new Promise((resolve) => setTimeout(resolve, waitMs))
    const markedAt = performance.now()
    if (!(await globalThis.__benchMarkNewestPaid())) throw new Error('the simulator had no unused link to mark paid')
    const paid = await when(() => byTestId('paid-screen'), 30_000)
    const paintedAt = await afterNextPaint()
    click('paid-done')
    await when(keypadShown)
    return { qrPaintedAt: qr.paintedAt, markedAt, shownAt: paid.at, paintedAt }
  }

  /**
   * `count` charge → QR → keypad cycles as fast as the app allows, for the heap check: no frame is waited for
   * (frames are still drawn while the charges cross the bridge) and nothing is kept between cycles.
   */
  async function cycles(keys, count) {
    for (let index = 0; index < count; index += 1) {
      for (const key of keys) click(`key-${key}`)
      await new Promise((resolve) => setTimeout(resolve, 0))
      click('charge-button')
      const shown = await when(qrImage)
      await decodeIfImage(shown.value)
      click('back-to-keypad')
      await when(keypadShown)
    }
  }

  /** Round trips of the bridge's no-op binding: what crossing to Node and back costs, without any handler. */
  async function bridgeRoundTrips(count) {
    const durations = []
    for (let index = 0; index < count; index += 1) {
      const sent = performance.now()
      await globalThis.__counterSettle()
      durations.push(performance.now() - sent)
    }
    return durations
  }

  /**
   * How far Node's clock is ahead of the page's (both monotonic, so the gap stays put), by Cristian's method: of
   * `count` reads of Node's clock, the one that came back fastest, taken as read halfway through its round trip.
   * `errorMs`, half that round trip, bounds how wrong the offset can be.
   */
  async function nodeClockOffset(count) {
    let best = null
    for (let index = 0; index < count; index += 1) {
      const sent = performance.now()
      const nodeNow = await globalThis.__benchNodeNow()
      const back = performance.now()
      if (best === null || back - sent < 2 * best.errorMs) {
        best = { offsetMs: nodeNow - (sent + back) / 2, errorMs: (back - sent) / 2 }
      }
    }
    return best
  }

  globalThis.__bench = {
    bridgeRoundTrips,
    nodeClockOffset,
    afterNextPaint,
    blur: () => document.activeElement?.blur?.(),
    charge,
    backToKeypad,
    naiveCharge,
    armAmount,
    armSearch,
    armCatalogue,
    awaitArmed: () => armed,
    searchAndRender,
    paidDetection,
    cycles
  }
})()
