import type { PageOf, PageRequest } from './callbacks.js'

/**
 * Idempotency-Key records (docs/api.md): one per scope (API key, or
 * "admin" for the admin token) and key. The claim is a unique insert, so of
 * any number of concurrent requests with one key, on any number of gateway
 * instances sharing the database, exactly one owns it and goes upstream.
 * Times are UTC ISO strings.
 */

export type IdempotencyState = 'in_flight' | 'completed' | 'unknown'

/** The answer the first request was given, replayed byte for byte. */
export interface StoredAnswer {
  status: number
  /** The headers that matter (content type, cache control, location), lower-case names. */
  headers: Record<string, string>
  body: string
}

export interface NewClaim {
  /** The API key's secretId, or "admin". */
  scope: string
  idempotencyKey: string
  fingerprint: string
  operationId: string
  path: string
  requestId: string
  createdAt: string
  expiresAt: string
  /** Until when an in-flight claim can still be finishing; after it, its outcome is unknown. */
  leaseUntil: string
}

export interface IdempotencyRecord {
  scope: string
  idempotencyKey: string
  fingerprint: string
  operationId: string
  path: string
  state: IdempotencyState
  requestId: string
  createdAt: string
  expiresAt: string
  leaseUntil: string
  /** Absent while in flight, and for a claim abandoned by a crash. */
  answer: StoredAnswer | null
}

export type ClaimResult = { claimed: true } | { claimed: false, existing: IdempotencyRecord }

export interface IdempotencyRepository {
  /** Claims the key, unless a live record holds it (an expired one is replaced). */
  claim: (claim: NewClaim, now: string) => Promise<ClaimResult>
  /** Stores the final answer of an owned claim. */
  finish: (scope: string, idempotencyKey: string, state: 'completed' | 'unknown', answer: StoredAnswer) => Promise<void>
  /** In-flight claims whose lease ended before `before` become unknown; answers how many. */
  abandonInFlight: (before: string) => Promise<number>
  /** Deletes records that expired before `now`; answers how many. */
  prune: (now: string) => Promise<number>
  /** Newest first. */
  list: (filter: { state?: IdempotencyState }, page: PageRequest) => Promise<PageOf<IdempotencyRecord>>
}
