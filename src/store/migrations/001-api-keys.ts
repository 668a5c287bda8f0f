import type { Migration } from './migration.js'

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
  sql: `
    CREATE TABLE api_keys (
      secret_id      TEXT PRIMARY KEY,
      secret_hash    BLOB NOT NULL,
      scopes         TEXT NOT NULL,
      ip_whitelist   TEXT NOT NULL,
      callback_url   TEXT,
      note           TEXT NOT NULL DEFAULT '',
      disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
      webhook_secret TEXT NOT NULL,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL,
      last_used_at   TEXT
    );
    CREATE INDEX api_keys_newest ON api_keys (created_at DESC, secret_id);
  `,
}
