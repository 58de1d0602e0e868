// `node scripts/launch.mjs [script [args …]]`: the first step of npm start, dev, test and bench. It runs on any Node,
// checks the version before anything uses a newer flag, and ends with one sentence and exit code 1 on a Node too old.
// With a script, it then runs that script in a new Node process with type stripping (the scripts are .ts or import
// .ts files) and ends as it ends; without one, it only checks.
import { spawn } from 'node:child_process'

import { nodeVersionProblem } from './node-version.mjs'

const problem = nodeVersionProblem(process.versions.node, process.execPath)
if (problem !== null) {
  console.error(problem)
  process.exit(1)
}

const args = process.argv.slice(2)
if (args.length > 0) {
  const flags = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning']
  const child = spawn(process.execPath, flags.concat(args), { stdio: 'inherit' })
  // Ctrl-C reaches the whole process group; a signal sent to this process alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code === null ? (signal ? 1 : 0) : code))
}
