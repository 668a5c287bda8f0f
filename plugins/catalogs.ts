import { randomUUID } from 'node:crypto'
import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import type { Operation } from '../src/operations/types.js'
import { Catalogs } from '../src/catalogs/catalogs.js'
import { invoke, NO_INPUT } from '../src/operations/invoke.js'

/**
 * Keeps the synced catalogs of the operation table in memory: a first sync
 * when the app is ready (in the background, so an unreachable upstream
 * never stops the gateway from starting), then every SYNC_INTERVAL_S
 * (0: only at start and on POST /admin/sync). The registrar serves catalog
 * rows through `fastify.catalogs`.
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

  let timer: NodeJS.Timeout | undefined
  fastify.addHook('onReady', async () => {
    if (catalogs.size === 0) return
    void syncAll('start')
    if (config.SYNC_INTERVAL_S > 0) timer = setInterval(() => void syncAll('interval'), config.SYNC_INTERVAL_S * 1000).unref()
  })
  fastify.addHook('onClose', async () => clearInterval(timer))
}, { name: 'catalogs', dependencies: ['upstream'] })
