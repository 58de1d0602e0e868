// A second writer for the backup test, as its own process: appends one committed row at a time to the books database
// named by its argument (a connection of its own, as the store's), printing each new row count, until a line comes
// on its standard input. Run with `node --experimental-strip-types`; see `startAppending` in books-rows.ts.
import { DatabaseSync } from 'node:sqlite'

const rowHashUrl = new URL('../../src-main/journal/row-hash.ts', import.meta.url).href
const { FIRST_PREVIOUS_HASH, rowHash } = (await import(rowHashUrl)) as typeof import('../../src-main/journal/row-hash')

const database = new DatabaseSync(process.argv[2] ?? '')
database.exec('PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL;')
const last = database.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1')
const insert = database.prepare(
  'INSERT INTO journal (seq, at, type, reference, environment, line, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)'
)

function appendOne(): number {
  database.exec('BEGIN IMMEDIATE')
  const head = last.get() as { seq: number; hash: string } | undefined
  const previous = head?.hash ?? FIRST_PREVIOUS_HASH
  const seq = (head?.seq ?? 0) + 1
  const at = new Date().toISOString()
  const line = JSON.stringify({ type: 'creating', reference: `W-${seq}`, amountCents: seq, note: '', at })
  insert.run(seq, at, 'creating', `W-${seq}`, null, line, previous, rowHash(previous, seq, line))
  database.exec('COMMIT')
  return seq
}

let stopping = false
process.stdin.on('data', () => {
  stopping = true
})

// Short bursts with a turn of the event loop between them, so the stop line is read.
function burst(): void {
  if (stopping) {
    database.close()
    process.stdin.destroy()
    return
  }
  let seq = 0
  for (let index = 0; index < 10; index += 1) seq = appendOne()
  process.stdout.write(`${seq}\n`)
  setImmediate(burst)
}
burst()
