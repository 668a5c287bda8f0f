import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import type {
  CallbackRepository, Delivery, DeliveryState, DueDelivery, NewCallback, NewCallbackEvent,
  PageOf, PageRequest, RecordedAttempt, RecordedCallback, ReviewKind, ReviewStatus, SmsReview, StoredEvent,
} from '../callbacks.js'

/**
 * The callback tables in the embedded SQLite file. better-sqlite3 is
 * synchronous, so each method runs to completion (and each transaction
 * commits, durably with `synchronous = FULL`) before its promise resolves.
 */

interface EventRow {
  sequence: number
  event_id: string
  webhook_id: string
  type: string
  data: string
  received_at: string
}

interface ReviewRow {
  kind: ReviewKind
  subject_id: string
  name: string | null
  status: ReviewStatus
  reason: string | null
  reviewed_at: string | null
  received_at: string
  event_id: string
}

interface DeliveryRow {
  id: number
  event_id: string
  secret_id: string
  callback_url: string
  state: DeliveryState
  attempts: number
  last_status: number | null
  last_error: string | null
  next_attempt_at: number | null
  delivered_at: string | null
  created_at: string
}

const EVENT_COLUMNS = 'e.sequence, e.event_id, e.webhook_id, e.type, e.data, e.received_at'
const REVIEW_COLUMNS = 'r.kind, r.subject_id, r.name, r.status, r.reason, r.reviewed_at, e.received_at, e.event_id'
const DELIVERY_COLUMNS = `d.id, e.event_id, d.secret_id, d.callback_url, d.state, d.attempts, d.last_status,
  d.last_error, d.next_attempt_at, d.delivered_at, d.created_at`
/** Delivery ids are strings in the API; in-flight ids are passed to SQLite as one JSON array. */
const NOT_IN_FLIGHT = 'd.id NOT IN (SELECT CAST(value AS INTEGER) FROM json_each(?))'

export class SqliteCallbacks implements CallbackRepository {
  private readonly statements = new Map<string, Database.Statement>()

  constructor (private readonly db: Database.Database) {}

  async record (callback: NewCallback): Promise<RecordedCallback> {
    return this.db.transaction(() => {
      const previous = this.eventsOfWebhook(callback.webhookId)
      if (previous.length > 0) return { duplicate: true, events: previous }
      const receivedAt = callback.receivedAt.toISOString()
      const events = callback.events.map((event, position) => this.insertEvent(callback, event, position, receivedAt))
      for (const event of events) {
        for (const target of callback.targets) this.insertDelivery(event.sequence, target.secretId, target.callbackUrl, callback.receivedAt)
      }
      return { duplicate: false, events }
    }).immediate()
  }

  async latestSequence (): Promise<number> {
    return (this.sql('SELECT MAX(sequence) FROM callback_events').pluck().get() as number | null) ?? 0
  }

  async eventsAfter (sequence: number, limit: number): Promise<StoredEvent[]> {
    const rows = this.sql(`SELECT ${EVENT_COLUMNS} FROM callback_events e WHERE e.sequence > ? ORDER BY e.sequence LIMIT ?`)
      .all(sequence, limit) as EventRow[]
    return rows.map(toStoredEvent)
  }

  async listReviews (filter: { kind?: ReviewKind, status?: ReviewStatus }, page: PageRequest): Promise<PageOf<SmsReview>> {
    const where: string[] = []
    const args: unknown[] = []
    if (filter.kind !== undefined) { where.push('r.kind = ?'); args.push(filter.kind) }
    if (filter.status !== undefined) { where.push('r.status = ?'); args.push(filter.status) }
    const from = `FROM sms_review_latest l
      JOIN sms_reviews r ON r.event_sequence = l.event_sequence
      JOIN callback_events e ON e.sequence = l.event_sequence
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`
    const total = this.sql(`SELECT COUNT(*) ${from}`).pluck().get(...args) as number
    const rows = this.sql(`SELECT ${REVIEW_COLUMNS} ${from} ORDER BY l.ranked_at_ms DESC, l.event_sequence DESC LIMIT ? OFFSET ?`)
      .all(...args, page.limit, (page.page - 1) * page.limit) as ReviewRow[]
    return { items: rows.map(toReview), total }
  }

  async latestReview (kind: ReviewKind, id: string): Promise<SmsReview | undefined> {
    const row = this.sql(`SELECT ${REVIEW_COLUMNS} FROM sms_review_latest l
      JOIN sms_reviews r ON r.event_sequence = l.event_sequence
      JOIN callback_events e ON e.sequence = l.event_sequence
      WHERE l.kind = ? AND l.subject_id = ?`).get(kind, id) as ReviewRow | undefined
    return row === undefined ? undefined : toReview(row)
  }

  async listDeliveries (filter: { state?: DeliveryState }, page: PageRequest): Promise<PageOf<Delivery>> {
    const where = filter.state === undefined ? '' : 'WHERE d.state = ?'
    const args = filter.state === undefined ? [] : [filter.state]
    const total = this.sql(`SELECT COUNT(*) FROM callback_deliveries d ${where}`).pluck().get(...args) as number
    const rows = this.sql(`SELECT ${DELIVERY_COLUMNS} FROM callback_deliveries d
      JOIN callback_events e ON e.sequence = d.event_sequence ${where} ORDER BY d.id DESC LIMIT ? OFFSET ?`)
      .all(...args, page.limit, (page.page - 1) * page.limit) as DeliveryRow[]
    return { items: rows.map(toDelivery), total }
  }

  async getDelivery (id: string): Promise<Delivery | undefined> {
    const key = deliveryKey(id)
    if (key === undefined) return undefined
    const row = this.sql(`SELECT ${DELIVERY_COLUMNS} FROM callback_deliveries d
      JOIN callback_events e ON e.sequence = d.event_sequence WHERE d.id = ?`).get(key) as DeliveryRow | undefined
    return row === undefined ? undefined : toDelivery(row)
  }

  async dueDeliveries (nowMs: number, limit: number, excludeIds: readonly string[]): Promise<DueDelivery[]> {
    const rows = this.sql(`SELECT d.id, d.secret_id, d.callback_url, d.attempts, ${EVENT_COLUMNS}
      FROM callback_deliveries d JOIN callback_events e ON e.sequence = d.event_sequence
      WHERE d.state = 'pending' AND d.next_attempt_at <= ? AND ${NOT_IN_FLIGHT}
      ORDER BY d.next_attempt_at, d.id LIMIT ?`)
      .all(nowMs, JSON.stringify(excludeIds), limit) as Array<EventRow & { id: number, secret_id: string, callback_url: string, attempts: number }>
    return rows.map((row) => ({
      id: String(row.id),
      secretId: row.secret_id,
      callbackUrl: row.callback_url,
      attempts: row.attempts,
      event: toStoredEvent(row),
    }))
  }

  async nextDueAt (excludeIds: readonly string[]): Promise<number | undefined> {
    const next = this.sql(`SELECT MIN(d.next_attempt_at) FROM callback_deliveries d WHERE d.state = 'pending' AND ${NOT_IN_FLIGHT}`)
      .pluck().get(JSON.stringify(excludeIds)) as number | null
    return next ?? undefined
  }

  async recordAttempt (id: string, { outcome, retryAtMs, callbackUrl, at }: RecordedAttempt): Promise<void> {
    if (outcome.ok) {
      this.sql(`UPDATE callback_deliveries SET state = 'delivered', attempts = attempts + 1, last_status = ?, last_error = NULL,
        next_attempt_at = NULL, delivered_at = ?, callback_url = ? WHERE id = ?`).run(outcome.status, at.toISOString(), callbackUrl, deliveryKey(id))
      return
    }
    this.sql(`UPDATE callback_deliveries SET state = ?, attempts = attempts + 1, last_status = ?, last_error = ?,
      next_attempt_at = ?, callback_url = ? WHERE id = ? AND state = 'pending'`)
      .run(retryAtMs === null ? 'failed' : 'pending', outcome.status, outcome.error, retryAtMs, callbackUrl, deliveryKey(id))
  }

  async retryNow (id: string, nowMs: number): Promise<Delivery | undefined> {
    this.sql(`UPDATE callback_deliveries SET state = 'pending', next_attempt_at = ? WHERE id = ? AND state != 'delivered'`)
      .run(nowMs, deliveryKey(id) ?? null)
    return this.getDelivery(id)
  }

  /** Prepared once per SQL text: the receiver and the relay run the same few statements all day. */
  private sql (text: string): Database.Statement {
    let statement = this.statements.get(text)
    if (statement === undefined) {
      statement = this.db.prepare(text)
      this.statements.set(text, statement)
    }
    return statement
  }

  private eventsOfWebhook (webhookId: string): StoredEvent[] {
    const rows = this.sql(`SELECT ${EVENT_COLUMNS} FROM callback_events e WHERE e.webhook_id = ? ORDER BY e.position`)
      .all(webhookId) as EventRow[]
    return rows.map(toStoredEvent)
  }

  private insertEvent (callback: NewCallback, event: NewCallbackEvent, position: number, receivedAt: string): StoredEvent {
    const eventId = `evt_${randomUUID().replaceAll('-', '')}`
    const data = JSON.stringify(event.data)
    const sequence = Number(this.sql(`INSERT INTO callback_events (event_id, webhook_id, position, type, content_type, raw, data, received_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(eventId, callback.webhookId, position, event.type, callback.contentType, event.raw, data, receivedAt).lastInsertRowid)
    if (event.review !== undefined) this.insertReview(sequence, event.review)
    return { sequence, eventId, webhookId: callback.webhookId, type: event.type, data: event.data, receivedAt }
  }

  private insertReview (sequence: number, review: NonNullable<NewCallbackEvent['review']>): void {
    const { kind, data, rankedAtMs } = review
    this.sql(`INSERT INTO sms_reviews (event_sequence, kind, subject_id, name, status, reason, reviewed_at, ranked_at_ms)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(sequence, kind, data.id, data.name, data.status, data.reason, data.reviewedAt, rankedAtMs)
    // A review received late (an old result re-sent) must not replace a newer one.
    this.sql(`INSERT INTO sms_review_latest (kind, subject_id, event_sequence, ranked_at_ms) VALUES (?, ?, ?, ?)
      ON CONFLICT (kind, subject_id) DO UPDATE SET event_sequence = excluded.event_sequence, ranked_at_ms = excluded.ranked_at_ms
      WHERE excluded.ranked_at_ms > sms_review_latest.ranked_at_ms
        OR (excluded.ranked_at_ms = sms_review_latest.ranked_at_ms AND excluded.event_sequence > sms_review_latest.event_sequence)`)
      .run(kind, data.id, sequence, rankedAtMs)
  }

  private insertDelivery (sequence: number, secretId: string, callbackUrl: string, receivedAt: Date): void {
    this.sql(`INSERT INTO callback_deliveries (event_sequence, secret_id, callback_url, state, next_attempt_at, created_at)
      VALUES (?, ?, ?, 'pending', ?, ?)`).run(sequence, secretId, callbackUrl, receivedAt.getTime(), receivedAt.toISOString())
  }
}

/** Delivery ids are decimal strings of the row id; anything else names no delivery. */
function deliveryKey (id: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(id) ? Number(id) : undefined
}

function toStoredEvent (row: EventRow): StoredEvent {
  return {
    sequence: row.sequence,
    eventId: row.event_id,
    webhookId: row.webhook_id,
    type: row.type,
    data: JSON.parse(row.data) as unknown,
    receivedAt: row.received_at,
  }
}

function toReview (row: ReviewRow): SmsReview {
  return {
    kind: row.kind,
    id: row.subject_id,
    name: row.name,
    status: row.status,
    reason: row.reason,
    reviewedAt: row.reviewed_at,
    receivedAt: row.received_at,
    eventId: row.event_id,
  }
}

function toDelivery (row: DeliveryRow): Delivery {
  return {
    id: String(row.id),
    eventId: row.event_id,
    secretId: row.secret_id,
    callbackUrl: row.callback_url,
    state: row.state,
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at === null ? null : new Date(row.next_attempt_at).toISOString(),
    deliveredAt: row.delivered_at,
    createdAt: row.created_at,
  }
}
