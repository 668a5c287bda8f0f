import swagger from '@fastify/swagger'
import fp from 'fastify-plugin'
import { Problem } from '../src/schemas/problem.js'

/**
 * The OpenAPI 3.1 document, built from the routes' own schemas and served
 * at GET /openapi.json. `openapi/openapi.json` is this document, committed.
 */

export const OPENAPI_INFO = {
  title: 'VeryCloud Gateway API',
  version: '1.0.0',
  description: 'A typed REST API over VeryCloud API3. Resource routes take `Authorization: Bearer <secretId>.<secretKey>`; every error is an RFC 9457 problem document (`application/problem+json`).',
}

export const TAGS = [
  { name: 'profile', description: 'The account\'s own profile' },
  { name: 'subaccounts', description: 'Sub-accounts and their permissions' },
  { name: 'groups', description: 'Sub-account groups, their roles and the permission catalog' },
  { name: 'finance', description: 'Balance, balance alarm, recharges and payments' },
  { name: 'invoices', description: 'Invoices and the invoiceable balance' },
  { name: 'coupons', description: 'Coupons and their balance' },
  { name: 'cdn', description: 'CDN price tiers and flow packages' },
  { name: 'logs', description: 'Account operation logs' },
  { name: 'sms', description: 'SMS signature and template review results' },
  { name: 'admin', description: 'API keys, upstream status, catalog sync and callback deliveries' },
  { name: 'operations', description: 'Health, readiness, metrics' },
]

export default fp(async (fastify) => {
  fastify.addSchema(Problem)
  await fastify.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      tags: TAGS,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API key as `<secretId>.<secretKey>`, or for /admin/* the GATEWAY_ADMIN_TOKEN' },
        },
      },
      security: [{ bearer: [] }],
    },
    // Shared schemas keep their own names in components.schemas.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, index) => typeof json.$id === 'string' ? json.$id : `def-${index}` },
  })
  fastify.get('/openapi.json', { schema: { hide: true } }, async () => fastify.swagger())
}, { name: 'swagger' })
