import type { Migration } from './migration.js'

/**
 * The audit log: append-only, newest first by `id`, pruned by age.
 * `secret_id` is the key's id or 'admin'; no column can hold a request body.
 */
export const auditMigration: Migration = {
  id: '004-audit',
  sql: `
    CREATE TABLE audit_entries (
      id               INTEGER PRIMARY KEY AUTOINCREMENT,
      at               TEXT NOT NULL,
      secret_id        TEXT NOT NULL,
      operation_id     TEXT NOT NULL,
      method           TEXT NOT NULL,
      path             TEXT NOT NULL,
      request_id       TEXT NOT NULL,
      idempotency_key  TEXT,
      replayed         INTEGER NOT NULL DEFAULT 0 CHECK (replayed IN (0, 1)),
      status           INTEGER NOT NULL,
      outcome          TEXT NOT NULL CHECK (outcome IN ('ok', 'rejected', 'unknown', 'failed')),
      upstream_code    TEXT,
      upstream_message TEXT,
      amount           TEXT,
      bytes            INTEGER
    );
    CREATE INDEX audit_entries_at ON audit_entries (at);
    CREATE INDEX audit_entries_key ON audit_entries (secret_id, id);
    CREATE INDEX audit_entries_operation ON audit_entries (operation_id, id);
  `,
}
