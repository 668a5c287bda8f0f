import { randomUUID } from 'node:crypto'
import { readPage } from './paging.js'
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely'
import type {
  CallbackRepository, Delivery, DeliveryClaim, DeliveryState, DueDelivery, NewCallback, NewCallbackEvent,
  PageOf, PageRequest, RecordedAttempt, RecordedCallback, ReviewKind, ReviewStatus, SmsReview, StoredEvent,
} from '../callbacks.js'
import type { Connection } from '../connection.js'
import type { CallbackEventsTable, Database } from '../schema.js'

/**
 * The callback tables, on either database: events, the latest review of
 * each subject, and the relay outbox. Every write that must be kept before
 * the gateway answers 2xx commits before its promise resolves.
 */

/**
 * Readers follow events by sequence (`eventsAfter(cursor)`: /events, Last-Event-ID), so an
 * event must never become visible after one with a higher sequence. PostgreSQL hands out
 * sequence values when a transaction asks and shows the rows when it commits, so two
 * concurrent callbacks could commit out of order and a stream whose cursor passed the
 * later one would never send the earlier. Recording transactions therefore take this
 * transaction-level advisory lock first: one at a time, values are taken and committed in
 * order. (SQLite has one writer at a time already.) The number is this lock's own.
 */
const EVENT_ORDER_LOCK = 0x76636777 // "vcgw"

type EventRow = Pick<Selectable<CallbackEventsTable>, 'sequence' | 'event_id' | 'webhook_id' | 'type' | 'data' | 'received_at'>

const EVENT_COLUMNS = ['e.sequence', 'e.event_id', 'e.webhook_id', 'e.type', 'e.data', 'e.received_at'] as const
const REVIEW_COLUMNS = ['r.kind', 'r.subject_id', 'r.name', 'r.status', 'r.reason', 'r.reviewed_at', 'e.received_at', 'e.event_id'] as const
const DELIVERY_COLUMNS = ['d.id', 'e.event_id', 'd.secret_id', 'd.callback_url', 'd.state', 'd.attempts', 'd.last_status',
  'd.last_error', 'd.next_attempt_at', 'd.delivered_at', 'd.created_at'] as const

export class KyselyCallbacks implements CallbackRepository {
  private readonly db

  constructor (private readonly connection: Connection) {
    this.db = connection.db
  }

  async record (callback: NewCallback): Promise<RecordedCallback> {
    try {
      return await this.connection.writeTransaction(async (trx) => {
        if (this.connection.kind === 'postgres') await sql`select pg_advisory_xact_lock(${EVENT_ORDER_LOCK})`.execute(trx)
        const previous = await eventsOfWebhook(trx, callback.webhookId)
        if (previous.length > 0) return { duplicate: true, events: previous }
        const events: StoredEvent[] = []
        for (const [position, event] of callback.events.entries()) events.push(await insertEvent(trx, callback, event, position))
        const deliveries = events.flatMap((event) => callback.targets.map((target) => ({
          event_sequence: event.sequence,
          secret_id: target.secretId,
          callback_url: target.callbackUrl,
          state: 'pending' as const,
          next_attempt_at: callback.receivedAt.getTime(),
          created_at: callback.receivedAt.toISOString(),
        })))
        if (deliveries.length > 0) await trx.insertInto('callback_deliveries').values(deliveries).execute()
        return { duplicate: false, events }
      })
    } catch (error) {
      // Two instances received the same webhook-id at once: the other committed first, so this one is the repeat.
      if (!this.connection.isUniqueViolation(error)) throw error
      const stored = await eventsOfWebhook(this.db, callback.webhookId)
      if (stored.length === 0) throw error
      return { duplicate: true, events: stored }
    }
  }

  async latestSequence (): Promise<number> {
    const { latest } = await this.db.selectFrom('callback_events').select((eb) => eb.fn.max('sequence').as('latest')).executeTakeFirstOrThrow()
    return latest ?? 0
  }

  async eventsAfter (sequence: number, limit: number): Promise<StoredEvent[]> {
    const rows = await this.db.selectFrom('callback_events as e').select(EVENT_COLUMNS)
      .where('e.sequence', '>', sequence).orderBy('e.sequence').limit(limit).execute()
    return rows.map(toStoredEvent)
  }

  async listReviews (filter: { kind?: ReviewKind, status?: ReviewStatus }, page: PageRequest): Promise<PageOf<SmsReview>> {
    const from = this.latestReviews()
      .$if(filter.kind !== undefined, (query) => query.where('r.kind', '=', filter.kind as ReviewKind))
      .$if(filter.status !== undefined, (query) => query.where('r.status', '=', filter.status as ReviewStatus))
    return readPage(from, (query) => query.select(REVIEW_COLUMNS).orderBy('l.ranked_at_ms', 'desc').orderBy('l.event_sequence', 'desc'), toReview, page)
  }

  async latestReview (kind: ReviewKind, id: string): Promise<SmsReview | undefined> {
    const row = await this.latestReviews().select(REVIEW_COLUMNS)
      .where('l.kind', '=', kind).where('l.subject_id', '=', id).executeTakeFirst()
    return row === undefined ? undefined : toReview(row)
  }

  async listDeliveries (filter: { state?: DeliveryState }, page: PageRequest): Promise<PageOf<Delivery>> {
    const from = this.deliveries().$if(filter.state !== undefined, (query) => query.where('d.state', '=', filter.state as DeliveryState))
    return readPage(from, (query) => query.select(DELIVERY_COLUMNS).orderBy('d.id', 'desc'), toDelivery, page)
  }

  async getDelivery (id: string): Promise<Delivery | undefined> {
    const key = deliveryKey(id)
    if (key === undefined) return undefined
    const row = await this.deliveries().select(DELIVERY_COLUMNS).where('d.id', '=', key).executeTakeFirst()
    return row === undefined ? undefined : toDelivery(row)
  }

  async claimDue ({ owner, nowMs, limit, leaseMs }: DeliveryClaim): Promise<DueDelivery[]> {
    if (limit <= 0) return []
    return this.connection.writeTransaction(async (trx) => {
      const free = trx.selectFrom('callback_deliveries').select('id')
        .where('state', '=', 'pending').where('next_attempt_at', '<=', nowMs).where(leaseOver(nowMs))
        .orderBy('next_attempt_at').orderBy('id').limit(limit)
        // PostgreSQL: rows another instance is claiming right now are passed over, not waited for.
        // SQLite has one writer at a time (BEGIN IMMEDIATE), so nothing can be claiming beside us.
        .$if(this.connection.kind === 'postgres', (query) => query.forUpdate().skipLocked())
      const claimed = await trx.updateTable('callback_deliveries').set({ claimed_by: owner, lease_until: nowMs + leaseMs })
        .where('id', 'in', free).where(leaseOver(nowMs)).returning('id').execute()
      if (claimed.length === 0) return []
      const rows = await trx.selectFrom('callback_deliveries as d').innerJoin('callback_events as e', 'e.sequence', 'd.event_sequence')
        .select(['d.id', 'd.secret_id', 'd.callback_url', 'd.attempts', 'd.next_attempt_at', ...EVENT_COLUMNS])
        .where('d.id', 'in', claimed.map((row) => row.id)).orderBy('d.next_attempt_at').orderBy('d.id').execute()
      return rows.map((row) => ({
        id: String(row.id),
        secretId: row.secret_id,
        callbackUrl: row.callback_url,
        attempts: row.attempts,
        event: toStoredEvent(row),
      }))
    })
  }

  async nextDueAt (owner: string, nowMs: number): Promise<number | undefined> {
    const { next } = await this.db.selectFrom('callback_deliveries')
      .select((eb) => eb.fn.min(eb.case()
        .when(eb.and([eb('lease_until', 'is not', null), eb('lease_until', '>', eb.ref('next_attempt_at'))])).then(eb.ref('lease_until'))
        .else(eb.ref('next_attempt_at')).end()).as('next'))
      .where('state', '=', 'pending')
      // What this worker holds is in its hands already; a finished attempt wakes it.
      .where((eb) => eb.or([eb('claimed_by', 'is', null), eb('claimed_by', '!=', owner), leaseOver(nowMs)(eb)]))
      .executeTakeFirstOrThrow()
    return next ?? undefined
  }

  async recordAttempt (id: string, { owner, outcome, retryAtMs, callbackUrl, at }: RecordedAttempt): Promise<void> {
    const key = deliveryKey(id)
    if (key === undefined) return
    const released = { claimed_by: null, lease_until: null, callback_url: callbackUrl }
    if (outcome.ok) {
      await this.db.updateTable('callback_deliveries')
        .set({ ...released, state: 'delivered', attempts: (eb) => eb('attempts', '+', 1), last_status: outcome.status, last_error: null, next_attempt_at: null, delivered_at: at.toISOString() })
        .where('id', '=', key).execute()
      return
    }
    await this.db.updateTable('callback_deliveries')
      .set({ ...released, state: retryAtMs === null ? 'failed' : 'pending', attempts: (eb) => eb('attempts', '+', 1), last_status: outcome.status, last_error: outcome.error, next_attempt_at: retryAtMs })
      .where('id', '=', key).where('state', '=', 'pending').where('claimed_by', '=', owner).execute()
  }

  async releaseClaims (owner: string): Promise<void> {
    await this.db.updateTable('callback_deliveries').set({ claimed_by: null, lease_until: null })
      .where('claimed_by', '=', owner).where('state', '=', 'pending').execute()
  }

  async retryNow (id: string, nowMs: number): Promise<Delivery | undefined> {
    const key = deliveryKey(id)
    if (key === undefined) return undefined
    await this.db.updateTable('callback_deliveries').set({ state: 'pending', next_attempt_at: nowMs })
      .where('id', '=', key).where('state', '!=', 'delivered').execute()
    return this.getDelivery(id)
  }

  private latestReviews () {
    return this.db.selectFrom('sms_review_latest as l')
      .innerJoin('sms_reviews as r', 'r.event_sequence', 'l.event_sequence')
      .innerJoin('callback_events as e', 'e.sequence', 'l.event_sequence')
  }

  private deliveries () {
    return this.db.selectFrom('callback_deliveries as d').innerJoin('callback_events as e', 'e.sequence', 'd.event_sequence')
  }
}

/** No live claim on the delivery: never claimed, released, or its lease ran out. */
function leaseOver (nowMs: number) {
  return (eb: ExpressionBuilder<Database, 'callback_deliveries'>) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', nowMs)])
}

async function eventsOfWebhook (db: Kysely<Database>, webhookId: string): Promise<StoredEvent[]> {
  const rows = await db.selectFrom('callback_events as e').select(EVENT_COLUMNS)
    .where('e.webhook_id', '=', webhookId).orderBy('e.position').execute()
  return rows.map(toStoredEvent)
}

async function insertEvent (trx: Kysely<Database>, callback: NewCallback, event: NewCallbackEvent, position: number): Promise<StoredEvent> {
  const eventId = `evt_${randomUUID().replaceAll('-', '')}`
  const receivedAt = callback.receivedAt.toISOString()
  const { sequence } = await trx.insertInto('callback_events').values({
    event_id: eventId,
    webhook_id: callback.webhookId,
    position,
    type: event.type,
    content_type: callback.contentType,
    raw: event.raw,
    data: JSON.stringify(event.data),
    received_at: receivedAt,
  }).returning('sequence').executeTakeFirstOrThrow()
  if (event.review !== undefined) await insertReview(trx, sequence, event.review)
  return { sequence, eventId, webhookId: callback.webhookId, type: event.type, data: event.data, receivedAt }
}

async function insertReview (trx: Kysely<Database>, sequence: number, { kind, data, rankedAtMs }: NonNullable<NewCallbackEvent['review']>): Promise<void> {
  await trx.insertInto('sms_reviews').values({
    event_sequence: sequence,
    kind,
    subject_id: data.id,
    name: data.name,
    status: data.status,
    reason: data.reason,
    reviewed_at: data.reviewedAt,
    ranked_at_ms: rankedAtMs,
  }).execute()
  // A review received late (an old result re-sent) must not replace a newer one.
  await trx.insertInto('sms_review_latest').values({ kind, subject_id: data.id, event_sequence: sequence, ranked_at_ms: rankedAtMs })
    .onConflict((conflict) => conflict.columns(['kind', 'subject_id'])
      .doUpdateSet((eb) => ({ event_sequence: eb.ref('excluded.event_sequence'), ranked_at_ms: eb.ref('excluded.ranked_at_ms') }))
      .where((eb) => eb.or([
        eb('excluded.ranked_at_ms', '>', eb.ref('sms_review_latest.ranked_at_ms')),
        eb.and([
          eb('excluded.ranked_at_ms', '=', eb.ref('sms_review_latest.ranked_at_ms')),
          eb('excluded.event_sequence', '>', eb.ref('sms_review_latest.event_sequence')),
        ]),
      ])))
    .execute()
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

function toReview (row: { kind: ReviewKind, subject_id: string, name: string | null, status: ReviewStatus, reason: string | null, reviewed_at: string | null, received_at: string, event_id: string }): SmsReview {
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

function toDelivery (row: { id: number, event_id: string, secret_id: string, callback_url: string, state: DeliveryState, attempts: number, last_status: number | null, last_error: string | null, next_attempt_at: number | null, delivered_at: string | null, created_at: string }): Delivery {
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
