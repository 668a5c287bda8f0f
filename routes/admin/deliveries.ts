import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { errors } from '../../src/errors.js'
import { Delivery, DeliveryStateSchema } from '../../src/relay/schemas.js'
import { Page, PageQuery } from '../../src/schemas/page.js'
import { problemResponses } from '../../src/schemas/problem.js'
import '../../src/route-config.js'

/** GET /admin/deliveries and POST /admin/deliveries/{id}/retry: the relay outbox, for operators. */

const DeliveriesQuery = Type.Object({
  state: Type.Optional(DeliveryStateSchema),
  ...PageQuery,
}, { additionalProperties: false, title: 'ListDeliveriesQuery' })

const DeliveryParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 32 }) })

export default async function deliveryAdminRoutes (fastify: FastifyInstance) {
  fastify.get<{ Querystring: Static<typeof DeliveriesQuery> }>('/admin/deliveries', {
    config: { scope: 'admin' },
    schema: {
      operationId: 'listDeliveries',
      tags: ['admin'],
      summary: 'List callback deliveries',
      description: 'One delivery per relayed event and API key with a callbackUrl, newest first: its state, attempts, last status or error and next attempt.',
      security: [{ bearer: [] }],
      querystring: DeliveriesQuery,
      response: { 200: Page(Delivery, 'DeliveryPage'), ...problemResponses([400, 401, 403, 429]) },
    },
  }, async (request) => {
    const { state, page, limit } = request.query
    const { items, total } = await fastify.store.callbacks.listDeliveries({ state }, { page, limit })
    return { items, page, limit, total, totalPages: Math.ceil(total / limit) }
  })

  fastify.post<{ Params: Static<typeof DeliveryParams> }>('/admin/deliveries/:id/retry', {
    config: { scope: 'admin' },
    schema: {
      operationId: 'retryDelivery',
      tags: ['admin'],
      summary: 'Retry a delivery now',
      description: 'Makes a pending or failed delivery due now and wakes the relay; answers 202 with the delivery as queued. A failed delivery gets one more attempt (and is failed again if it fails). A delivered one is not sent again (409).',
      security: [{ bearer: [] }],
      params: DeliveryParams,
      response: { 202: Delivery, ...problemResponses([401, 403, 404, 409, 429]) },
    },
  }, async (request, reply) => {
    const delivery = await fastify.store.callbacks.retryNow(request.params.id, Date.now())
    if (delivery === undefined) throw errors.notFound(`No delivery ${request.params.id}`)
    if (delivery.state === 'delivered') throw errors.deliveryAlreadyDelivered(delivery.id)
    fastify.relay.wake()
    return reply.code(202).send(delivery)
  })
}
