import { sql } from 'kysely'
import { autoIncrementId, columnTypes, type Migration } from './migration.js'

/**
 * Received SMS review callbacks, the latest review of each signature and
 * template, and the relay outbox.
 *
 * - `callback_events.sequence` is the order of receipt and the SSE event id:
 *   never reused, even after deletions, so a client's Last-Event-ID can
 *   never point at a different event later.
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
  up: async (db, kind) => {
    const { bigint } = columnTypes(kind)
    const id = autoIncrementId(kind)

    await db.schema.createTable('callback_events')
      .addColumn('sequence', id.type, id.column)
      .addColumn('event_id', 'text', (column) => column.notNull().unique())
      .addColumn('webhook_id', 'text', (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('type', 'text', (column) => column.notNull())
      .addColumn('content_type', 'text', (column) => column.notNull())
      .addColumn('raw', 'text', (column) => column.notNull())
      .addColumn('data', 'text', (column) => column.notNull())
      .addColumn('received_at', 'text', (column) => column.notNull())
      .addUniqueConstraint('callback_events_webhook_position', ['webhook_id', 'position'])
      .execute()

    await db.schema.createTable('sms_reviews')
      .addColumn('event_sequence', bigint, (column) => column.primaryKey().references('callback_events.sequence'))
      .addColumn('kind', 'text', (column) => column.notNull().check(sql`kind IN ('signature', 'template')`))
      .addColumn('subject_id', 'text', (column) => column.notNull())
      .addColumn('name', 'text')
      .addColumn('status', 'text', (column) => column.notNull().check(sql`status IN ('approved', 'rejected')`))
      .addColumn('reason', 'text')
      .addColumn('reviewed_at', 'text')
      .addColumn('ranked_at_ms', bigint, (column) => column.notNull())
      .execute()

    await db.schema.createTable('sms_review_latest')
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('subject_id', 'text', (column) => column.notNull())
      .addColumn('event_sequence', bigint, (column) => column.notNull().references('sms_reviews.event_sequence'))
      .addColumn('ranked_at_ms', bigint, (column) => column.notNull())
      .addPrimaryKeyConstraint('sms_review_latest_pkey', ['kind', 'subject_id'])
      .execute()
    await db.schema.createIndex('sms_review_latest_recent').on('sms_review_latest').columns(['ranked_at_ms desc', 'event_sequence desc']).execute()

    await db.schema.createTable('callback_deliveries')
      .addColumn('id', id.type, id.column)
      .addColumn('event_sequence', bigint, (column) => column.notNull().references('callback_events.sequence'))
      .addColumn('secret_id', 'text', (column) => column.notNull())
      .addColumn('callback_url', 'text', (column) => column.notNull())
      .addColumn('state', 'text', (column) => column.notNull().check(sql`state IN ('pending', 'delivered', 'failed')`))
      .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('last_status', 'integer')
      .addColumn('last_error', 'text')
      .addColumn('next_attempt_at', bigint)
      .addColumn('delivered_at', 'text')
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addUniqueConstraint('callback_deliveries_event_secret', ['event_sequence', 'secret_id'])
      .execute()
    await db.schema.createIndex('callback_deliveries_due').on('callback_deliveries').column('next_attempt_at').where(sql.ref('state'), '=', 'pending').execute()
    await db.schema.createIndex('callback_deliveries_state').on('callback_deliveries').columns(['state', 'id']).execute()
  },
}
