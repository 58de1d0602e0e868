import { open } from 'node:fs/promises'

import type { CustomerDisplayInfo } from '../../src-preload/contract'
import type { ChannelHandlers } from '../channel-handler'
import { fail, succeed } from '../result'
import type { CustomerDisplayService } from './customer-display-service'
import { checkLogo, createLogoFile, type DisplayLogo, LOGO_LIMITS } from './display-logo'

/** The open dialog for an image; null when the owner cancelled. */
export type ChooseImage = () => Promise<string | null>

export type LogoHandlers = Pick<ChannelHandlers, 'chooseDisplayLogo' | 'removeDisplayLogo'>

/** At most one byte past the limit is read: a huge file is refused for its size without being read whole. */
async function readUpTo(path: string, limit: number): Promise<Buffer> {
  const file = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(limit + 1)
    const { bytesRead } = await file.read(buffer, 0, limit + 1, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await file.close()
  }
}

const refused = (problem: 'type' | 'size' | 'dimensions' | 'unreadable') =>
  fail({
    code: 'logo_refused',
    problem,
    maxBytes: LOGO_LIMITS.bytes,
    minSide: LOGO_LIMITS.side.min,
    maxSide: LOGO_LIMITS.side.max
  })

/**
 * Settings → Customer display → logo: the owner picks an image in the system's dialog; main reads it, checks it by its
 * bytes (PNG or JPEG, size, dimensions), keeps a copy in the data folder and shows it on the idle screen.
 */
export async function createLogoHandlers(deps: {
  display: CustomerDisplayService
  /** Where the logo is kept (in the data folder). */
  path: string
  chooseImage: ChooseImage | undefined
}): Promise<LogoHandlers> {
  const file = createLogoFile(deps.path)
  deps.display.setLogo(await file.load())
  const info = (): CustomerDisplayInfo => deps.display.info()
  return {
    chooseDisplayLogo: async () => {
      if (deps.chooseImage === undefined) return fail({ code: 'output_failed', errno: null })
      const path = await deps.chooseImage()
      if (path === null) return succeed(info())
      let bytes: Buffer
      try {
        bytes = await readUpTo(path, LOGO_LIMITS.bytes)
      } catch {
        return refused('unreadable')
      }
      const checked = checkLogo(bytes)
      if (!checked.ok) return refused(checked.problem)
      const logo: DisplayLogo = checked.logo
      try {
        await file.save(logo)
      } catch (error) {
        return fail({ code: 'output_failed', errno: (error as NodeJS.ErrnoException).code ?? null })
      }
      deps.display.setLogo(logo)
      return succeed(info())
    },
    removeDisplayLogo: async () => {
      try {
        await file.remove()
      } catch (error) {
        return fail({ code: 'output_failed', errno: (error as NodeJS.ErrnoException).code ?? null })
      }
      deps.display.setLogo(null)
      return succeed(info())
    }
  }
}
