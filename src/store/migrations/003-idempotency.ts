import { sql } from 'kysely'
import type { Migration } from './migration.js'

/**
 * Idempotency-Key records.
 *
 * - The primary key `(scope, idempotency_key)` is the claim: a unique insert
 *   that only one of any number of concurrent requests can win.
 * - `state`: in_flight until the first request's answer is stored;
 *   `completed` with that answer; `unknown` when a money move's outcome
 *   could not be learnt, or the claim was abandoned by a crash (no answer).
 * - `lease_until`: an in-flight claim older than this cannot still be running.
 * - Times are UTC ISO strings of one fixed length, so they compare as text.
 */
export const idempotencyMigration: Migration = {
  id: '003-idempotency',
  up: async (db) => {
    await db.schema.createTable('idempotency_records')
      .addColumn('scope', 'text', (column) => column.notNull())
      .addColumn('idempotency_key', 'text', (column) => column.notNull())
      .addColumn('fingerprint', 'text', (column) => column.notNull())
      .addColumn('operation_id', 'text', (column) => column.notNull())
      .addColumn('path', 'text', (column) => column.notNull())
      .addColumn('state', 'text', (column) => column.notNull().check(sql`state IN ('in_flight', 'completed', 'unknown')`))
      .addColumn('request_id', 'text', (column) => column.notNull())
      .addColumn('status', 'integer')
      .addColumn('headers', 'text')
      .addColumn('body', 'text')
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .addColumn('lease_until', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('idempotency_records_pkey', ['scope', 'idempotency_key'])
      .execute()
    await db.schema.createIndex('idempotency_records_expiry').on('idempotency_records').column('expires_at').execute()
    await db.schema.createIndex('idempotency_records_state').on('idempotency_records').columns(['state', 'created_at']).execute()
  },
}
