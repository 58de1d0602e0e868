/** A JSON object (not an array, not null): the shape every SecPaid envelope, request body and settings file has. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
