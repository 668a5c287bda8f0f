import { sql } from 'kysely'
import { columnTypes, type Migration } from './migration.js'

/**
 * API keys.
 *
 * - `secret_hash` is SHA-256 of the secretKey; the secretKey is never stored.
 * - `webhook_secret` is sealed (AES-256-GCM, src/keys/secret-box.ts) under a
 *   master key kept outside this database.
 * - `scopes` and `ip_whitelist` are JSON arrays: read whole with the key,
 *   never queried by element.
 */
export const apiKeysMigration: Migration = {
  id: '001-api-keys',
  up: async (db, kind) => {
    await db.schema.createTable('api_keys')
      .addColumn('secret_id', 'text', (column) => column.primaryKey())
      .addColumn('secret_hash', columnTypes(kind).bytes, (column) => column.notNull())
      .addColumn('scopes', 'text', (column) => column.notNull())
      .addColumn('ip_whitelist', 'text', (column) => column.notNull())
      .addColumn('callback_url', 'text')
      .addColumn('note', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('disabled', 'integer', (column) => column.notNull().defaultTo(0).check(sql`disabled IN (0, 1)`))
      .addColumn('webhook_secret', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .addColumn('last_used_at', 'text')
      .execute()
    await db.schema.createIndex('api_keys_newest').on('api_keys').columns(['created_at desc', 'secret_id']).execute()
  },
}
