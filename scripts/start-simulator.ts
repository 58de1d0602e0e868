// Starts a standalone SecPaid simulator and prints its base URL:
//   node --experimental-strip-types scripts/start-simulator.ts [port] [apiKey ...]
// The sources use extensionless imports (bundler style); this resolve hook lets Node find their .ts files.
// module.register (not registerHooks) so it runs on every Node the project supports (>= 22.12).
import { register } from 'node:module'

const resolveTypeScriptExtensions = `
export async function resolve(specifier, context, nextResolve) {
  const relativeWithoutExtension = /^\\.{1,2}\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier)
  return nextResolve(relativeWithoutExtension ? specifier + '.ts' : specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(resolveTypeScriptExtensions)}`)

const { startSimulator } = await import('../src-main/simulator/index')

const [portArgument, ...apiKeys] = process.argv.slice(2)
const port = portArgument === undefined ? 0 : Number(portArgument)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`Not a port number: ${portArgument}`)
  process.exit(2)
}

const simulator = await startSimulator({ port, ...(apiKeys.length > 0 ? { apiKeys } : {}) })
console.log(simulator.baseUrl)

const stop = () => {
  void simulator.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
