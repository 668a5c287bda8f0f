import { randomUUID } from 'node:crypto'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Config } from '../../src/config.js'
import { eventsFromBody, FORM_MEDIA_TYPE, JSON_MEDIA_TYPE } from '../../src/callbacks/callback-body.js'
import { ReviewEventSchema } from '../../src/callbacks/review-event.js'
import { CallbackReceipt } from '../../src/callbacks/schemas.js'
import { verifySignature, webhookIdOf } from '../../src/callbacks/signature.js'
import { webhookFor } from '../../src/callbacks/webhook-secret.js'
import { errors } from '../../src/errors.js'
import { rangesFromConfig } from '../../src/net/ip-ranges.js'
import { problemResponses } from '../../src/schemas/problem.js'
import '../../src/route-config.js'

/**
 * POST /callbacks/sms: the upstream's SMS review results. The sender is
 * checked against CALLBACK_IP_WHITELIST (if set) before the body is read,
 * and the Standard Webhooks signature (if CALLBACK_SECRET is set) over the
 * exact bytes received; with neither configured every call is refused.
 * The events are committed, with their relay outbox rows, before the 200.
 */

const DESCRIPTION = `Receives the upstream's SMS signature and template review results.

Signed as Standard Webhooks: \`webhook-id\`, \`webhook-timestamp\` (unix seconds, at most 5 minutes off) and \`webhook-signature\` (one or more space-separated \`v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{raw body}">\`, keyed with CALLBACK_SECRET). Callers may also be limited to CALLBACK_IP_WHITELIST; with neither configured, every call is refused with 403.

The body is one review result \`{"type": "sms.signature.reviewed" | "sms.template.reviewed", "data": {"id", "name", "status": "approved" | "rejected", "reason", "reviewedAt"}}\` or a JSON array of them; a form-encoded body is stored raw as one \`sms.callback.raw\` event. The events are stored durably before the 200; a repeated \`webhook-id\` answers 200 with \`status: "duplicate"\` and stores nothing.`

/**
 * For the OpenAPI document only: the route's validator is switched off,
 * because the body must stay raw bytes until the signature is checked, and
 * the code checks headers and body itself (401 before 400).
 */
const DOCUMENTED_HEADERS = Type.Object({
  'webhook-id': Type.Optional(Type.String({ description: 'Unique per message; a repeat is acknowledged and not stored again. Required when CALLBACK_SECRET is set' })),
  'webhook-timestamp': Type.Optional(Type.String({ description: 'Unix seconds; refused when more than 5 minutes off' })),
  'webhook-signature': Type.Optional(Type.String({ description: 'Space-separated `v1,<base64>` entries; one must match' })),
})
const DOCUMENTED_BODY = {
  content: {
    [JSON_MEDIA_TYPE]: { schema: Type.Union([ReviewEventSchema, Type.Array(ReviewEventSchema, { minItems: 1, maxItems: 100 })]) },
    [FORM_MEDIA_TYPE]: { schema: Type.String({ description: 'Stored raw, as one sms.callback.raw event' }) },
  },
}

export interface SmsCallbackRoutesOptions {
  config: Config
}

export default async function smsCallbackRoutes (fastify: FastifyInstance, { config }: SmsCallbackRoutesOptions) {
  const verifier = config.CALLBACK_SECRET === undefined ? undefined : webhookFor(config.CALLBACK_SECRET)
  const senders = rangesFromConfig('CALLBACK_IP_WHITELIST', config.CALLBACK_IP_WHITELIST)
  if (verifier === undefined && senders.isEmpty) fastify.log.warn('POST /callbacks/sms refuses every call: set CALLBACK_SECRET and/or CALLBACK_IP_WHITELIST')

  // The signature covers the exact bytes sent, so this context keeps bodies as they came.
  fastify.removeAllContentTypeParsers()
  fastify.addContentTypeParser([JSON_MEDIA_TYPE, FORM_MEDIA_TYPE], { parseAs: 'buffer' }, (_request, body, done) => { done(null, body) })

  fastify.post('/callbacks/sms', {
    schema: {
      operationId: 'receiveSmsReviewCallback',
      tags: ['sms'],
      summary: 'Receive an SMS review callback',
      description: DESCRIPTION,
      security: [],
      headers: DOCUMENTED_HEADERS,
      body: DOCUMENTED_BODY,
      response: { 200: CallbackReceipt, ...problemResponses([400, 401, 403, 413, 415, 429, 503]) },
    },
    validatorCompiler: () => () => true,
    config: { limitPerIp: true },
    // Before the body is read: an unconfigured endpoint or an unknown sender costs nothing.
    onRequest: async (request) => {
      if (verifier === undefined && senders.isEmpty) throw errors.callbacksNotConfigured()
      if (!senders.isEmpty && !senders.includes(request.clientIp)) throw errors.callbackIpNotAllowed(request.clientIp)
    },
  }, async (request) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
    const webhookId = verifier === undefined ? unsignedWebhookId(request) : verifySignature(verifier, body, request.headers).webhookId
    const receivedAt = new Date()
    const mediaType = mediaTypeOf(request)
    const events = eventsFromBody(body, mediaType, receivedAt)
    const targets = (await fastify.store.apiKeys.listCallbackTargets()).map(({ secretId, callbackUrl }) => ({ secretId, callbackUrl }))
    const recorded = await fastify.store.callbacks.record({ webhookId, contentType: mediaType, receivedAt, events, targets })
    const eventIds = recorded.events.map((event) => event.eventId)
    if (recorded.duplicate) {
      request.log.info({ webhookId, eventIds }, 'callback: repeated webhook-id acknowledged, nothing stored')
      return { status: 'duplicate' as const, eventIds }
    }
    request.log.info({ webhookId, eventIds, targets: targets.length }, 'callback: stored')
    const last = recorded.events.at(-1)
    if (last !== undefined) fastify.events.publish(last.sequence)
    fastify.relay.wake()
    return { status: 'stored' as const, eventIds }
  })
}

/** Senders admitted by IP alone may omit webhook-id; their repeats then cannot be recognised. */
function unsignedWebhookId (request: FastifyRequest): string {
  return webhookIdOf(request.headers) ?? `gw_${randomUUID()}`
}

function mediaTypeOf (request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? ''
}
