import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Config } from '../src/config.js'
import { OPENAPI_INFO } from '../plugins/swagger.js'

/**
 * GET /: where to start. JSON for scripts and curl; a small HTML page when a
 * browser asks for text/html first. Both say whether the sandbox is on.
 */

const LINKS = {
  docs: '/docs',
  console: '/console',
  openapi: '/openapi.json',
  health: '/healthz',
  readiness: '/readyz',
  metrics: '/metrics',
}

const SANDBOX_NOTE = 'UPSTREAM_URL is not set: every answer comes from the built-in sandbox upstream, with made-up data.'

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)

function index (sandbox: boolean) {
  return {
    name: OPENAPI_INFO.title,
    version: OPENAPI_INFO.version,
    sandbox,
    ...(sandbox ? { note: SANDBOX_NOTE } : {}),
    links: LINKS,
    authentication: 'Authorization: Bearer <secretId>.<secretKey>; make a key with `npx verycloud-gateway keys create --scopes read --ip 127.0.0.1`',
  }
}

function html (body: ReturnType<typeof index>): string {
  const items = Object.entries(body.links).map(([name, href]) => `<li><a href="${href}">${href}</a> (${name})</li>`).join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(body.name)}</title></head><body>
<h1>${escapeHtml(body.name)} ${escapeHtml(body.version)}</h1>
${body.sandbox ? `<p><strong>Sandbox:</strong> ${escapeHtml(SANDBOX_NOTE)}</p>` : ''}
<ul>${items}</ul>
<p>${escapeHtml(body.authentication)}</p>
</body></html>
`
}

/** A browser lists text/html before any JSON type; curl sends `*\/*`. */
function wantsHtml (request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? ''
  const htmlAt = accept.indexOf('text/html')
  const jsonAt = accept.indexOf('application/json')
  return htmlAt !== -1 && (jsonAt === -1 || htmlAt < jsonAt)
}

export default async function indexRoutes (fastify: FastifyInstance, { config }: { config: Pick<Config, 'UPSTREAM_URL'> }) {
  const body = index(config.UPSTREAM_URL === undefined)
  const page = html(body)
  fastify.get('/', { schema: { hide: true } }, async (request, reply) => {
    reply.header('vary', 'accept')
    if (wantsHtml(request)) return reply.type('text/html; charset=utf-8').send(page)
    return body
  })
}
