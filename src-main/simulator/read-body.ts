import type { IncomingMessage } from 'node:http'

import { isRecord } from '../is-record'

const MAX_BODY_BYTES = 1024 * 1024

export type BodyRead = { ok: true; body: Record<string, unknown> } | { ok: false; reason: 'too_large' | 'unreadable' }

async function readText(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buffer.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text)
    return isRecord(value) ? value : null
  } catch {
    return null
  }
}

const parseForm = (text: string): Record<string, unknown> => Object.fromEntries(new URLSearchParams(text))

/**
 * JSON as the authoritative docs send it, or form fields as other docs pages and plugins do. A body that starts
 * with "{" is read as JSON whatever its Content-Type, since curl and some plugins label JSON as form data.
 */
export async function readBody(request: IncomingMessage): Promise<BodyRead> {
  const text = await readText(request)
  if (text === null) return { ok: false, reason: 'too_large' }
  return parseBody(text, request.headers['content-type'])
}

/** A body's text read as `readBody` does. */
export function parseBody(text: string, contentType: string | undefined): BodyRead {
  if (text.trim() === '') return { ok: true, body: {} }
  const declaredJson = (contentType ?? '').includes('json')
  if (!declaredJson && !text.trimStart().startsWith('{')) return { ok: true, body: parseForm(text) }
  const body = parseJsonObject(text)
  return body === null ? { ok: false, reason: 'unreadable' } : { ok: true, body }
}
