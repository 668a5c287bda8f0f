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
  sql: `
    CREATE TABLE idempotency_records (
      scope           TEXT NOT NULL,
      idempotency_key TEXT NOT NULL,
      fingerprint     TEXT NOT NULL,
      operation_id    TEXT NOT NULL,
      path            TEXT NOT NULL,
      state           TEXT NOT NULL CHECK (state IN ('in_flight', 'completed', 'unknown')),
      request_id      TEXT NOT NULL,
      status          INTEGER,
      headers         TEXT,
      body            TEXT,
      created_at      TEXT NOT NULL,
      expires_at      TEXT NOT NULL,
      lease_until     TEXT NOT NULL,
      PRIMARY KEY (scope, idempotency_key)
    );
    CREATE INDEX idempotency_records_expiry ON idempotency_records (expires_at);
    CREATE INDEX idempotency_records_state ON idempotency_records (state, created_at);
  `,
}
