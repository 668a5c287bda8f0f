import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { ApiKey, ApiKeyParams, CreateApiKey, CreatedApiKey, RotateApiKeyQuery, RotatedApiKey, UpdateApiKey } from '../../src/keys/api-key-schemas.js'
import { Page, PageQuery } from '../../src/schemas/page.js'
import { problemResponses } from '../../src/schemas/problem.js'
import '../../src/route-config.js'

/** The admin API for keys (docs/api.md, "Admin API"): the console's API密钥管理 as routes. */

const ADMIN = {
  config: { scope: 'admin' as const },
  tags: ['admin'],
  security: [{ bearer: [] }],
}
const READ_ERRORS = [400, 401, 403, 404, 429]
const WRITE_ERRORS = [...READ_ERRORS, 413, 415]

export default async function apiKeyRoutes (app: FastifyInstance) {
  const fastify = app.withTypeProvider<TypeBoxTypeProvider>()
  const { config, ...doc } = ADMIN

  fastify.post('/admin/api-keys', {
    config,
    schema: {
      ...doc,
      operationId: 'createApiKey',
      summary: 'Create an API key',
      description: 'Makes a key with its secretKey and webhookSecret. Both are in this answer only: the gateway keeps a hash of the secretKey and the webhookSecret sealed, and never shows either again.',
      body: CreateApiKey,
      response: { 201: CreatedApiKey, ...problemResponses(WRITE_ERRORS.filter((status) => status !== 404)) },
    },
  }, async (request, reply) => {
    reply.code(201)
    return fastify.apiKeys.create(request.body)
  })

  fastify.get('/admin/api-keys', {
    config,
    schema: {
      ...doc,
      operationId: 'listApiKeys',
      summary: 'List API keys',
      description: 'Newest first. Never shows a secret.',
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: { 200: Page(ApiKey, 'ApiKeyPage'), ...problemResponses(READ_ERRORS.filter((status) => status !== 404)) },
    },
  }, async (request) => fastify.apiKeys.list(request.query.page, request.query.limit))

  fastify.get('/admin/api-keys/:secretId', {
    config,
    schema: {
      ...doc,
      operationId: 'getApiKey',
      summary: 'Get an API key',
      description: 'Never shows a secret.',
      params: ApiKeyParams,
      response: { 200: ApiKey, ...problemResponses(READ_ERRORS) },
    },
  }, async (request) => fastify.apiKeys.get(request.params.secretId))

  fastify.patch('/admin/api-keys/:secretId', {
    config,
    schema: {
      ...doc,
      operationId: 'updateApiKey',
      summary: 'Update an API key',
      description: 'Changes scopes, IP whitelist, callback URL (`null` removes it), note or disabled. Takes effect on the next request.',
      params: ApiKeyParams,
      body: UpdateApiKey,
      response: { 200: ApiKey, ...problemResponses(WRITE_ERRORS) },
    },
  }, async (request) => fastify.apiKeys.update(request.params.secretId, request.body))

  fastify.delete('/admin/api-keys/:secretId', {
    config,
    schema: {
      ...doc,
      operationId: 'deleteApiKey',
      summary: 'Delete an API key',
      description: 'The key stops working at once.',
      params: ApiKeyParams,
      response: { 204: { type: 'null', description: 'Deleted' }, ...problemResponses(READ_ERRORS) },
    },
  }, async (request, reply) => {
    await fastify.apiKeys.delete(request.params.secretId)
    return reply.code(204).send()
  })

  fastify.post('/admin/api-keys/:secretId/rotate', {
    config,
    schema: {
      ...doc,
      operationId: 'rotateApiKey',
      summary: 'Rotate an API key\'s secret',
      description: 'Makes a new secretKey, shown in this answer only; the old one stops working at once. The webhookSecret stays, so receivers of relayed callbacks need no change, unless `?webhookSecret=true` asks for a new one too (also shown in this answer only).',
      params: ApiKeyParams,
      querystring: RotateApiKeyQuery,
      response: { 200: RotatedApiKey, ...problemResponses(READ_ERRORS) },
    },
  }, async (request) => fastify.apiKeys.rotate(request.params.secretId, request.query))
}
