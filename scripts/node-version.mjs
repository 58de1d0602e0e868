// The Node.js this project needs, checked first by every npm script a newcomer runs (through scripts/launch.mjs).
// Plain JavaScript of the oldest kind Node still parses as a module: it must run, and say so, on the old Node it refuses.

/** Electron 45, electron-store 12 and Node's own type stripping (`--experimental-strip-types`) need it. */
const NEEDED_NODE = '22.12.0'

const parts = (version) => version.replace(/^v/, '').split('.').map(Number)

/** Whether `version` (e.g. "20.19.0" or "v22.12.0") is at least NEEDED_NODE. */
function isNodeRecentEnough(version) {
  const found = parts(version)
  const needed = parts(NEEDED_NODE)
  for (let i = 0; i < needed.length; i += 1) {
    if ((found[i] || 0) !== needed[i]) return (found[i] || 0) > needed[i]
  }
  return true
}

/** One sentence for a Node too old: the version found, the one needed and how to get it; null when it will do. */
export function nodeVersionProblem(version, executable) {
  if (isNodeRecentEnough(version)) return null
  return (
    'SecPaid Counter needs Node.js ' +
    NEEDED_NODE +
    ' or newer, but this is Node.js ' +
    version.replace(/^v/, '') +
    ' (' +
    executable +
    '): get Node 22 with `npm install --prefix .tools node@22` and put ' +
    '.tools/node_modules/node/bin first on PATH, or with nvm (`nvm install 22`), then run the command again.'
  )
}
