// `npm run bench`: the renderer benchmark (scripts/bench/bench.ts), then three tills on one key (scripts/bench/tills.ts),
// in Node 22 with type stripping. `--tills-only` runs only the second (`npm run bench:tills`), `--renderer-only` the first.
// `--charges-only [--renderer=DIR] [--latency=MS]` measures only Charge → QR, of the renderer built in DIR (default
// out/renderer), with SecPaid answering after MS (default 0):
// run it on two builds one after the other to compare them on the same machine. `--catalogue-only [--quick]` measures
// only the catalogue of 500 products and the pending list of 1,000 links; `--profile-pending` traces the pending
// list's renders in Chromium and prints where the time goes (scripts/bench/pending-profile.ts).
// The sources use extensionless and folder imports (bundler style); this resolve hook lets Node find their .ts files.
import { register } from 'node:module'

const resolveTypeScriptModules = `
export async function resolve(specifier, context, nextResolve) {
  if (!/^\\.{1,2}\\//.test(specifier) || /\\.[cm]?[jt]s$/.test(specifier)) return nextResolve(specifier, context)
  try {
    return await nextResolve(specifier + '.ts', context)
  } catch {
    return nextResolve(specifier + '/index.ts', context)
  }
}`
register(`data:text/javascript,${encodeURIComponent(resolveTypeScriptModules)}`)

const args = process.argv.slice(2)
let exitCode = 0
if (args.includes('--history')) {
  const { runHistoryBench } = await import('./history')
  exitCode = runHistoryBench()
} else if (['--charges-only', '--catalogue-only', '--profile-pending'].some((flag) => args.includes(flag))) {
  const { runBench } = await import('./bench')
  exitCode = await runBench(args)
} else {
  if (!args.includes('--tills-only')) {
    const { runHistoryBench } = await import('./history')
    const { runBench } = await import('./bench')
    exitCode = Math.max(runHistoryBench(), await runBench(args))
  }
  if (exitCode === 0 && !args.includes('--renderer-only')) {
    const { runTillsBench } = await import('./tills')
    exitCode = await runTillsBench(args)
  }
}
process.exitCode = exitCode
