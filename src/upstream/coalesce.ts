import { canonicalJson } from './canonical-json.js'
import type { Layer, UpstreamReply } from './pipeline.js'

/**
 * Identical concurrent reads share one upstream call: the first caller's
 * promise is handed to everyone asking for the same endpoint and body until
 * it settles. Every key reads the same upstream account, so callers need not
 * be told apart. Writes are never shared.
 */
export function coalesce (): Layer {
  const inFlight = new Map<string, Promise<UpstreamReply>>()
  return (next) => (request) => {
    if (request.write) return next(request)
    const key = readKey(request.endpoint, request.payload)
    const pending = inFlight.get(key)
    if (pending !== undefined) return pending
    const started = next(request).finally(() => inFlight.delete(key))
    inFlight.set(key, started)
    return started
  }
}

export function readKey (endpoint: string, payload: Record<string, unknown>): string {
  return `${endpoint}\u0000${canonicalJson(payload)}`
}
