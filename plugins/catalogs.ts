import { randomUUID } from 'node:crypto'
import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import type { Operation } from '../src/operations/types.js'
import { Catalogs } from '../src/catalogs/catalogs.js'
import { runInTurn } from '../src/leases/run-in-turn.js'
import { invoke, NO_INPUT } from '../src/operations/invoke.js'

/**
 * Keeps the synced catalogs of the operation table in memory: a first sync
 * when the app is ready (in the background, so an unreachable upstream
 * never stops the gateway from starting), then every SYNC_INTERVAL_S
 * (0: only at start and on POST /admin/sync). The registrar serves catalog
 * rows through `fastify.catalogs`. The start and interval syncs hold the
 * store's `catalog-sync` lease while they run: instances sharing a store
 * sync one at a time.
 */

declare module 'fastify' {
  interface FastifyInstance {
    catalogs: Catalogs
  }
}

export interface CatalogsPluginOptions {
  config: Pick<Config, 'SYNC_INTERVAL_S'>
  operations: readonly Operation[]
}

export default fp<CatalogsPluginOptions>(async (fastify, { config, operations }) => {
  const catalogs = new Catalogs(operations, async (operation) => (await invoke(fastify.upstream, operation, NO_INPUT, { requestId: `sync-${randomUUID()}` })).answer)
  fastify.decorate('catalogs', catalogs)

  const syncAll = async (reason: string) => {
    for (const status of await catalogs.syncAll()) {
      if (status.lastError === null) fastify.log.info({ catalog: status.name, items: status.itemCount, reason }, 'catalog synced')
      else fastify.log.warn({ catalog: status.name, reason, error: status.lastError }, 'catalog sync failed; serving the last good copy, or the upstream directly until a sync succeeds')
    }
  }

  // Each instance fills its own memory, but in turn: several starting together do not all call
  // the upstream at once. POST /admin/sync does not wait for a turn.
  const closing = new AbortController()
  const owner = `catalogs-${randomUUID()}`
  let turn: Promise<unknown> = Promise.resolve()
  const scheduledSync = (reason: string) => {
    turn = runInTurn({ leases: fastify.store.leases, name: SYNC_LEASE, owner, ttlMs: SYNC_LEASE_MS, retryMs: SYNC_TURN_RETRY_MS, signal: closing.signal }, () => syncAll(reason))
      .catch((error: unknown) => fastify.log.error({ err: error, reason }, 'catalog sync could not take its turn (store unreachable); the next one will try again'))
  }

  let timer: NodeJS.Timeout | undefined
  fastify.addHook('onReady', async () => {
    if (catalogs.size === 0) return
    scheduledSync('start')
    if (config.SYNC_INTERVAL_S > 0) timer = setInterval(() => scheduledSync('interval'), config.SYNC_INTERVAL_S * 1000).unref()
  })
  fastify.addHook('onClose', async () => {
    clearInterval(timer)
    closing.abort()
    // A sync under way finishes and gives the lease back before the store closes.
    await turn
  })
}, { name: 'catalogs', dependencies: ['upstream', 'store'] })

const SYNC_LEASE = 'catalog-sync'
/** Longer than any sync (each catalog's call is bounded by UPSTREAM_TIMEOUT_MS), so only a crashed holder's lease runs out. */
const SYNC_LEASE_MS = 5 * 60_000
const SYNC_TURN_RETRY_MS = 1_000
