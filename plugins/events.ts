import fp from 'fastify-plugin'
import { EventHub } from '../src/events/event-hub.js'
import { fanOutEvents } from '../src/redis/event-fan-out.js'

/**
 * The in-process event hub: the callback receiver announces each stored
 * event, open GET /events streams wake up. Before the server closes, every
 * stream is ended, or their long-lived responses would hold the close.
 * With Redis, announcements reach the streams of every instance.
 */

declare module 'fastify' {
  interface FastifyInstance {
    events: EventHub
  }
}

export default fp(async (fastify) => {
  const hub = new EventHub()
  fastify.decorate('events', hub)
  const fanOut = fastify.redis === undefined ? undefined : fanOutEvents(hub, fastify.redis)
  fastify.addHook('preClose', async () => {
    fanOut?.stop()
    hub.closeAll()
  })
}, { name: 'events', dependencies: ['redis'] })
