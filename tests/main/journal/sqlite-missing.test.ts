import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { startFailureMessage } from '../../../src-main/app/start-failure-message'
import { atStartStage, describeStartFailure } from '../../../src-main/app/start-stage'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'

describe('an app built without node:sqlite', () => {
  const folder = mkdtempSync(join(tmpdir(), 'counter-no-sqlite-'))
  afterEach(() => {
    vi.restoreAllMocks()
    rmSync(folder, { recursive: true, force: true })
  })

  it('fails at start at the `sqlite` stage, which the start-failure dialog says in one sentence', () => {
    // An Electron build without it: the runtime answers that it has no such module.
    const builtIn = process.getBuiltinModule.bind(process)
    vi.spyOn(process, 'getBuiltinModule').mockImplementation((id: string) =>
      id === 'node:sqlite' ? undefined : builtIn(id)
    )
    let thrown: unknown
    try {
      atStartStage('journal', () => openSaleJournal(join(folder, 'books.sqlite')))
    } catch (error) {
      thrown = error
    }
    const { stage, detail } = describeStartFailure(thrown)
    expect({ stage, detail }).toEqual({ stage: 'sqlite', detail: 'node:sqlite is not built into this runtime' })
    const message = startFailureMessage({ stage, detail, dataFolder: folder, language: 'en' })
    expect(message.body.split('\n\n')[0]).toBe(
      'SecPaid Counter could not start: this build of the app lacks its database engine (node:sqlite), so it cannot ' +
        'open its books.'
    )
  })
})
