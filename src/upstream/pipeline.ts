import type { UpstreamEnvelope } from './envelope.js'

/**
 * The upstream call as one pipeline of layers, composed like undici's
 * interceptors: each layer takes the next dispatch and returns its own, and
 * each policy it applies is a field of the request (which the operation
 * table's rows fill in). From the caller inwards:
 *
 *   read cache → coalescing → success check → token → read retry → deadline → transport
 *
 * Idempotency wraps the whole HTTP exchange instead (plugins/idempotency.ts):
 * it replays the answer the client was given, not the upstream's envelope.
 */

export interface UpstreamRequest {
  /** Path relative to UPSTREAM_URL, e.g. `/API/profile/balance`. */
  endpoint: string
  /** The body, without the token (the token layer adds it). */
  payload: Record<string, unknown>
  /** Writes are never retried, and a timeout or reset means "outcome unknown". */
  write: boolean
  /** False only for the upstream's one token-less endpoint (register). */
  withToken: boolean
  requestId?: string
  /** Set by the deadline layer for the transport. */
  signal?: AbortSignal
  /** A read that tolerates a cached answer: its tag (the operation) and how long. */
  cache?: { tag: string, ttlMs: number }
  /** Skip a cached answer (an explicit live check), still refreshing the cache. */
  fresh?: boolean
  /** The cache tags a write makes stale. */
  invalidates?: readonly string[]
}

export interface UpstreamReply {
  httpStatus: number
  envelope: UpstreamEnvelope
  /** Epoch ms until which this answer may be served from the read cache; only on cacheable reads. */
  freshUntil?: number
  /** The answer's size as the upstream sent it (characters of its JSON): what the read cache counts. */
  size?: number
}

export type Dispatch = (request: UpstreamRequest) => Promise<UpstreamReply>
export type Layer = (next: Dispatch) => Dispatch

/** `compose(transport, a, b)` is `a(b(transport))`: the first layer listed sees the request first. */
export function compose (transport: Dispatch, ...layers: Layer[]): Dispatch {
  return layers.reduceRight<Dispatch>((next, layer) => layer(next), transport)
}
