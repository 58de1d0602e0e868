// `npm run bench`: runs scripts/bench/bench.ts in Node 22 with type stripping.
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
const { runHistoryBench } = await import('./history')
const historyExit = runHistoryBench()
const { runBench } = await import('./bench')
process.exitCode = args.includes('--history') ? historyExit : Math.max(historyExit, await runBench(args))
