import { locateElectron } from '../../scripts/electron-binary'

/**
 * The Electron executable to launch, found as `npm run test:electron` found it before the run (Electron's loader,
 * ELECTRON_EXEC_PATH, ELECTRON_OVERRIDE_DIST_PATH), or an error with its sentence on why there is none.
 */
export function runnableElectronPath(): string {
  const binary = locateElectron()
  if (!binary.ok) throw new Error(binary.problem)
  return binary.path
}
