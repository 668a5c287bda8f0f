import type { Generated } from 'kysely'

/**
 * The tables as Kysely sees them, one interface per table, with the same
 * column types on SQLite and PostgreSQL: integers that may pass 2^31 (epoch
 * milliseconds, ids) are BIGINT in PostgreSQL and read back as numbers
 * (src/store/postgres.ts), booleans are 0/1 integers, JSON is TEXT.
 */

export interface Database {
  schema_migrations: SchemaMigrationsTable
  api_keys: ApiKeysTable
  callback_events: CallbackEventsTable
  sms_reviews: SmsReviewsTable
  sms_review_latest: SmsReviewLatestTable
  callback_deliveries: CallbackDeliveriesTable
  idempotency_records: IdempotencyRecordsTable
  audit_entries: AuditEntriesTable
  leases: LeasesTable
}

export interface SchemaMigrationsTable {
  id: string
  applied_at: string
}

export interface ApiKeysTable {
  secret_id: string
  /** SHA-256 of the secretKey. */
  secret_hash: Buffer
  /** JSON array. */
  scopes: string
  /** JSON array. */
  ip_whitelist: string
  callback_url: string | null
  note: string
  disabled: 0 | 1
  /** Sealed by the store's `Sealer`. */
  webhook_secret: string
  created_at: string
  updated_at: string
  last_used_at: string | null
}

export interface CallbackEventsTable {
  sequence: Generated<number>
  event_id: string
  webhook_id: string
  position: number
  type: string
  content_type: string
  raw: string
  /** JSON. */
  data: string
  received_at: string
}

export interface SmsReviewsTable {
  event_sequence: number
  kind: 'signature' | 'template'
  subject_id: string
  name: string | null
  status: 'approved' | 'rejected'
  reason: string | null
  reviewed_at: string | null
  ranked_at_ms: number
}

export interface SmsReviewLatestTable {
  kind: 'signature' | 'template'
  subject_id: string
  event_sequence: number
  ranked_at_ms: number
}

export interface CallbackDeliveriesTable {
  id: Generated<number>
  event_sequence: number
  secret_id: string
  callback_url: string
  state: 'pending' | 'delivered' | 'failed'
  attempts: Generated<number>
  last_status: number | null
  last_error: string | null
  /** Epoch ms; set only while pending. */
  next_attempt_at: number | null
  delivered_at: string | null
  created_at: string
  /** The relay worker holding this delivery while it sends it. */
  claimed_by: Generated<string | null>
  /** Epoch ms after which another worker may take the delivery over. */
  lease_until: Generated<number | null>
}

export interface IdempotencyRecordsTable {
  scope: string
  idempotency_key: string
  fingerprint: string
  operation_id: string
  path: string
  state: 'in_flight' | 'completed' | 'unknown'
  request_id: string
  status: number | null
  /** JSON object. */
  headers: string | null
  body: string | null
  created_at: string
  expires_at: string
  lease_until: string
}

export interface AuditEntriesTable {
  id: Generated<number>
  at: string
  secret_id: string
  operation_id: string
  method: string
  path: string
  request_id: string
  idempotency_key: string | null
  replayed: 0 | 1
  status: number
  outcome: 'ok' | 'rejected' | 'unknown' | 'failed'
  upstream_code: string | null
  upstream_message: string | null
  amount: string | null
  bytes: number | null
}

export interface LeasesTable {
  name: string
  owner: string
  /** Epoch ms. */
  expires_at: number
}
