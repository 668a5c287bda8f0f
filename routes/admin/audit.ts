import type { Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { AuditEntry, ListAuditEntriesQuery } from '../../src/schemas/admin-records.js'
import { Page, pageAnswer } from '../../src/schemas/page.js'
import { problemResponses } from '../../src/schemas/problem.js'
import '../../src/route-config.js'

/** GET /admin/audit: every write through the gateway, newest first. */

export default async function auditAdminRoutes (fastify: FastifyInstance) {
  fastify.get<{ Querystring: Static<typeof ListAuditEntriesQuery> }>('/admin/audit', {
    config: { scope: 'admin' },
    schema: {
      operationId: 'listAuditEntries',
      tags: ['admin'],
      summary: 'List the audit log',
      description: 'Every write through the gateway (resource writes, and admin changes to keys, deliveries and syncs), newest first: when (UTC), who, what, the request id and Idempotency-Key, the status and outcome, the upstream\'s code and message, and for money moves the amount or bytes. No body, secret, token or password is ever kept. Kept AUDIT_RETENTION_DAYS.',
      security: [{ bearer: [] }],
      querystring: ListAuditEntriesQuery,
      response: { 200: Page(AuditEntry, 'AuditEntryPage'), ...problemResponses([400, 401, 403, 429]) },
    },
  }, async (request) => {
    const { page, limit, from, to, ...filter } = request.query
    const { items, total } = await fastify.store.audit.list({
      ...filter,
      ...(from === undefined ? {} : { from: new Date(from).toISOString() }),
      ...(to === undefined ? {} : { to: new Date(to).toISOString() }),
    }, { page, limit })
    return pageAnswer(items, total, { page, limit })
  })
}
