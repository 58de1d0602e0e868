import { describe, expect, it } from 'vitest'

import { startFailureMessage } from '../../../src-main/app/start-failure-message'
import { atStartStage, describeStartFailure, StartStageFailed } from '../../../src-main/app/start-stage'

describe('start stages: what failed at start-up', () => {
  it('tags what a stage throws with the stage, keeping the original error as its cause', () => {
    const disk = new Error('ENOSPC: no space left on device')
    const thrown = (() => {
      try {
        atStartStage('journal', () => {
          throw disk
        })
      } catch (error) {
        return error
      }
    })()
    expect(thrown).toBeInstanceOf(StartStageFailed)
    expect(describeStartFailure(thrown)).toEqual({ stage: 'journal', detail: 'ENOSPC: no space left on device' })
    expect((thrown as StartStageFailed).cause).toBe(disk)
  })

  it('tags a rejection of an async stage the same way, and passes results through', async () => {
    await expect(atStartStage('backend', () => Promise.reject(new Error('port taken')))).rejects.toMatchObject({
      stage: 'backend',
      cause: new Error('port taken')
    })
    expect(atStartStage('settings', () => 42)).toBe(42)
    await expect(atStartStage('backend', () => Promise.resolve('ready'))).resolves.toBe('ready')
  })

  it('reports the innermost stage: settings failing inside the backend is a settings failure', async () => {
    const failing = atStartStage('backend', async () =>
      atStartStage('settings', () => {
        throw new Error('EACCES: permission denied')
      })
    )
    await expect(failing.catch(describeStartFailure)).resolves.toEqual({
      stage: 'settings',
      detail: 'EACCES: permission denied'
    })
  })

  it('calls anything outside a stage "other", with its message or text', () => {
    expect(describeStartFailure(new TypeError('window.x is undefined'))).toEqual({
      stage: 'other',
      detail: 'window.x is undefined'
    })
    expect(describeStartFailure('plain text')).toEqual({ stage: 'other', detail: 'plain text' })
  })
})

describe('startFailureMessage', () => {
  const failure = { dataFolder: '/home/kasse/.config/secpaid-counter', detail: 'ENOSPC: no space left on device' }

  it('names what failed, the data folder and the details, in English', () => {
    const message = startFailureMessage({ ...failure, stage: 'journal', language: 'en' })
    expect(message.title).toBe('SecPaid Counter could not start')
    expect(message.body.split('\n\n')).toEqual([
      'SecPaid Counter could not start: its sales journal could not be opened.',
      'Data folder: /home/kasse/.config/secpaid-counter',
      'settings.json and books.sqlite (the sales journal) are kept there: check that the folder exists, that you may ' +
        'write to it and that the disk is not full, then start the app again.',
      'Details: ENOSPC: no space left on device'
    ])
  })

  it('in German, for every stage', () => {
    const said = (['settings', 'sqlite', 'journal', 'backend', 'other'] as const).map(
      (stage) => startFailureMessage({ ...failure, stage, language: 'de' }).body.split('\n\n')[0]
    )
    expect(said).toEqual([
      'SecPaid Counter konnte nicht starten: die Einstellungen konnten nicht gelesen oder gespeichert werden.',
      'SecPaid Counter konnte nicht starten: diesem Build der App fehlt ihre Datenbank (node:sqlite), daher kann sie ' +
        'ihre Bücher nicht öffnen.',
      'SecPaid Counter konnte nicht starten: das Verkaufsjournal konnte nicht geöffnet werden.',
      'SecPaid Counter konnte nicht starten: die Hintergrunddienste (Simulator des Demo-Modus, Kundenanzeige) ' +
        'konnten nicht starten.',
      'SecPaid Counter konnte nicht starten: ein unerwarteter Fehler ist aufgetreten.'
    ])
    expect(startFailureMessage({ ...failure, stage: 'other', language: 'de' }).body).toContain(
      'Datenordner: /home/kasse/.config/secpaid-counter'
    )
  })
})
