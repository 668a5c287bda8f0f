import { Type } from '@sinclair/typebox'
import { UtcTime } from '../callbacks/schemas.js'
import { Nullable, StringEnum } from '../schemas/primitives.js'

/** The admin view of the relay outbox. */

export const DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const

export const DeliveryStateSchema = StringEnum(DELIVERY_STATES, '`pending`: waiting for its next attempt; `delivered`: a 2xx was received; `failed`: every scheduled attempt failed')

export const Delivery = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  secretId: Type.String({ description: 'The API key whose callbackUrl receives the event' }),
  callbackUrl: Type.String({ description: 'Where the last attempt went (the key\'s callbackUrl at that time)' }),
  state: DeliveryStateSchema,
  attempts: Type.Integer({ minimum: 0 }),
  lastStatus: Nullable(Type.Integer({ description: 'HTTP status of the last attempt; null when no answer came' })),
  lastError: Nullable(Type.String()),
  nextAttemptAt: Nullable(UtcTime('When the next attempt is due; null unless pending')),
  deliveredAt: Nullable(UtcTime('When the 2xx was received')),
  createdAt: UtcTime('When the event was queued'),
}, { title: 'Delivery' })
