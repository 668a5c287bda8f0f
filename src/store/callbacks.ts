/**
 * Durable state of the SMS review callbacks: the events received, the
 * latest review of each signature and template, and the relay outbox.
 * Times the gateway makes are UTC ISO strings; due times are epoch ms.
 */

export type ReviewKind = 'signature' | 'template'
export type ReviewStatus = 'approved' | 'rejected'
export type DeliveryState = 'pending' | 'delivered' | 'failed'

/** The gateway's representation of one review result (docs/api.md, "SMS review callbacks"). */
export interface SmsReviewData {
  id: string
  name: string | null
  status: ReviewStatus
  reason: string | null
  /** ISO 8601 when the sender's value could be read as a time, else as given. */
  reviewedAt: string | null
}

/** One event of a callback, as the receiver understood it. */
export interface NewCallbackEvent {
  type: string
  /** The element of the body this event came from, verbatim (the raw body for form posts). */
  raw: string
  /** What is streamed and relayed: a review's data, or `{contentType, body}` for raw posts. */
  data: unknown
  /** Present when the event is a review result. */
  review?: { kind: ReviewKind, data: SmsReviewData, rankedAtMs: number }
}

export interface CallbackTargetRef {
  secretId: string
  callbackUrl: string
}

export interface NewCallback {
  webhookId: string
  contentType: string
  receivedAt: Date
  events: NewCallbackEvent[]
  /** Every callback target at the time of receipt: each gets one outbox row per event. */
  targets: CallbackTargetRef[]
}

export interface StoredEvent {
  /** Order of receipt; the SSE event id. */
  sequence: number
  eventId: string
  webhookId: string
  type: string
  data: unknown
  receivedAt: string
}

export interface RecordedCallback {
  /** True when this webhook-id had been stored before; nothing was written. */
  duplicate: boolean
  events: StoredEvent[]
}

export interface SmsReview extends SmsReviewData {
  kind: ReviewKind
  receivedAt: string
  eventId: string
}

export interface PageRequest {
  page: number
  limit: number
}

export interface PageOf<T> {
  items: T[]
  total: number
}

export interface Delivery {
  id: string
  eventId: string
  secretId: string
  callbackUrl: string
  state: DeliveryState
  attempts: number
  lastStatus: number | null
  lastError: string | null
  nextAttemptAt: string | null
  deliveredAt: string | null
  createdAt: string
}

/** A pending delivery with what the relay needs to send it. */
export interface DueDelivery {
  id: string
  secretId: string
  callbackUrl: string
  attempts: number
  event: StoredEvent
}

export type AttemptOutcome =
  | { ok: true, status: number }
  | { ok: false, status: number | null, error: string }

export interface DeliveryClaim {
  /** The relay worker claiming, unique per process. */
  owner: string
  nowMs: number
  limit: number
  leaseMs: number
}

export interface RecordedAttempt {
  /** The worker that claimed the delivery. */
  owner: string
  outcome: AttemptOutcome
  retryAtMs: number | null
  /** The URL the attempt went to: the key's current one, which may have changed since the event was queued. */
  callbackUrl: string
  at: Date
}

export interface CallbackRepository {
  /**
   * Stores the events and their outbox rows in one transaction, committed
   * before it resolves; a webhook-id seen before writes nothing.
   */
  record: (callback: NewCallback) => Promise<RecordedCallback>
  /** The sequence of the newest event, 0 when there is none. */
  latestSequence: () => Promise<number>
  /** Events received after `sequence`, oldest first. */
  eventsAfter: (sequence: number, limit: number) => Promise<StoredEvent[]>
  /** The latest review of each signature and template, most recent first. */
  listReviews: (filter: { kind?: ReviewKind, status?: ReviewStatus }, page: PageRequest) => Promise<PageOf<SmsReview>>
  latestReview: (kind: ReviewKind, id: string) => Promise<SmsReview | undefined>

  listDeliveries: (filter: { state?: DeliveryState }, page: PageRequest) => Promise<PageOf<Delivery>>
  getDelivery: (id: string) => Promise<Delivery | undefined>
  /**
   * Claims up to `limit` pending deliveries due at `nowMs` for `owner` until
   * `nowMs + leaseMs`, oldest due first. A delivery claimed by another owner
   * is skipped until its lease has run out (that owner crashed): each
   * delivery is sent by one relay worker at a time, across every instance.
   */
  claimDue: (claim: DeliveryClaim) => Promise<DueDelivery[]>
  /** When the next delivery not claimed by `owner` becomes due (or its lease runs out), if any. */
  nextDueAt: (owner: string, nowMs: number) => Promise<number | undefined>
  /**
   * Records one attempt: delivered on success; otherwise pending until
   * `retryAtMs`, or failed when it is null (schedule exhausted). The claim
   * ends either way. A failure is not recorded when another owner has
   * taken the delivery over; a success always is (it was acknowledged).
   */
  recordAttempt: (id: string, attempt: RecordedAttempt) => Promise<void>
  /** Gives up `owner`'s claims on deliveries it did not attempt (it is stopping), so another worker can take them at once. */
  releaseClaims: (owner: string) => Promise<void>
  /** Makes a pending or failed delivery due at `nowMs`; undefined when unknown. */
  retryNow: (id: string, nowMs: number) => Promise<Delivery | undefined>
}
