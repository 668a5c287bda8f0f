import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import { auditNoteOf } from '../src/audit/request-notes.js'
import { outcomeOf } from '../src/audit/outcome.js'
import type { Config } from '../src/config.js'
import { actorOf } from '../src/idempotency/actor.js'
import { idempotencyKeyOf } from '../src/idempotency/idempotency-key.js'
import { problemOf } from '../src/problem.js'
import type { NewAuditEntry } from '../src/store/audit.js'
import '../src/route-config.js'

/**
 * The audit log (docs/api.md): every write through the gateway, the
 * resource API's and the admin API's alike (every authenticated route whose
 * method is not GET), is recorded before its answer is sent. An entry holds
 * who, what and how it ended, never a body: nothing secret can get in.
 * Requests refused before the caller is known (401, 403, 429 without a key)
 * are not writes by anyone and are not recorded. Entries older than
 * AUDIT_RETENTION_DAYS are pruned at start and then hourly.
 */

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const REFUSED_BEFORE_KNOWN = new Set([401, 403, 429])
const PRUNE_EVERY_MS = 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

export interface AuditPluginOptions {
  config: Pick<Config, 'AUDIT_RETENTION_DAYS'>
}

export default fp<AuditPluginOptions>(async (fastify, { config }) => {
  const audit = fastify.store.audit

  // Hooked onto the authenticated routes that write when they are registered: reads pay nothing.
  fastify.addHook('onRoute', (route: RouteOptions) => {
    if (route.config?.scope === undefined || [route.method].flat().every((method) => READ_METHODS.has(method))) return
    route.onSend = [...[route.onSend ?? []].flat(), recordWrite]
  })

  async function recordWrite (request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    if (READ_METHODS.has(request.method)) return payload
    if (request.apiKey === undefined && REFUSED_BEFORE_KNOWN.has(reply.statusCode)) return payload
    try {
      await audit.record(entryFor(request, reply.statusCode))
    } catch (error) {
      // The write has happened upstream; refusing its answer now would only invite a blind retry.
      request.log.error({ err: error }, 'could not record the audit entry of this write')
    }
    return payload
  }

  const prune = async () => {
    const removed = await audit.prune(new Date(Date.now() - config.AUDIT_RETENTION_DAYS * DAY_MS).toISOString())
    if (removed > 0) fastify.log.info({ removed }, 'pruned audit entries past AUDIT_RETENTION_DAYS')
  }
  let timer: NodeJS.Timeout | undefined
  fastify.addHook('onReady', async () => {
    await prune()
    timer = setInterval(() => {
      prune().catch((error: unknown) => fastify.log.error({ err: error }, 'could not prune the audit log; will retry'))
    }, PRUNE_EVERY_MS).unref()
  })
  fastify.addHook('onClose', async () => clearInterval(timer))
}, { name: 'audit', dependencies: ['store', 'auth'] })

function entryFor (request: FastifyRequest, status: number): NewAuditEntry {
  const problem = problemOf(request)
  const note = auditNoteOf(request)
  const upstream = problem?.extras.upstream === undefined
    ? note.upstream
    : { code: String(problem.extras.upstream.code), message: problem.extras.upstream.message }
  return {
    at: new Date().toISOString(),
    secretId: actorOf(request),
    operationId: request.routeOptions.schema?.operationId ?? `${request.method} ${request.routeOptions.url ?? ''}`,
    method: request.method,
    path: request.url.split('?', 1)[0] ?? request.url,
    requestId: request.id,
    idempotencyKey: request.routeOptions.config.idempotent === true ? validKeyOrNull(request.headers['idempotency-key']) : null,
    replayed: request.idempotentReplay,
    status,
    outcome: outcomeOf(status, problem),
    upstreamCode: upstream?.code ?? null,
    upstreamMessage: upstream?.message ?? null,
    amount: note.amount ?? null,
    bytes: note.bytes ?? null,
  }
}

/** A malformed key (answered 400) is not worth keeping, and may be anything. */
function validKeyOrNull (header: string | string[] | undefined): string | null {
  try {
    return idempotencyKeyOf(header) ?? null
  } catch {
    return null
  }
}
