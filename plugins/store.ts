import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import type { Store } from '../src/store/store.js'
import { openSqliteStore } from '../src/store/sqlite/index.js'

/** Opens the store (the embedded SQLite file unless DATABASE_URL says otherwise) and closes it last. */

declare module 'fastify' {
  interface FastifyInstance {
    store: Store
  }
}

export default fp<{ config: Config }>(async (fastify, { config }) => {
  if (config.DATABASE_URL !== undefined && /^postgres/.test(config.DATABASE_URL)) {
    throw new Error('DATABASE_URL=postgres://… is not supported yet: unset it to use the embedded store under DATA_DIR')
  }
  const store = openSqliteStore(config.DATA_DIR)
  fastify.decorate('store', store)
  fastify.readiness.add('store', () => store.ping())
  fastify.addHook('onClose', async () => { await store.close() })
}, { name: 'store', dependencies: ['readiness'] })
