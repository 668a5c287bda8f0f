import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { CatalogStatus } from '../../src/catalogs/catalog.js'
import type { Config } from '../../src/config.js'
import { errors } from '../../src/errors.js'
import { problemResponses } from '../../src/schemas/problem.js'
import '../../src/route-config.js'

/** GET /admin/sync and POST /admin/sync: the synced catalogs' state, and a sync now (the console's 同步资源). */

const SyncStatus = Type.Object({
  intervalSeconds: Type.Integer({ minimum: 0, description: 'SYNC_INTERVAL_S: seconds between scheduled syncs; 0 means only at start and on demand' }),
  catalogs: Type.Array(CatalogStatus),
}, { title: 'SyncStatus' })

const ERRORS = problemResponses([401, 403, 429])

const SyncQuery = Type.Object({
  catalog: Type.Optional(Type.String({ maxLength: 64, description: 'Sync only this catalog (its `name`); absent: every catalog' })),
}, { additionalProperties: false, title: 'SyncCatalogsQuery' })

export default async function syncAdminRoutes (fastify: FastifyInstance, { config }: { config: Pick<Config, 'SYNC_INTERVAL_S'> }) {
  const status = () => ({ intervalSeconds: config.SYNC_INTERVAL_S, catalogs: fastify.catalogs.statuses() })

  fastify.get('/admin/sync', {
    config: { scope: 'admin' },
    schema: {
      operationId: 'getSyncStatus',
      tags: ['admin'],
      summary: 'Catalog sync status',
      description: 'For each synced catalog (the permission catalog, the CDN price tiers): its last sync time (UTC), outcome, item count and last error.',
      security: [{ bearer: [] }],
      response: { 200: SyncStatus, ...ERRORS },
    },
  }, async () => status())

  fastify.post<{ Querystring: Static<typeof SyncQuery> }>('/admin/sync', {
    config: { scope: 'admin' },
    schema: {
      operationId: 'syncCatalogs',
      tags: ['admin'],
      summary: 'Sync the catalogs now',
      description: 'Syncs every catalog from the upstream, or only `?catalog=<name>` (joining a sync already under way), and answers their status when done. Answers 200 even when a sync fails: each catalog says how it went, and a failed one keeps serving its last good copy.',
      security: [{ bearer: [] }],
      querystring: SyncQuery,
      response: { 200: SyncStatus, ...problemResponses([400, 401, 403, 429]) },
    },
  }, async (request) => {
    const { catalog } = request.query
    if (catalog === undefined) {
      await fastify.catalogs.syncAll()
    } else {
      const synced = fastify.catalogs.syncOne(catalog)
      if (synced === undefined) throw unknownCatalog(catalog, fastify.catalogs.names)
      await synced
    }
    return status()
  })
}

function unknownCatalog (name: string, names: string[]) {
  const message = `is not a catalog; the catalogs are ${names.join(', ')}`
  return errors.validation(`querystring/catalog "${name}" ${message}`, [{ in: 'querystring', pointer: '/catalog', message }])
}
