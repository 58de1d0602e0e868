/** Raw HTTP calls to a simulator, for asserting exactly what goes over the wire. */
export interface RawAnswer {
  status: number
  headers: Headers
  body: unknown
}

export async function rawPost(
  url: string,
  body: unknown,
  options: { token?: string; method?: string; contentType?: string } = {}
): Promise<RawAnswer> {
  const headers: Record<string, string> = { 'Content-Type': options.contentType ?? 'application/json' }
  if (options.token !== undefined) headers.token = options.token
  const method = options.method ?? 'POST'
  const response = await fetch(url, {
    method,
    headers,
    ...(method === 'GET' ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) })
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? null : (JSON.parse(text) as unknown)
  }
}

/** The `data` of a raw answer, typed loosely for inspection. */
export const dataOf = (answer: RawAnswer) => (answer.body as { data: unknown }).data

export const itemsOf = (answer: RawAnswer) => dataOf(answer) as Record<string, unknown>[]
