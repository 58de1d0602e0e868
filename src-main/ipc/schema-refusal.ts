import type { z } from 'zod'

import type { IpcError } from '../../src-preload/contract'

/** The refusal for a request that failed its schema: which field, as data; the renderer says what it means. */
export function schemaRefusal(error: z.ZodError): IpcError {
  const issue = error.issues[0]
  const path =
    issue === undefined ? '' : issue.code === 'unrecognized_keys' ? issue.keys.join(',') : issue.path.join('.')
  return { code: 'invalid_request', field: path === '' ? null : path }
}
