import type * as Sqlite from 'node:sqlite'

import { atStartStage } from '../app/start-stage'

let loaded: typeof Sqlite | undefined

/**
 * Node's built-in SQLite, taken when the books are first opened rather than imported when main's bundle loads: a
 * build of Electron without it then fails at the `sqlite` start stage, which the start-failure dialog names in one
 * sentence, instead of before any window or dialog can show.
 */
export function loadSqlite(): typeof Sqlite {
  loaded ??= atStartStage('sqlite', () => {
    const sqlite = process.getBuiltinModule('node:sqlite') as typeof Sqlite | undefined
    if (sqlite === undefined) throw new Error('node:sqlite is not built into this runtime')
    return sqlite
  })
  return loaded
}
