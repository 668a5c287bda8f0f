import type { ApiKeyRepository } from './api-keys.js'
import type { AuditRepository } from './audit.js'
import type { CallbackRepository } from './callbacks.js'
import type { IdempotencyRepository } from './idempotency.js'
import type { LeaseRepository } from './leases.js'

/**
 * The gateway's durable state behind one interface: API keys, received
 * callbacks, the relay outbox, Idempotency-Key records, the audit log and
 * named leases. One implementation over Kysely serves both the embedded
 * SQLite file and a shared PostgreSQL.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  readonly apiKeys: ApiKeyRepository
  readonly callbacks: CallbackRepository
  readonly idempotency: IdempotencyRepository
  readonly audit: AuditRepository
  readonly leases: LeaseRepository
  /** Resolves when the database answers. */
  ping: () => Promise<void>
  close: () => Promise<void>
}
