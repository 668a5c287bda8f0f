import type { Webhook } from 'standardwebhooks'
import type { StoredEvent } from '../store/callbacks.js'

/**
 * The Standard Webhooks request relaying one stored event. `webhook-id` is
 * the event id, the same on every attempt and for every target, so a
 * receiver can drop the repeats that at-least-once delivery may bring; the
 * timestamp and signature are made fresh for each attempt.
 */

export interface WebhookRequest {
  body: string
  headers: Record<string, string>
}

export function webhookRequest (event: StoredEvent, webhook: Webhook, now: Date): WebhookRequest {
  const body = JSON.stringify({ type: event.type, timestamp: event.receivedAt, eventId: event.eventId, data: event.data })
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'verycloud-gateway-relay',
      'webhook-id': event.eventId,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': webhook.sign(event.eventId, now, body),
    },
  }
}
