import type { Migration } from './migration.js'
import { apiKeysMigration } from './001-api-keys.js'
import { callbacksMigration } from './002-callbacks.js'
import { idempotencyMigration } from './003-idempotency.js'
import { auditMigration } from './004-audit.js'
import { deliveryClaimsMigration } from './005-delivery-claims.js'

/**
 * Every schema change, in order. A migration is applied once, inside a
 * transaction, and recorded in `schema_migrations`; never edit one that
 * has shipped, add the next instead.
 */
export const migrations: readonly Migration[] = [
  apiKeysMigration,
  callbacksMigration,
  idempotencyMigration,
  auditMigration,
  deliveryClaimsMigration,
]
