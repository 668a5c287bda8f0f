import fp from 'fastify-plugin'
import { EventHub } from '../src/events/event-hub.js'

/**
 * The in-process event hub: the callback receiver announces each stored
 * event, open GET /events streams wake up. Before the server closes, every
 * stream is ended, or their long-lived responses would hold the close.
 */

declare module 'fastify' {
  interface FastifyInstance {
    events: EventHub
  }
}

export default fp(async (fastify) => {
  const hub = new EventHub()
  fastify.decorate('events', hub)
  fastify.addHook('preClose', async () => { hub.closeAll() })
}, { name: 'events' })
