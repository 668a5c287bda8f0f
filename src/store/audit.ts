import type { PageOf, PageRequest } from './callbacks.js'

/**
 * The audit log: one entry per write through the gateway (resource writes
 * and admin changes). Holds who, what, when and how it ended, never a
 * secret, token or password: there is no field a request body or answer
 * could be copied into. Times are UTC ISO strings.
 */

export type AuditOutcome = 'ok' | 'rejected' | 'unknown' | 'failed'

export interface NewAuditEntry {
  at: string
  /** The API key's secretId, or "admin" for the admin token. */
  secretId: string
  operationId: string
  method: string
  path: string
  requestId: string
  idempotencyKey: string | null
  /** True when the answer was an idempotent replay (nothing reached the upstream). */
  replayed: boolean
  status: number
  outcome: AuditOutcome
  upstreamCode: string | null
  upstreamMessage: string | null
  /** Money moves: the amount (decimal string) or bytes bought. */
  amount: string | null
  bytes: number | null
}

export interface AuditEntry extends NewAuditEntry {
  id: string
}

export interface AuditFilter {
  secretId?: string
  operationId?: string
  outcome?: AuditOutcome
  /** Inclusive, UTC ISO. */
  from?: string
  /** Exclusive, UTC ISO. */
  to?: string
}

export interface AuditRepository {
  record: (entry: NewAuditEntry) => Promise<void>
  /** Newest first. */
  list: (filter: AuditFilter, page: PageRequest) => Promise<PageOf<AuditEntry>>
  /** Deletes entries older than `before`; answers how many. */
  prune: (before: string) => Promise<number>
}
