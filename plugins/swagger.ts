import swagger from '@fastify/swagger'
import fp from 'fastify-plugin'
import { withNamedComponents } from '../src/openapi/named-components.js'
import { Problem } from '../src/schemas/problem.js'

/**
 * The OpenAPI 3.1 document, built from the routes' own schemas and served
 * at GET /openapi.json. `openapi/openapi.json` is this document, committed.
 */

export const OPENAPI_INFO = {
  title: 'VeryCloud Gateway API',
  version: '1.0.0',
  description: [
    'A typed REST API over VeryCloud API3.',
    '',
    '**Getting a key.** Every resource route takes `Authorization: Bearer <secretId>.<secretKey>`. On the machine that runs the gateway, `npx verycloud-gateway keys create --scopes read,write --ip 127.0.0.1` prints it (the secret is shown once); operators can also `POST /admin/api-keys`. A key works only from the IPs on its whitelist and for its scopes: `read` (GET), `write` (other methods), `admin` (/admin/*).',
    '',
    '**Money** is a decimal string in CNY (yuan), exactly as the upstream booked it (`"750.6346"`): handle it with a decimal type, never a float.',
    '',
    '**Errors** are RFC 9457 problem documents (`application/problem+json`) with a stable `code` (`GW_VALIDATION`, `GW_UPSTREAM_REJECTED`, …) and a `detail` that says what was wrong and what is accepted.',
    '',
    '**Money-moving calls** (`createInvoice`, `redeemCoupon`, `buyCdnFlowPackage`) take an `Idempotency-Key` header, so a retry cannot pay twice.',
  ].join('\n'),
}

/**
 * First the gateway that serves the document, as a relative URL, so /docs
 * "Try it out" calls the port it was loaded from whatever PORT is; then the
 * address `npm start` listens on by default, for generators that want an
 * absolute one. Clients set their own base URL for other deployments.
 */
export const SERVERS = [
  { url: '/', description: 'The gateway serving this document' },
  { url: 'http://127.0.0.1:3000', description: 'A gateway started locally with `npm start` (HOST and PORT defaults)' },
]

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
      servers: SERVERS,
      tags: TAGS,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API key as `<secretId>.<secretKey>`, or for /admin/* the GATEWAY_ADMIN_TOKEN' },
        },
      },
      security: [{ bearer: [] }],
    },
    transformObject: (documentObject) => withNamedComponents('openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject),
    // Shared schemas keep their own names in components.schemas.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, index) => typeof json.$id === 'string' ? json.$id : `def-${index}` },
  })
  fastify.get('/openapi.json', { schema: { hide: true } }, async () => fastify.swagger())
}, { name: 'swagger' })
