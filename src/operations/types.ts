import type { Static, TObject, TSchema } from '@sinclair/typebox'
import type { UpstreamEnvelope } from '../upstream/index.js'

/**
 * One row of the operation table: everything the registrar needs to make a
 * route, its validation, its OpenAPI entry and its upstream call. Adding an
 * upstream endpoint is adding a row; no handler is written per endpoint.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type Scope = 'read' | 'write' | 'admin'

export type StaticOr<S, Fallback> = S extends TSchema ? Static<S> : Fallback
type Empty = Record<string, never>

export type Input<P, Q, B> = OperationInput<StaticOr<P, Empty>, StaticOr<Q, Empty>, StaticOr<B, Empty>>

export interface OperationInput<P, Q, B> {
  params: P
  query: Q
  body: B
}

export interface Operation<
  P extends TObject | undefined = TObject | undefined,
  Q extends TObject | undefined = TObject | undefined,
  B extends TObject | undefined = TObject | undefined,
  R extends TSchema | undefined = TSchema | undefined,
> {
  operationId: string
  method: HttpMethod
  /** OpenAPI style, with `{name}` parameters. */
  path: string
  tags: string[]
  summary: string
  /** Says what the operation does; the registrar appends the upstream endpoint. */
  description: string
  /** Path relative to UPSTREAM_URL, e.g. `/API/profile/balance`. */
  upstream: string
  /** Defaults: `read` for GET, `write` for the rest. */
  scope?: Scope
  /** False only for the upstream's one token-less endpoint (register). */
  withToken?: boolean
  /** Money-moving writes: their OpenAPI entry declares `Idempotency-Key`, and the audit log keeps what they moved. */
  movesMoney?: boolean
  /**
   * A read that tolerates a micro-cached answer (balance, profile, lists: a
   * few seconds at most). Every write that changes it must name it in `invalidates`.
   */
  cache?: { ttlSeconds: number }
  /** The operationIds of the cached reads this write makes stale. */
  invalidates?: readonly string[]
  /**
   * Names a synced catalog (docs/api.md, "Synced catalogs"): the answer is served from
   * memory, filled by this row's upstream call at start, every
   * SYNC_INTERVAL_S and on POST /admin/sync. Only for GETs without input.
   */
  catalog?: string
  status: 200 | 201 | 204
  params?: P
  query?: Q
  body?: B
  /** The answer schema; absent for 204. It also makes serialization fast and drops unlisted fields. */
  response?: R
  // Method signatures, not function-typed properties: a row of any input type is then an
  // `Operation` of the table without a cast, while `defineOperation` still checks it exactly.
  /** Builds the upstream body (without the token) from the validated request. */
  toUpstream (input: NoInfer<Input<P, Q, B>>): Record<string, unknown>
  /** Reshapes a successful envelope into the answer; absent for 204. */
  fromUpstream? (envelope: UpstreamEnvelope, input: NoInfer<Input<P, Q, B>>): NoInfer<StaticOr<R, undefined>>
  /**
   * For money moves: what the audit log records as moved. Asked before the call, from the
   * request alone (`answer` undefined: what was asked for, kept even when the call fails),
   * and again with the answer once it succeeded, for moves whose amount only the upstream
   * knows (a redeemed coupon's value).
   */
  moved? (input: NoInfer<Input<P, Q, B>>, answer: NoInfer<StaticOr<R, undefined>> | undefined): MoneyMoved
  /** Examples for the OpenAPI document, taken from the upstream reference. */
  examples?: { request?: unknown, response?: unknown }
}

export interface MoneyMoved {
  /** A decimal string, as the client sent it. */
  amount?: string
  bytes?: number
}

/** Identity helper that lets TypeScript infer the row's static types from its schemas. */
export function defineOperation<
  P extends TObject | undefined = undefined,
  Q extends TObject | undefined = undefined,
  B extends TObject | undefined = undefined,
  R extends TSchema | undefined = undefined,
> (operation: Operation<P, Q, B, R>): Operation<P, Q, B, R> {
  return operation
}

export function scopeOf (operation: Pick<Operation, 'scope' | 'method'>): Scope {
  return operation.scope ?? (operation.method === 'GET' ? 'read' : 'write')
}
