import { describe, expect, it } from 'vitest'

import {
  type BinaryEnvironment,
  chooseElectronBinary,
  downloadFailureReason,
  type LoaderAnswer,
  rerunCommand
} from '../../scripts/electron-binary'

/** What Electron 45's loader printed to stderr when its download failed on this machine (no internet). */
const OFFLINE_LOADER_OUTPUT = `TypeError: fetch failed
    at node:internal/deps/undici/undici:15270:13
    at async FetchDownloader.download (file:///app/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
/app/node_modules/electron/index.js:43
      throw new Error(
      ^

Error: Electron failed to install correctly. Please delete \`node_modules/electron\` and run "npx install-electron --no" manually.
    at getElectronPath (/app/node_modules/electron/index.js:43:13)`

function choose(env: BinaryEnvironment, answer: LoaderAnswer, executables: string[] = []) {
  let askedLoader = false
  const binary = chooseElectronBinary({
    env,
    version: '45.4.1',
    rerun: 'npm start',
    askLoader: () => {
      askedLoader = true
      return answer
    },
    isExecutable: (path) => executables.includes(path)
  })
  return { binary, askedLoader }
}

describe('choosing the Electron binary before npm start, dev and test:electron', () => {
  it('takes the path Electron’s loader answers when it can be run', () => {
    const { binary } = choose({}, { path: '/app/node_modules/electron/dist/electron' }, [
      '/app/node_modules/electron/dist/electron'
    ])
    expect(binary).toEqual({ ok: true, path: '/app/node_modules/electron/dist/electron' })
  })

  it('takes ELECTRON_EXEC_PATH as it is, as electron-vite does, without asking the loader', () => {
    const { binary, askedLoader } = choose({ ELECTRON_EXEC_PATH: '/opt/electron/electron' }, { failure: '' }, [
      '/opt/electron/electron'
    ])
    expect(binary).toEqual({ ok: true, path: '/opt/electron/electron' })
    expect(askedLoader).toBe(false)
  })

  it('says what is wrong with an ELECTRON_EXEC_PATH that cannot be run', () => {
    const { binary } = choose({ ELECTRON_EXEC_PATH: '/etc/passwd' }, { path: '/unused' })
    expect(binary).toEqual({
      ok: false,
      problem:
        'ELECTRON_EXEC_PATH is set to /etc/passwd, which is not an executable file: point it at an Electron 45.4.1 ' +
        'executable or unset it, then run npm start again.'
    })
  })

  it('a failed download names its reason and the three ways out: network, proxy, mirror', () => {
    const { binary } = choose({}, { failure: OFFLINE_LOADER_OUTPUT })
    expect(binary).toEqual({
      ok: false,
      problem:
        'Electron 45.4.1 could not be downloaded (fetch failed): check the network connection, or behind a proxy ' +
        'set ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY, or set ELECTRON_MIRROR to a mirror you can reach, then run ' +
        'npm start again.'
    })
  })

  it('an ELECTRON_OVERRIDE_DIST_PATH without the binary is named, not reported as a download failure', () => {
    const { binary } = choose({ ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' }, { path: '/nonexistent/electron' })
    expect(binary).toEqual({
      ok: false,
      problem:
        'ELECTRON_OVERRIDE_DIST_PATH is set to /nonexistent, but there is no Electron executable at ' +
        '/nonexistent/electron: point it at a folder with an unpacked Electron 45.4.1, or unset it so Electron is ' +
        'downloaded, then run npm start again.'
    })
  })

  it('empty variables count as unset, as they do for Electron and electron-vite', () => {
    const { binary, askedLoader } = choose(
      { ELECTRON_EXEC_PATH: '', ELECTRON_OVERRIDE_DIST_PATH: '' },
      { failure: OFFLINE_LOADER_OUTPUT }
    )
    expect(askedLoader).toBe(true)
    expect(binary.ok === false && binary.problem).toMatch(/^Electron 45\.4\.1 could not be downloaded/)
  })

  it('a downloaded binary that cannot be run asks for a fresh download', () => {
    const { binary } = choose({}, { path: '/app/node_modules/electron/dist/electron' })
    expect(binary.ok === false && binary.problem).toMatch(
      /^The Electron 45\.4\.1 download in node_modules\/electron is incomplete .*delete node_modules\/electron\/dist/
    )
  })
})

describe('downloadFailureReason', () => {
  it('takes the download’s own error, not the loader’s closing “failed to install” one', () => {
    expect(downloadFailureReason(OFFLINE_LOADER_OUTPUT)).toBe('fetch failed')
  })

  it('reads an HTTP error from a mirror and a checksum mismatch', () => {
    expect(
      downloadFailureReason('HTTPError: Response code 404 (Not Found) for https://mirror.example/v45.4.1/x.zip\n  at …')
    ).toBe('Response code 404 (Not Found) for https://mirror.example/v45.4.1/x.zip')
    expect(downloadFailureReason('Error: Generated checksum for "electron.zip" did not match expected checksum.')).toBe(
      'Generated checksum for "electron.zip" did not match expected checksum.'
    )
  })

  it('has no reason when nothing looks like an error', () => {
    expect(downloadFailureReason('')).toBeNull()
    expect(downloadFailureReason('Downloading Electron binary...')).toBeNull()
  })
})

describe('rerunCommand', () => {
  it('names the npm script to run again', () => {
    expect(rerunCommand('start')).toBe('npm start')
    expect(rerunCommand('dev')).toBe('npm run dev')
    expect(rerunCommand('test:electron')).toBe('npm run test:electron')
    expect(rerunCommand(undefined)).toBe('the command')
  })
})
