import type { Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { IdempotencyRecord, ListIdempotencyRecordsQuery } from '../../src/schemas/admin-records.js'
import { Page, pageAnswer } from '../../src/schemas/page.js'
import { problemResponses } from '../../src/schemas/problem.js'
import '../../src/route-config.js'

/** GET /admin/idempotency: Idempotency-Key records, above all the unknown outcomes an operator must reconcile. */

export default async function idempotencyAdminRoutes (fastify: FastifyInstance) {
  fastify.get<{ Querystring: Static<typeof ListIdempotencyRecordsQuery> }>('/admin/idempotency', {
    config: { scope: 'admin' },
    schema: {
      operationId: 'listIdempotencyRecords',
      tags: ['admin'],
      summary: 'List Idempotency-Key records',
      description: 'Every Idempotency-Key seen in the last IDEMPOTENCY_TTL_S, newest first. `state=unknown` lists the writes whose outcome could not be learnt (upstream timeout or reset, or a gateway stopped mid-flight): they are never re-sent under their key, so reconcile each with the upstream\'s records by its time and request id.',
      security: [{ bearer: [] }],
      querystring: ListIdempotencyRecordsQuery,
      response: { 200: Page(IdempotencyRecord, 'IdempotencyRecordPage'), ...problemResponses([400, 401, 403, 429]) },
    },
  }, async (request) => {
    const { state, page, limit } = request.query
    const { items, total } = await fastify.store.idempotency.list(state === undefined ? {} : { state }, { page, limit })
    return pageAnswer(items.map((record) => ({
      idempotencyKey: record.idempotencyKey,
      secretId: record.scope,
      operationId: record.operationId,
      path: record.path,
      state: record.state,
      status: record.answer?.status ?? null,
      requestId: record.requestId,
      createdAt: record.createdAt,
      expiresAt: record.expiresAt,
    })), total, { page, limit })
  })
}
