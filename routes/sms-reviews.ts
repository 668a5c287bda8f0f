import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { ReviewKindSchema, ReviewStatusSchema, SmsReview } from '../src/callbacks/schemas.js'
import { errors } from '../src/errors.js'
import { Page, PageQuery } from '../src/schemas/page.js'
import { problemResponses } from '../src/schemas/problem.js'
import '../src/route-config.js'

/** GET /sms/reviews and GET /sms/reviews/{kind}/{id}: the review results received by POST /callbacks/sms. */

const ReviewsQuery = Type.Object({
  kind: Type.Optional(ReviewKindSchema),
  status: Type.Optional(ReviewStatusSchema),
  ...PageQuery,
}, { additionalProperties: false, title: 'ListSmsReviewsQuery' })

const ReviewParams = Type.Object({
  kind: ReviewKindSchema,
  id: Type.String({ minLength: 1, maxLength: 128 }),
})

const ERRORS = problemResponses([400, 401, 403, 429])

export default async function smsReviewRoutes (fastify: FastifyInstance) {
  fastify.get<{ Querystring: Static<typeof ReviewsQuery> }>('/sms/reviews', {
    config: { scope: 'read' },
    schema: {
      operationId: 'listSmsReviews',
      tags: ['sms'],
      summary: 'List SMS review results',
      description: 'The latest review result of each SMS signature and template, most recently reviewed first (review time when the upstream gave a readable one, else receipt time). `kind` and `status` filter on that latest result.',
      security: [{ bearer: [] }],
      querystring: ReviewsQuery,
      response: { 200: Page(SmsReview, 'SmsReviewPage'), ...ERRORS },
    },
  }, async (request) => {
    const { kind, status, page, limit } = request.query
    const { items, total } = await fastify.store.callbacks.listReviews({ kind, status }, { page, limit })
    return { items, page, limit, total, totalPages: Math.ceil(total / limit) }
  })

  fastify.get<{ Params: Static<typeof ReviewParams> }>('/sms/reviews/:kind/:id', {
    config: { scope: 'read' },
    schema: {
      operationId: 'getSmsReview',
      tags: ['sms'],
      summary: 'Get the latest review result of a signature or template',
      security: [{ bearer: [] }],
      params: ReviewParams,
      response: { 200: SmsReview, ...problemResponses([400, 401, 403, 404, 429]) },
    },
  }, async (request) => {
    const { kind, id } = request.params
    const review = await fastify.store.callbacks.latestReview(kind, id)
    if (review === undefined) throw errors.notFound(`No review result has been received for ${kind} ${id}`)
    return review
  })
}
