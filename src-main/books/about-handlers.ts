import type { BackupStatus, Language } from '../../src-preload/contract'
import type { ChannelHandlers } from '../channel-handler'
import { errnoOf } from '../journal/durable-file'
import { fail, succeed } from '../result'
import type { SettingsService } from '../settings/settings-service'
import type { FileOutput } from './file-output'
import { procedureDescription } from './procedure-description'
import type { ProcedureFacts } from './procedure-facts'
import { textPdf } from './text-pdf'

interface AboutDeps {
  settings: Pick<SettingsService, 'getStored'>
  /** Every sale the books hold, to name the tills they come from. */
  /** The tills that numbered sales in the books. */
  tillsInBooks: () => string[]
  backupStatus: () => BackupStatus
  dataFolder: string
  version: string
  /** The save dialog (Electron's in the app); without it nothing can be saved. */
  output?: FileOutput | undefined
  now?: () => Date
}

const FILE_NAME: Record<Language, string> = {
  de: 'verfahrensdokumentation',
  en: 'procedure-description'
}

/** Settings → About: the app's version and data folder, and the procedure description saved as a PDF. */
export function createAboutHandlers(deps: AboutDeps) {
  const now = deps.now ?? (() => new Date())

  /** The facts the procedure description states, as the settings and the books are now. */
  const facts = (): ProcedureFacts => {
    const stored = deps.settings.getStored()
    const backup = deps.backupStatus()
    return {
      shop: stored.shop,
      till: { id: stored.tillId, deviceName: stored.deviceName },
      tillsOnKey: stored.tillsOnKey,
      tillsInBooks: deps.tillsInBooks(),
      environment: stored.environment,
      tipsOffered: stored.tips.enabled,
      tipKind: stored.tipKind,
      backup: { folder: backup.folder, keep: backup.keep },
      dataFolder: deps.dataFolder,
      version: deps.version,
      pinSet: stored.settingsPin !== null,
      autoLockMinutes: stored.autoLockMinutes,
      kioskMode: stored.kioskMode,
      madeAt: now().toISOString()
    }
  }

  const handlers = {
    aboutApp: async () => succeed({ version: deps.version, dataFolder: deps.dataFolder }),
    exportProcedureDescription: async ({ language }: { language: Language }) => {
      if (deps.output === undefined) return fail({ code: 'output_failed', errno: null })
      const made = facts()
      const pdf = textPdf(procedureDescription(made, language))
      try {
        return succeed(await deps.output.saveWithDialog(`${FILE_NAME[language]}-${made.madeAt.slice(0, 10)}.pdf`, pdf))
      } catch (error) {
        // A full disk or a folder the owner may not write to: said, not a defect.
        return fail({ code: 'output_failed', errno: errnoOf(error) })
      }
    }
  } satisfies Partial<ChannelHandlers>

  return { handlers, facts }
}

export type AboutHandlers = Pick<ChannelHandlers, keyof ReturnType<typeof createAboutHandlers>['handlers']>
