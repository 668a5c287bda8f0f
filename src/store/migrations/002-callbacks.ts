import type { Migration } from './migration.js'

/**
 * Received SMS review callbacks, the latest review of each signature and
 * template, and the relay outbox.
 *
 * - `callback_events.sequence` is the order of receipt and the SSE event id:
 *   AUTOINCREMENT so a sequence is never reused, even after deletions, and a
 *   client's Last-Event-ID can never point at a different event later.
 * - `(webhook_id, position)` is unique: a repeated webhook-id is stored once;
 *   `position` is the index of an event inside an array body.
 * - `sms_review_latest` keeps, per signature or template, the event whose
 *   review is the most recent, so lists and filters do not rank history.
 * - `callback_deliveries` is the outbox: one row per event and callback
 *   target, written in the same transaction as the event.
 *   `next_attempt_at` is epoch milliseconds, set only while pending.
 */
export const callbacksMigration: Migration = {
  id: '002-callbacks',
  sql: `
    CREATE TABLE callback_events (
      sequence     INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id     TEXT NOT NULL UNIQUE,
      webhook_id   TEXT NOT NULL,
      position     INTEGER NOT NULL,
      type         TEXT NOT NULL,
      content_type TEXT NOT NULL,
      raw          TEXT NOT NULL,
      data         TEXT NOT NULL,
      received_at  TEXT NOT NULL,
      UNIQUE (webhook_id, position)
    );

    CREATE TABLE sms_reviews (
      event_sequence INTEGER PRIMARY KEY REFERENCES callback_events (sequence),
      kind           TEXT NOT NULL CHECK (kind IN ('signature', 'template')),
      subject_id     TEXT NOT NULL,
      name           TEXT,
      status         TEXT NOT NULL CHECK (status IN ('approved', 'rejected')),
      reason         TEXT,
      reviewed_at    TEXT,
      ranked_at_ms   INTEGER NOT NULL
    );

    CREATE TABLE sms_review_latest (
      kind           TEXT NOT NULL,
      subject_id     TEXT NOT NULL,
      event_sequence INTEGER NOT NULL REFERENCES sms_reviews (event_sequence),
      ranked_at_ms   INTEGER NOT NULL,
      PRIMARY KEY (kind, subject_id)
    );
    CREATE INDEX sms_review_latest_recent ON sms_review_latest (ranked_at_ms DESC, event_sequence DESC);

    CREATE TABLE callback_deliveries (
      id              INTEGER PRIMARY KEY AUTOINCREMENT,
      event_sequence  INTEGER NOT NULL REFERENCES callback_events (sequence),
      secret_id       TEXT NOT NULL,
      callback_url    TEXT NOT NULL,
      state           TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
      attempts        INTEGER NOT NULL DEFAULT 0,
      last_status     INTEGER,
      last_error      TEXT,
      next_attempt_at INTEGER,
      delivered_at    TEXT,
      created_at      TEXT NOT NULL,
      UNIQUE (event_sequence, secret_id)
    );
    CREATE INDEX callback_deliveries_due ON callback_deliveries (next_attempt_at) WHERE state = 'pending';
    CREATE INDEX callback_deliveries_state ON callback_deliveries (state, id);
  `,
}
