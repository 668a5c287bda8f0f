import type { Upstream, UpstreamEnvelope } from '../upstream/index.js'
import type { Input, Operation, StaticOr } from './types.js'

/**
 * One row's upstream call through the pipeline, with the row's policies
 * (token, write, cache TTL, what it invalidates), and its answer mapping.
 * The registrar, the synced catalogs and the upstream check all call
 * operations this way, so none of them parses envelopes on its own.
 */

export interface Invocation<A> {
  answer: A
  envelope: UpstreamEnvelope
  /** Epoch ms until which the answer may be reused (a cached read); absent otherwise. */
  freshUntil?: number
}

export interface InvokeOptions {
  requestId?: string
  /** Bypass a cached answer (a live check). */
  fresh?: boolean
}

export async function invoke<P extends Operation['params'], Q extends Operation['query'], B extends Operation['body'], R extends Operation['response']> (
  upstream: Upstream,
  operation: Operation<P, Q, B, R>,
  input: Input<P, Q, B>,
  options: InvokeOptions = {},
): Promise<Invocation<StaticOr<R, undefined> | undefined>> {
  const write = operation.method !== 'GET'
  const reply = await upstream.request(operation.upstream, operation.toUpstream(input), {
    write,
    withToken: operation.withToken !== false,
    ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
    ...(operation.cache === undefined ? {} : { cache: { tag: operation.operationId, ttlMs: operation.cache.ttlSeconds * 1000 } }),
    ...(options.fresh === true ? { fresh: true } : {}),
    ...(operation.invalidates === undefined ? {} : { invalidates: operation.invalidates }),
  })
  return {
    answer: operation.fromUpstream?.(reply.envelope, input),
    envelope: reply.envelope,
    ...(reply.freshUntil === undefined ? {} : { freshUntil: reply.freshUntil }),
  }
}

/** The input of a row that takes none: the catalogs and the upstream check. */
export const NO_INPUT: Input<undefined, undefined, undefined> = { params: {}, query: {}, body: {} }
