import { Type } from '@sinclair/typebox'
import { Nullable, StringEnum } from '../schemas/primitives.js'
import { REVIEW_KINDS, REVIEW_STATUSES } from './review-event.js'

/** Answer shapes of the callback receiver and of the SMS review reads. */

export const UtcTime = (description: string) => Type.String({ format: 'date-time', description: `${description}; UTC, ISO 8601 with Z` })

export const ReviewKindSchema = StringEnum(REVIEW_KINDS, 'signature or template')
export const ReviewStatusSchema = StringEnum(REVIEW_STATUSES)

export const SmsReview = Type.Object({
  kind: ReviewKindSchema,
  id: Type.String({ description: 'The signature\'s or template\'s id, as the upstream sent it' }),
  name: Nullable(Type.String()),
  status: ReviewStatusSchema,
  reason: Nullable(Type.String({ description: 'Why it was rejected, when the upstream says' })),
  reviewedAt: Nullable(Type.String({ description: 'The upstream\'s review time: ISO 8601 (+08:00 for the upstream\'s own formats) when readable, else as sent' })),
  receivedAt: UtcTime('When the gateway stored the callback'),
  eventId: Type.String({ description: 'The stored event this result came from (also on GET /events and in relayed webhooks)' }),
}, { title: 'SmsReview' })

export const CallbackReceipt = Type.Object({
  status: StringEnum(['stored', 'duplicate'] as const, '`duplicate`: this webhook-id was stored before; nothing new was written'),
  eventIds: Type.Array(Type.String(), { description: 'The stored events of this webhook-id, in body order' }),
}, { title: 'CallbackReceipt' })
