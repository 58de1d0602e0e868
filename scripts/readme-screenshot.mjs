// `npm run screenshot:readme`: refreshes docs/counter-demo.png, the README's picture of the counter in Demo mode, from
// the end-to-end run that photographs every screen (tests/e2e/every-screen-at-every-size-screenshots-and-axe.spec.ts):
// the keypad with a sale waiting in the pending list, 1280×800, in English. `--from-last-run` only copies the picture
// the last `npm test` (or e2e run) left in test-output/ instead of running the spec again.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'

const SHOT = 'test-output/screenshots/screens/counter-1280x800-en.png'
const TARGET = 'docs/counter-demo.png'
const SPEC = 'tests/e2e/every-screen-at-every-size-screenshots-and-axe.spec.ts'

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!process.argv.includes('--from-last-run')) {
  run('npx', ['electron-vite', 'build'])
  run('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', SPEC, '--workers=1'])
}
if (!existsSync(SHOT)) {
  console.error(`${SHOT} is not there: run \`npm run screenshot:readme\` without --from-last-run.`)
  process.exit(1)
}
mkdirSync('docs', { recursive: true })
copyFileSync(SHOT, TARGET)
console.log(`${TARGET} refreshed from ${SHOT}.`)
