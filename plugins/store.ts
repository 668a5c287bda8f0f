import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import { webhookSealer } from '../src/keys/webhook-sealer.js'
import type { Store } from '../src/store/store.js'
import { openStore } from '../src/store/open.js'

/** Opens the store (the embedded SQLite file unless DATABASE_URL says otherwise) and closes it last. */

declare module 'fastify' {
  interface FastifyInstance {
    store: Store
  }
}

export default fp<{ config: Config }>(async (fastify, { config }) => {
  const warn = (message: string) => fastify.log.warn(message)
  const store = await openStore(config, { sealer: webhookSealer(config, warn), warn })
  fastify.decorate('store', store)
  fastify.readiness.add('store', () => store.ping())
  fastify.addHook('onClose', async () => { await store.close() })
}, { name: 'store', dependencies: ['readiness'] })
