import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { fakeCounter, journalStatus, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

const chargeButton = () => screen.getByTestId<HTMLButtonElement>('charge-button')
const typeAmount = (digits: string[]) => {
  for (const digit of digits) fireEvent.click(screen.getByTestId(`key-${digit}`))
}

afterEach(resetApp)

describe('while sales cannot be recorded', () => {
  it('says why and what it means in a banner asked for at start, and Charge is disabled saying why', async () => {
    const counter = fakeCounter()
    counter.journalStatus.mockResolvedValue({ ok: true, value: journalStatus({ writable: false, errno: 'EROFS' }) })
    await renderApp(counter)
    expect((await screen.findByTestId('journal-banner')).textContent).toBe(
      'Sales cannot be recorded: the data folder may not be written to (EROFS). Charge is blocked until the sales ' +
        'journal can be written again.'
    )
    typeAmount(['5', '0', '0'])
    expect(chargeButton().disabled).toBe(true)
    expect(chargeButton().textContent).toBe('Sales cannot be recorded')
    fireEvent.click(chargeButton())
    fireEvent.keyDown(window, { key: 'Enter' })
    expect(counter.charge).not.toHaveBeenCalled()
  })

  it('follows main’s events: the banner comes with a failed write, counts what is kept, and goes once written', async () => {
    const { counter } = await renderApp()
    expect(screen.queryByTestId('journal-banner')).toBeNull()
    act(() =>
      counter.emit({
        type: 'journal_status',
        status: journalStatus({ writable: false, errno: 'ENOSPC', unwrittenLines: 2 })
      })
    )
    expect(screen.getByTestId('journal-banner').textContent).toBe(
      'Sales cannot be recorded: the disk is full (ENOSPC). Charge is blocked until the sales journal can be written ' +
        'again. 2 status changes are kept in memory and written as soon as possible.'
    )
    typeAmount(['1', '0', '0'])
    expect(chargeButton().disabled).toBe(true)

    act(() => counter.emit({ type: 'journal_status', status: journalStatus() }))
    expect(screen.queryByTestId('journal-banner')).toBeNull()
    expect(chargeButton().disabled).toBe(false)
    expect(chargeButton().textContent).toBe('Charge €1.00')
  })

  it('asks main again when a charge is refused for the journal, in case its event was missed', async () => {
    const counter = fakeCounter()
    counter.charge.mockResolvedValue({ ok: false, error: { code: 'journal_unwritable', errno: 'ENOSPC' } })
    await renderApp(counter)
    counter.journalStatus.mockResolvedValue({
      ok: true,
      value: journalStatus({ writable: false, errno: 'ENOSPC', unwrittenLines: 1 })
    })
    typeAmount(['2', '0', '0'])
    fireEvent.click(chargeButton())
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'The sales journal cannot be written (ENOSPC). No payment link was created.'
    )
    expect((await screen.findByTestId('journal-banner')).textContent).toContain('the disk is full (ENOSPC)')
    expect(counter.journalStatus).toHaveBeenCalledTimes(2)
  })

  it('speaks German with a German owner', async () => {
    const counter = fakeCounter(publicSettings({ language: 'de' }))
    counter.journalStatus.mockResolvedValue({
      ok: true,
      value: journalStatus({ writable: false, errno: 'ENOSPC', unwrittenLines: 1 })
    })
    await renderApp(counter)
    expect((await screen.findByTestId('journal-banner')).textContent).toBe(
      'Verkäufe können nicht aufgezeichnet werden: Der Datenträger ist voll (ENOSPC). Kassieren ist gesperrt, bis ' +
        'das Verkaufsjournal wieder geschrieben werden kann. 1 Statusänderung wird im Speicher gehalten und so bald ' +
        'wie möglich geschrieben.'
    )
    expect(chargeButton().textContent).toBe('Verkäufe können nicht aufgezeichnet werden')
  })
})

describe('lines set aside when the journal was opened', () => {
  it('are told once: how many and in which file, until the owner dismisses the notice', async () => {
    const file = '/home/shop/.config/secpaid-counter/sales-journal.quarantine.jsonl'
    const counter = fakeCounter()
    counter.journalStatus.mockResolvedValue({ ok: true, value: journalStatus({ quarantined: { count: 3, file } }) })
    await renderApp(counter)
    expect((await screen.findByTestId('quarantine-notice')).textContent).toBe(
      `3 lines of the sales journal could not be read and were set aside in ${file}. Every other sale was read.OK`
    )
    // The journal itself is fine: charging goes on.
    typeAmount(['1'])
    expect(chargeButton().disabled).toBe(false)
    fireEvent.click(screen.getByTestId('dismiss-quarantine-notice'))
    expect(screen.queryByTestId('quarantine-notice')).toBeNull()
    act(() => counter.emit({ type: 'journal_status', status: journalStatus({ quarantined: { count: 3, file } }) }))
    expect(screen.queryByTestId('quarantine-notice')).toBeNull()
  })
})

describe('a sale main still holds as uncertain', () => {
  const OPEN = { reference: 'POS-k7q2m-20250101-0007', amountCents: 1_900 }

  it('comes back after a restart: the Check again panel shows it and Charge waits for it', async () => {
    const counter = fakeCounter()
    counter.uncertainSale.mockResolvedValue({ ok: true, value: OPEN })
    await renderApp(counter)
    const panel = await screen.findByTestId('uncertain-sale')
    expect(panel.textContent).toContain('POS-k7q2m-20250101-0007 · €19.00')
    expect(chargeButton().textContent).toBe('Check the last sale first')
    fireEvent.click(screen.getByTestId('resolve-sale'))
    await waitFor(() => expect(counter.resolveSale).toHaveBeenCalledWith({ reference: OPEN.reference }))
  })

  it('shows the sale main named when it refused a charge for it', async () => {
    const counter = fakeCounter()
    counter.charge.mockResolvedValue({ ok: false, error: { code: 'uncertain_sale_open', ...OPEN } })
    await renderApp(counter)
    typeAmount(['5', '0', '0'])
    fireEvent.click(chargeButton())
    expect((await screen.findByTestId('uncertain-sale')).textContent).toContain('POS-k7q2m-20250101-0007 · €19.00')
    expect(chargeButton().disabled).toBe(true)
    // The amount typed for the next customer stays for after the check.
    expect(screen.getByTestId('amount-display').textContent).toBe('€5.00')
  })
})

describe('when the books database cannot be trusted with sales', () => {
  const bannerFor = async (status: ReturnType<typeof journalStatus>, language: 'en' | 'de' = 'en') => {
    const counter = fakeCounter(publicSettings({ language }))
    counter.journalStatus.mockResolvedValue({ ok: true, value: status })
    await renderApp(counter)
    typeAmount(['5', '0', '0'])
    expect(chargeButton().disabled).toBe(true)
    return (await screen.findByTestId('journal-banner')).textContent
  }
  const blocked = { writable: false, errno: null }

  it('says which import failed, why, and that the earlier journal was left as it was', async () => {
    const file = '/data/sales-journal.jsonl'
    expect(
      await bannerFor(journalStatus({ ...blocked, problem: { code: 'import_failed', reason: 'totals_differ', file } }))
    ).toBe(
      `Sales cannot be recorded: the sales journal of the previous version (${file}) could not be moved into the ` +
        'books database because the imported sales did not add up to the same totals. The file is unchanged and ' +
        'nothing was imported. Charge is blocked until this is resolved.'
    )
  })

  it('names a books file that is not a database, and one the check at start found damaged', async () => {
    const file = '/data/books.sqlite'
    expect(await bannerFor(journalStatus({ ...blocked, problem: { code: 'not_a_database', file } }))).toBe(
      `Sales cannot be recorded: ${file} is not a database this app can read. It was left unchanged. Charge is ` +
        'blocked; put back the file from a backup.'
    )
    resetApp()
    const findings = '*** in database main *** Tree 2 page 2 cell 0: invalid page number 9'
    expect(await bannerFor(journalStatus({ ...blocked, problem: { code: 'damaged', file, findings } }))).toContain(
      `the check at start found damage in ${file} (${findings})`
    )
  })

  it('speaks German with a German owner', async () => {
    const file = '/daten/sales-journal.jsonl'
    expect(
      await bannerFor(
        journalStatus({ ...blocked, problem: { code: 'import_failed', reason: 'unreadable', file } }),
        'de'
      )
    ).toBe(
      `Verkäufe können nicht aufgezeichnet werden: Das Verkaufsjournal der vorigen Version (${file}) konnte nicht ` +
        'in die Buchungsdatenbank übernommen werden, weil sie nicht gelesen werden konnte. Die Datei ist unverändert, ' +
        'nichts wurde übernommen. Kassieren ist gesperrt, bis das behoben ist.'
    )
  })
})
