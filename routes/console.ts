import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { consoleAssets, type ConsoleAsset, type ConsoleAssets } from '../src/console/assets.js'
import { errors } from '../src/errors.js'
import { problemResponses } from '../src/schemas/problem.js'

/**
 * GET /console: the admin console, a page that drives the admin API from
 * the browser (src/console/browser). Its files are served from memory under
 * a policy that lets the page load nothing and talk to nothing but this
 * origin, run no inline script or style, and never be framed.
 */

export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const SECURITY_HEADERS = {
  'content-security-policy': CONSOLE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
}

export interface ConsoleRoutesOptions {
  /** Where the files come from; tests stand in a build that is missing. */
  load?: () => Promise<ConsoleAssets>
}

async function asset (load: () => Promise<ConsoleAssets>, request: FastifyRequest, name: string): Promise<ConsoleAsset | undefined> {
  try {
    return (await load()).get(name)
  } catch (error) {
    // The cause names server paths: it goes to the log, not to the browser.
    request.log.error({ err: error }, 'the console cannot be loaded')
    throw errors.consoleNotBuilt()
  }
}

function send (request: FastifyRequest, reply: FastifyReply, found: ConsoleAsset) {
  // Revalidated on every load (cheap: an ETag), so a new build is picked up at once.
  reply.headers({ ...SECURITY_HEADERS, 'cache-control': 'no-cache', etag: found.etag })
  if (request.headers['if-none-match'] === found.etag) return reply.code(304).send()
  return reply.type(found.contentType).send(found.body)
}

export default async function consoleRoutes (fastify: FastifyInstance, { load = consoleAssets }: ConsoleRoutesOptions = {}) {
  fastify.get('/console', {
    schema: {
      operationId: 'getConsole',
      tags: ['admin'],
      summary: 'The admin console (an HTML page)',
      description: 'API keys, the upstream check, catalog sync, live callbacks with their deliveries, and the audit log, in the browser. The page itself is public; it signs in with the admin token or an admin-scope key, kept only in the tab\'s memory, and calls only the admin API.',
      security: [],
      response: {
        200: { description: 'The page', content: { 'text/html': { schema: { type: 'string' } } } },
        ...problemResponses([503]),
      },
    },
  }, async (request, reply) => {
    const page = await asset(load, request, 'index.html')
    if (page === undefined) throw errors.consoleNotBuilt()
    return send(request, reply, page)
  })

  fastify.get<{ Params: { '*': string } }>('/console/*', { schema: { hide: true } }, async (request, reply) => {
    // `/console/` is the page itself (ignoreTrailingSlash), so the name is never empty here.
    const name = request.params['*']
    const found = await asset(load, request, name)
    if (found === undefined) throw errors.notFound(`The console has no file ${name}`)
    return send(request, reply, found)
  })
}
