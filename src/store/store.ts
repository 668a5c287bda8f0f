import type { ApiKeyRepository } from './api-keys.js'
import type { AuditRepository } from './audit.js'
import type { CallbackRepository } from './callbacks.js'
import type { IdempotencyRepository } from './idempotency.js'

/**
 * The gateway's durable state behind one interface: API keys, received
 * callbacks, the relay outbox (and later idempotency records). The embedded
 * SQLite implementation needs no setup; a PostgreSQL one can implement the
 * same interface. Every method is async so either can.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  readonly apiKeys: ApiKeyRepository
  readonly callbacks: CallbackRepository
  readonly idempotency: IdempotencyRepository
  readonly audit: AuditRepository
  /** Resolves when the database answers. */
  ping: () => Promise<void>
  close: () => Promise<void>
}
