import { fastifySSE } from '@fastify/sse'
import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { streamEvents } from '../src/events/event-stream.js'
import { StreamSlots } from '../src/events/stream-slots.js'
import { problemResponses } from '../src/schemas/problem.js'
import type { StoredEvent } from '../src/store/callbacks.js'
import '../src/route-config.js'

/**
 * GET /events: every stored callback event as Server-Sent Events. `id:` is
 * the store's sequence, so a reconnecting client's Last-Event-ID replays
 * exactly what it missed, from the store, before live events follow.
 */

export const DEFAULT_HEARTBEAT_MS = 15_000

export interface EventRoutesOptions {
  /** Comment lines that keep idle connections (and proxies) open. */
  heartbeatMs?: number
  /** SSE_MAX_STREAMS_PER_KEY: the next stream of a key is refused with 429. */
  maxStreamsPerKey: number
}

const Cursor = Type.String({ pattern: '^\\d{1,15}$', description: 'An event id received before: the stream replays every event after it' })
const EventsHeaders = Type.Object({ 'last-event-id': Type.Optional(Cursor) })
const EventsQuery = Type.Object({ lastEventId: Type.Optional(Cursor) }, { additionalProperties: false, title: 'StreamEventsQuery' })

const STREAM_ROUTES = [
  { url: '/events', scope: 'read', operationId: 'streamEvents', tag: 'sms', summary: 'Stream callback events (Server-Sent Events)' },
  { url: '/admin/events', scope: 'admin', operationId: 'streamAdminEvents', tag: 'admin', summary: 'Stream callback events to an admin (Server-Sent Events)' },
] as const

const DESCRIPTION = `Server-Sent Events: one per stored callback event, with \`id:\` (increasing), \`event:\` (its type: \`sms.signature.reviewed\`, \`sms.template.reviewed\` or \`sms.callback.raw\`) and \`data:\` (JSON \`{eventId, type, receivedAt, data}\`).

Without a cursor the stream starts with the next event stored. To resume, send the last id received as \`Last-Event-ID\` (what EventSource does by itself on reconnect), or as the \`lastEventId\` query parameter (\`0\` replays everything): the events after it are replayed from the store, then live ones follow. A comment line is sent every 15 seconds while idle.`

export default async function eventRoutes (fastify: FastifyInstance, { heartbeatMs = DEFAULT_HEARTBEAT_MS, maxStreamsPerKey }: EventRoutesOptions) {
  await fastify.register(fastifySSE, { heartbeatInterval: heartbeatMs })
  const slots = new StreamSlots(maxStreamsPerKey)

  // The same stream for admins (the console), so scopes stay exact: `read` keys get /events, admins /admin/events.
  for (const route of STREAM_ROUTES) {
    fastify.get<{ Headers: Static<typeof EventsHeaders>, Querystring: Static<typeof EventsQuery> }>(route.url, {
      sse: 'manual',
      config: { scope: route.scope },
      schema: {
        operationId: route.operationId,
        tags: [route.tag],
        summary: route.summary,
        description: DESCRIPTION,
        security: [{ bearer: [] }],
        headers: EventsHeaders,
        querystring: EventsQuery,
        response: {
          200: { description: 'An endless text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
          ...problemResponses([400, 401, 403, 429]),
        },
      },
    }, async (request, reply) => {
      // Keys count per secretId; streams opened with the bootstrap admin token share one budget.
      const release = slots.take(request.apiKey?.secretId ?? '')
      let stopWatching = () => {}
      // Disabled, deleted, rotated, off its whitelist or without its scope: the stream ends like a client leaving.
      const revoked = new Promise<void>((resolve) => { stopWatching = fastify.onAccessRevoked(request, resolve) })
      try {
        await stream(request, reply, Promise.race([disconnected(request, reply), revoked]))
      } finally {
        stopWatching()
        release()
      }
    })
  }

  async function stream (request: FastifyRequest<{ Headers: Static<typeof EventsHeaders>, Querystring: Static<typeof EventsQuery> }>, reply: FastifyReply, ended: Promise<void>) {
    const cursor = request.headers['last-event-id'] ?? request.query.lastEventId
    // An event stream owns its connection: when it ends (client gone, server closing) the socket goes too,
    // rather than idling in keep-alive and holding up a graceful close.
    reply.header('connection', 'close')
    reply.sse.sendHeaders()
    // Node holds the head back until the first body byte; the client should not wait for a heart-beat to learn it is connected.
    reply.raw.flushHeaders()
    await streamEvents({
      hub: fastify.events,
      eventsAfter: (sequence, limit) => fastify.store.callbacks.eventsAfter(sequence, limit),
      // A cursor ahead of the store (a store started afresh) would wait for ids that mean other events: start from now.
      startAfter: async () => Math.min(cursor === undefined ? Infinity : Number(cursor), await fastify.store.callbacks.latestSequence()),
      send: async (event) => {
        try {
          await reply.sse.send(toMessage(event))
        } catch (error) {
          // The client left between two writes: the stream ends on its own ('close'); anything else is a fault.
          if (reply.sse.isConnected) throw error
        }
      },
      disconnected: ended,
    })
  }
}

function toMessage (event: StoredEvent) {
  return { id: String(event.sequence), event: event.type, data: { eventId: event.eventId, type: event.type, receivedAt: event.receivedAt, data: event.data } }
}

/** Also settled when the client left before the handler ran (its 'close' is then long past). */
function disconnected (request: FastifyRequest, reply: FastifyReply): Promise<void> {
  return new Promise((resolve) => {
    reply.raw.once('close', () => { resolve() })
    if (request.raw.socket.destroyed || reply.raw.destroyed) resolve()
  })
}
