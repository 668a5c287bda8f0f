import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import { webhookSealer } from '../src/keys/webhook-sealer.js'
import type { Store } from '../src/store/store.js'
import { join } from 'node:path'
import { errors } from '../src/errors.js'
import { holdDataDir, prepareDataDir, watchDatabaseFile } from '../src/store/data-dir.js'
import { isPostgresUrl, openStore, SQLITE_FILE } from '../src/store/open.js'

/**
 * Opens the store (the embedded SQLite file unless DATABASE_URL says
 * otherwise) and closes it last. On the embedded store it also holds
 * DATA_DIR for this gateway and watches the database file: deleted,
 * replaced or unreadable, /readyz is 503 and every write is a 503.
 */

declare module 'fastify' {
  interface FastifyInstance {
    store: Store
  }
}

export default fp<{ config: Config }>(async (fastify, { config }) => {
  const warn = (message: string) => fastify.log.warn(message)
  const embedded = !isPostgresUrl(config.DATABASE_URL) && config.DATA_DIR !== ':memory:'
  if (embedded) prepareDataDir(config.DATA_DIR)
  // One gateway per DATA_DIR: a second refuses to start (exit 78) naming the first.
  const release = embedded ? holdDataDir(config.DATA_DIR) : () => {}
  let store: Store
  try {
    store = await openStore(config, { sealer: webhookSealer(config, warn), warn })
  } catch (error) {
    release()
    throw error
  }
  fastify.decorate('store', store)
  fastify.addHook('onClose', async () => {
    await store.close()
    release()
  })

  const fileProblem = embedded ? watchDatabaseFile(join(config.DATA_DIR, SQLITE_FILE)) : () => undefined
  fastify.readiness.add('store', async () => {
    const problem = fileProblem()
    if (problem !== undefined) throw new Error(problem)
    await store.ping()
  })
  // A write into a deleted or replaced file would be acknowledged and lost: refuse every write instead.
  // (A shared database has no file here to watch, so it needs no hook.)
  if (embedded) {
    fastify.addHook('onRequest', (request, _reply, done) => {
      const problem = READ_METHODS.has(request.method) ? undefined : fileProblem()
      done(problem === undefined ? undefined : errors.storeUnavailable(problem))
    })
  }
}, { name: 'store', dependencies: ['readiness'] })

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
