/**
 * The shape every VeryCloud API3 answer has, `{code, message, data, ...}`,
 * and the one place that says what success is: `code` 1, as a number or a
 * string.
 */

export interface UpstreamEnvelope {
  code: number | string
  message?: string
  data?: unknown
  [extra: string]: unknown
}

export function isSuccess (envelope: UpstreamEnvelope): boolean {
  return envelope.code === 1 || envelope.code === '1'
}

/** The envelope in `text`, or undefined when it is not a JSON object with a `code`. */
export function parseEnvelope (text: string): UpstreamEnvelope | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || !('code' in parsed)) return undefined
  return parsed as UpstreamEnvelope
}

export function upstreamMessage (envelope: UpstreamEnvelope): string | undefined {
  return typeof envelope.message === 'string' ? envelope.message : undefined
}
