// Finds the Electron executable that `npm start`, `npm run dev` and `npm run test:electron` launch, through
// Electron's own loader, and says in one sentence what to do when there is none (scripts/with-electron.mjs).
// Node built-ins only: the script runs it with type stripping, before anything is built.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'

type ElectronBinary = { ok: true; path: string } | { ok: false; problem: string }

/** What Electron's loader (`require('electron')` in Node) answered: the executable's path, or the error it printed. */
export type LoaderAnswer = { path: string } | { failure: string }

/** The variables that choose the binary; an empty value counts as unset, as it does for Electron and electron-vite. */
export interface BinaryEnvironment {
  /** electron-vite launches this executable as it is. */
  ELECTRON_EXEC_PATH?: string | undefined
  /** Electron's loader takes the binary from this folder instead of downloading it. */
  ELECTRON_OVERRIDE_DIST_PATH?: string | undefined
}

/** The loader's own closing error says to reinstall by hand; the reason is the error before it, from the download. */
const LOADER_GAVE_UP = /Electron failed to install correctly/

/** `npm start` for the start script, `npm run <name>` for the others, so the sentence names what to run again. */
export function rerunCommand(lifecycleEvent: string | undefined): string {
  if (lifecycleEvent === undefined || lifecycleEvent === '') return 'the command'
  return lifecycleEvent === 'start' || lifecycleEvent === 'test' ? `npm ${lifecycleEvent}` : `npm run ${lifecycleEvent}`
}

/** The first error line the failed download printed (`TypeError: fetch failed` → `fetch failed`), if there is one. */
export function downloadFailureReason(output: string): string | null {
  for (const line of output.split(/\r?\n/)) {
    const error = /^\s*(?:[A-Z]\w*)?Error: (.+)$/.exec(line)
    if (error?.[1] !== undefined && !LOADER_GAVE_UP.test(line)) return error[1].trim()
  }
  return null
}

/**
 * Which executable to launch, or one sentence on what failed and what to do. ELECTRON_EXEC_PATH wins, as it does in
 * electron-vite; otherwise Electron's loader decides (it honours ELECTRON_OVERRIDE_DIST_PATH, ELECTRON_MIRROR, the
 * proxy variables and its download cache) and its answer is checked, since with an override it never looks.
 */
export function chooseElectronBinary(options: {
  env: BinaryEnvironment
  version: string
  /** What to run again once it is fixed, e.g. `npm start`. */
  rerun: string
  askLoader: () => LoaderAnswer
  isExecutable: (path: string) => boolean
}): ElectronBinary {
  const { env, version, rerun } = options
  const execPath = env.ELECTRON_EXEC_PATH || undefined
  if (execPath !== undefined) {
    return options.isExecutable(execPath)
      ? { ok: true, path: execPath }
      : {
          ok: false,
          problem:
            `ELECTRON_EXEC_PATH is set to ${execPath}, which is not an executable file: point it at an ` +
            `Electron ${version} executable or unset it, then run ${rerun} again.`
        }
  }
  const overrideFolder = env.ELECTRON_OVERRIDE_DIST_PATH || undefined
  const answer = options.askLoader()
  if ('path' in answer && options.isExecutable(answer.path)) return { ok: true, path: answer.path }
  if (overrideFolder !== undefined) {
    const where = 'path' in answer ? ` at ${answer.path}` : ''
    return {
      ok: false,
      problem:
        `ELECTRON_OVERRIDE_DIST_PATH is set to ${overrideFolder}, but there is no Electron executable${where}: ` +
        `point it at a folder with an unpacked Electron ${version}, or unset it so Electron is downloaded, ` +
        `then run ${rerun} again.`
    }
  }
  if ('path' in answer) {
    return {
      ok: false,
      problem:
        `The Electron ${version} download in node_modules/electron is incomplete (${answer.path} cannot be run): ` +
        `delete node_modules/electron/dist and node_modules/electron/path.txt, then run ${rerun} again.`
    }
  }
  const reason = downloadFailureReason(answer.failure) ?? 'no reason given'
  return {
    ok: false,
    problem:
      `Electron ${version} could not be downloaded (${reason}): check the network connection, or behind a proxy ` +
      `set ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY, or set ELECTRON_MIRROR to a mirror you can reach, ` +
      `then run ${rerun} again.`
  }
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

const require = createRequire(import.meta.url)

/**
 * Asks Electron's loader in a child Node process, so a download runs exactly as on first `require('electron')`.
 * Its notice ("Downloading Electron binary...") goes to our stdout; its error output is kept for the reason; the
 * path comes back on a pipe of its own (fd 3).
 */
function askElectronLoader(env: NodeJS.ProcessEnv): LoaderAnswer {
  const loader = require.resolve('electron')
  const child = spawnSync(
    process.execPath,
    ['-e', `require('node:fs').writeSync(3, require(${JSON.stringify(loader)}))`],
    { env, stdio: ['ignore', 'inherit', 'pipe', 'pipe'], encoding: 'utf8' }
  )
  const [, , errorOutput, pathOutput] = child.output
  if (child.status === 0 && pathOutput) return { path: pathOutput }
  return { failure: [child.error?.message, errorOutput].filter(Boolean).join('\n') }
}

/** The binary for this checkout, from the environment the npm script runs in. */
export function locateElectron(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const { version } = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }
  return chooseElectronBinary({
    env,
    version,
    rerun: rerunCommand(env.npm_lifecycle_event),
    askLoader: () => askElectronLoader(env),
    isExecutable: isExecutableFile
  })
}
